// The header's « Menu » and the listings' « Filter (n) » are <details>: they work without JavaScript.
// This script opens them on wide screens (where they are a bar and a side column), closes them again
// when the screen becomes narrow, and mirrors their state in aria-expanded on the summary.
(function () {
  "use strict";
  var panels = document.querySelectorAll("details[data-open-wide]");
  if (!panels.length || !window.matchMedia) return;
  var wide = window.matchMedia("(min-width: 64em)");
  function mirror(panel) {
    var summary = panel.querySelector("summary");
    if (summary) summary.setAttribute("aria-expanded", panel.open ? "true" : "false");
  }
  function fit() {
    panels.forEach(function (panel) {
      panel.open = wide.matches;
      mirror(panel);
    });
  }
  if (wide.matches) {
    fit();
  } else {
    panels.forEach(mirror); // a panel the server opened (a field to fix) stays open
  }
  panels.forEach(function (panel) {
    panel.addEventListener("toggle", function () { mirror(panel); });
  });
  if (wide.addEventListener) wide.addEventListener("change", fit);
})();
