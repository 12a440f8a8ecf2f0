// Error summary (templates/components/error_summary.html): focused when the page loads, so that screen
// readers read it first; an entry moves focus to its field and shows the field's label or legend.
(function () {
  "use strict";
  var summary = document.querySelector("[data-error-summary]");
  if (!summary) {
    return;
  }
  summary.focus();
  summary.addEventListener("click", function (event) {
    var link = event.target.closest("a[href^='#']");
    var input = link && document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!input) {
      return;
    }
    event.preventDefault();
    var fieldset = input.closest("fieldset");
    var caption = (fieldset && fieldset.querySelector("legend")) || document.querySelector("label[for='" + input.id + "']");
    (caption || input).scrollIntoView();
    input.focus({ preventScroll: true });
  });
})();
