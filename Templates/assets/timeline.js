// Timeline filters: show only the events of one entity and/or one source. The page is complete without
// this script; it only hides what does not match. Works from file:// (no fetch, no modules).
(function () {
  "use strict";
  var form = document.getElementById("timeline-filter");
  if (!form) return;
  var events = Array.prototype.slice.call(document.querySelectorAll("li.event"));
  var sections = Array.prototype.slice.call(document.querySelectorAll(".timeline-year, .timeline-unresolved"));
  var params = new URLSearchParams(window.location.search);

  function has(list, value) {
    return (" " + list + " ").indexOf(" " + value + " ") !== -1;
  }

  function apply() {
    var entity = form.elements.entity.value;
    var source = form.elements.source.value;
    var shown = 0;
    events.forEach(function (li) {
      var ok = (!entity || has(li.getAttribute("data-entities"), entity)) &&
               (!source || has(li.getAttribute("data-sources"), source));
      li.hidden = !ok;
      if (ok) shown += 1;
    });
    sections.forEach(function (section) {
      section.hidden = !section.querySelector("li.event:not([hidden])");
    });
    form.elements.shown.value = shown + " of " + events.length + " events";
  }

  ["entity", "source"].forEach(function (name) {
    var wanted = params.get(name);
    if (wanted) form.elements[name].value = wanted;
    form.elements[name].addEventListener("change", apply);
  });
  form.hidden = false;
  apply();
})();
