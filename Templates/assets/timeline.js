// The timeline's scripts. The pages are complete without them: the filters only hide what does not match,
// and the list of periods only adds links that timeline.html has too. Works from file:// (no fetch, no
// modules).

// Timeline filters: show only the events of one entity and/or one source.
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

// On each page of a split timeline, the list of every period, made from timeline/periods.js
// ([label, [page paths]] in order): the period shown in bold, the pages of a period over several pages as
// numbers. One shared file, so that a period added by an edit does not change every page.
(function () {
  "use strict";
  var list = document.getElementById("timeline-periods");
  var periods = window.DOSSIER_PERIODS;
  if (!list || !Array.isArray(periods)) return;
  var root = list.getAttribute("data-root") || "";
  var current = list.getAttribute("data-current");

  // The page shown in bold (marked as the current page when `exact`), any other as a link.
  function item(label, path, here, exact) {
    var element = document.createElement(here ? "strong" : "a");
    if (here && exact) element.setAttribute("aria-current", "page");
    if (!here) element.href = root + path;
    element.textContent = label;
    return element;
  }

  periods.forEach(function (period) {
    var label = period[0], pages = period[1];
    var li = document.createElement("li");
    // A period over several pages: its name in bold on any of them, the page itself among the numbers.
    li.appendChild(item(label, pages[0], pages.indexOf(current) !== -1, pages.length === 1));
    if (pages.length > 1) {
      var numbers = document.createElement("span");
      numbers.className = "year-pages";
      numbers.setAttribute("aria-label", label + ", pages");
      pages.forEach(function (path, n) {
        numbers.appendChild(document.createTextNode(" "));
        numbers.appendChild(item(String(n + 1), path, path === current, true));
      });
      li.appendChild(numbers);
    }
    list.appendChild(li);
  });
  list.hidden = false;
})();
