// Counts overlapping circles and overlapping labels in the graphs of pages as Chromium lays them out. The
// host page (measure.sh writes it) lists the pages and window widths; each is loaded in an iframe of that
// width and measured there, and the figures are written into the host page for the check to read.
(function () {
  'use strict';
  function measure(doc) {
    let circles = 0, labels = 0, nodes = 0;
    for (const svg of doc.querySelectorAll('svg.graph')) {
      const cs = Array.from(svg.querySelectorAll('circle')).map(c => {
        const b = c.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2, r: b.width / 2 };
      });
      const ts = Array.from(svg.querySelectorAll('text')).map(t => t.getBoundingClientRect());
      nodes += cs.length;
      for (let i = 0; i < cs.length; i++) for (let j = i + 1; j < cs.length; j++) {
        const dx = cs[i].x - cs[j].x, dy = cs[i].y - cs[j].y;
        if (Math.sqrt(dx * dx + dy * dy) < cs[i].r + cs[j].r - 0.01) circles++;
      }
      for (let i = 0; i < ts.length; i++) for (let j = i + 1; j < ts.length; j++) {
        const a = ts[i], b = ts[j];
        if (a.left < b.right - 0.01 && b.left < a.right - 0.01 && a.top < b.bottom - 0.01 && b.top < a.bottom - 0.01) labels++;
      }
    }
    return 'nodes=' + nodes + ' circles=' + circles + ' labels=' + labels;
  }
  const out = document.getElementById('measure');
  const jobs = [];
  for (const page of window.MEASURE_PAGES) for (const width of window.MEASURE_WIDTHS) jobs.push([page, width]);
  function next() {
    const job = jobs.shift();
    if (!job) { out.appendChild(document.createTextNode('MEASURE-DONE\n')); return; }
    const frame = document.createElement('iframe');
    frame.width = job[1];
    frame.height = 1600;
    frame.onload = function () {
      let line;
      try { line = measure(frame.contentDocument); } catch (e) { line = 'error=' + e; }
      out.appendChild(document.createTextNode('MEASURE ' + job[0] + ' ' + job[1] + ' ' + line + '\n'));
      frame.remove();
      next();
    };
    frame.src = job[0];
    document.body.appendChild(frame);
  }
  next();
})();
