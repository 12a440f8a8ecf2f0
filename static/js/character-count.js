// Progressive enhancement of LongTextField: tells how many characters are left (the server validates).
(function () {
  "use strict";
  var script = document.currentScript;
  document.querySelectorAll("textarea[data-maxlength]").forEach(function (area) {
    var limit = parseInt(area.getAttribute("data-maxlength"), 10);
    var counter = document.createElement("p");
    counter.className = "character-count";
    counter.setAttribute("aria-live", "polite");
    area.insertAdjacentElement("afterend", counter);
    function update() {
      var left = limit - area.value.length;
      var text = script.getAttribute(left < 0 ? "data-over" : "data-left");
      counter.textContent = text.replace("{n}", Math.abs(left));
      counter.classList.toggle("character-count--over", left < 0);
    }
    area.addEventListener("input", update);
    update();
  });
})();
