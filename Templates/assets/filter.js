// Narrows a list of entities as you type: rows whose name or other names do not hold the typed text are
// hidden. The page works without it (the form stays hidden); nothing is fetched.
(function () {
  'use strict';
  var form = document.getElementById('list-filter');
  if (!form) return;
  var input = document.getElementById('list-filter-q');
  var output = form.querySelector('output');
  var rows = Array.prototype.slice.call(document.querySelectorAll('table.filterable tbody tr'));
  function fold(s) {
    return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }
  var keys = rows.map(function (row) { return fold(row.getAttribute('data-filter') || row.textContent); });
  function apply() {
    var q = fold(input.value.trim());
    var shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var hit = q === '' || keys[i].indexOf(q) !== -1;
      rows[i].hidden = !hit;
      if (hit) shown++;
    }
    // Sections left with nothing to show are hidden too, so that the matches stay together.
    var groups = document.querySelectorAll('section.entity-group');
    for (var g = 0; g < groups.length; g++) {
      groups[g].hidden = q !== '' && !groups[g].querySelector('tbody tr:not([hidden])');
    }
    output.textContent = q === '' ? '' : shown + (shown === 1 ? ' entity' : ' entities') + ' on this page';
  }
  form.hidden = false;
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  input.addEventListener('input', apply);
  var initial = new URLSearchParams(location.search).get('filter');
  if (initial) { input.value = initial; }
  apply();
})();
