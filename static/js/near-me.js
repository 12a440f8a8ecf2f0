/* "Use my position": a button with data-near-me in a form with hidden lat and lon fields. Shown only
   when the browser can locate; the form is sent with the position rounded to about 1 km. */
(function () {
  "use strict";
  if (!navigator.geolocation) return;
  document.querySelectorAll("button[data-near-me]").forEach(function (button) {
    var form = button.form;
    var status = document.getElementById(button.getAttribute("aria-describedby"));
    if (!form || !form.elements.lat || !form.elements.lon) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      if (status) status.textContent = button.dataset.waiting;
      navigator.geolocation.getCurrentPosition(
        function (position) {
          // two decimals (about 1 km): enough to sort, too coarse to reveal a home in logs or links
          form.elements.lat.value = position.coords.latitude.toFixed(2);
          form.elements.lon.value = position.coords.longitude.toFixed(2);
          form.submit();
        },
        function () {
          if (status) status.textContent = button.dataset.failed;
        },
        { timeout: 10000, maximumAge: 600000 }
      );
    });
  });
})();
