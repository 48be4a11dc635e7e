// Search for dossier sites: entities by name and alias, sources by their words, events by their words.
// Works from file:// — the index is a script (search/index.js), and the sentences of a source
// (search/sN.js) are loaded only when a query finds that source. Text from the sources is always put on
// the page as text (textContent), never as HTML.
(function () {
  "use strict";

  var STOP = {};
  ("the a an and or of to in on at by for with from as is are was were be been it its that this these those " +
   "he she his her they their we our you i not but had has have will would said which who").split(" ")
    .forEach(function (w) { STOP[w] = true; });

  var state = { index: null, waiting: [], shards: {}, shardWaiters: {}, root: "" };

  window.dossierShard = function (n, sentences) {
    state.shards[n] = sentences;
    (state.shardWaiters[n] || []).forEach(function (f) { f(); });
    delete state.shardWaiters[n];
  };

  function fold(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "")
      .replace(/ß/g, "ss").replace(/æ/g, "ae").replace(/Æ/g, "AE").replace(/ø/g, "o").replace(/Ø/g, "O")
      .replace(/ł/g, "l").replace(/Ł/g, "L").replace(/œ/g, "oe").replace(/Œ/g, "OE").replace(/ı/g, "i")
      .toLowerCase();
  }

  function words(text) {
    return fold(text).split(/[^a-z0-9]+/).filter(function (w) {
      return w.length >= 2 || /^[0-9]+$/.test(w);
    });
  }

  function loadScript(src, done) {
    var s = document.createElement("script");
    s.src = src;
    s.onload = done;
    s.onerror = function () { if (window.console) console.warn("dossier search: cannot load " + src); };
    document.head.appendChild(s);
  }

  function withIndex(done) {
    if (state.index) { done(); return; }
    state.waiting.push(done);
    if (state.waiting.length > 1) return;
    var ready = function () {
      prepare(window.DOSSIER_INDEX);
      var w = state.waiting;
      state.waiting = [];
      w.forEach(function (f) { f(); });
    };
    if (window.DOSSIER_INDEX) ready(); else loadScript(state.root + "search/index.js", ready);
  }

  function prepare(raw) {
    var terms = raw.terms.map(function (t) { return t[0]; });
    var packed = raw.terms.map(function (t) { return t[1]; });
    state.index = {
      raw: raw,
      terms: terms,
      packed: packed,
      entities: raw.entities.map(function (e) {
        var names = [e[0]].concat(e[3]);
        return { name: e[0], slug: e[1], kind: e[2], aliases: e[3], mentions: e[4],
                 words: words(names.join(" ")), folded: names.map(function (n) { return words(n).join(" "); }) };
      }),
      sources: raw.sources.map(function (s) {
        return { title: s[0], slug: s[1], outlet: s[2], published: s[3], words: words(s[0]) };
      }),
      events: raw.events.map(function (e) {
        return { href: e[0], title: e[1], note: e[2], date: e[3], words: words(e[1] + " " + e[2]) };
      })
    };
  }

  function postings(i) {
    var out = [], last = -1;
    state.index.packed[i].split(",").forEach(function (gap) { last += parseInt(gap, 36); out.push(last); });
    return out;
  }

  // Sorted term list: the range of terms starting with a prefix, by binary search.
  function termRange(prefix) {
    var terms = state.index.terms, lo = 0, hi = terms.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (terms[mid] < prefix) lo = mid + 1; else hi = mid; }
    var start = lo;
    while (lo < terms.length && terms[lo].lastIndexOf(prefix, 0) === 0 && lo - start < 300) lo++;
    return [start, lo];
  }

  function docsFor(token, isPrefix) {
    var set = {};
    if (isPrefix) {
      var r = termRange(token);
      for (var i = r[0]; i < r[1]; i++) postings(i).forEach(function (d) { set[d] = true; });
    } else {
      var t = termRange(token);
      if (t[0] < state.index.terms.length && state.index.terms[t[0]] === token) {
        postings(t[0]).forEach(function (d) { set[d] = true; });
      }
    }
    return set;
  }

  function matchesWords(list, tokens, lastIsPrefix) {
    return tokens.every(function (t, i) {
      var prefix = lastIsPrefix && i === tokens.length - 1;
      return list.some(function (w) { return prefix ? w.lastIndexOf(t, 0) === 0 : w === t || w.lastIndexOf(t, 0) === 0; });
    });
  }

  function search(query) {
    var all = words(query);
    var lastIsPrefix = !/\s$/.test(query);
    var tokens = all.filter(function (w) { return !STOP[w]; });
    if (tokens.length === 0) tokens = all;
    var result = { tokens: tokens, lastIsPrefix: lastIsPrefix, entities: [], sources: [], events: [], exact: null };
    if (tokens.length === 0) return result;
    var idx = state.index;
    var folded = all.join(" ");
    idx.entities.forEach(function (e) {
      if (e.folded.indexOf(folded) !== -1) { result.exact = result.exact || e; }
      if (matchesWords(e.words, tokens, lastIsPrefix)) result.entities.push(e);
    });
    result.entities.sort(function (a, b) {
      var ax = a === result.exact ? 1 : 0, bx = b === result.exact ? 1 : 0;
      return bx - ax || b.mentions - a.mentions || (a.name < b.name ? -1 : 1);
    });
    var sets = tokens.map(function (t, i) { return docsFor(t, lastIsPrefix && i === tokens.length - 1); });
    var n = idx.sources.length;
    var scored = [];
    Object.keys(sets[0]).forEach(function (d) {
      if (!sets.every(function (s) { return s[d]; })) return;
      var score = 0;
      sets.forEach(function (s) { score += Math.log(1 + n / Object.keys(s).length); });
      if (matchesWords(idx.sources[d].words, tokens, lastIsPrefix)) score += 5;
      scored.push({ doc: +d, score: score });
    });
    scored.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
    result.sources = scored;
    idx.events.forEach(function (e) { if (matchesWords(e.words, tokens, lastIsPrefix)) result.events.push(e); });
    return result;
  }

  // The first sentence of a source that holds every query word, split into text and highlighted parts.
  function sentenceMatch(sentence, tokens, lastIsPrefix) {
    var text = sentence[1];
    var ws = words(text);
    if (!matchesWords(ws, tokens, lastIsPrefix)) return null;
    return text;
  }

  function highlight(el, text, tokens) {
    // Highlight whole words that start with a query word; everything goes in as text nodes.
    var re = /[A-Za-z0-9\u00C0-\u024F]+/g, last = 0, m;
    while ((m = re.exec(text)) !== null) {
      var w = fold(m[0]);
      var hit = tokens.some(function (t) { return w.lastIndexOf(t, 0) === 0; });
      if (!hit) continue;
      el.appendChild(document.createTextNode(text.slice(last, m.index)));
      var mark = document.createElement("mark");
      mark.textContent = m[0];
      el.appendChild(mark);
      last = m.index + m[0].length;
    }
    el.appendChild(document.createTextNode(text.slice(last)));
  }

  function withShards(docs, done) {
    var pending = docs.filter(function (d) { return !state.shards[d]; });
    if (pending.length === 0) { done(); return; }
    var left = pending.length;
    pending.forEach(function (d) {
      var finish = function () { left -= 1; if (left === 0) done(); };
      if (state.shardWaiters[d]) { state.shardWaiters[d].push(finish); return; }
      state.shardWaiters[d] = [finish];
      loadScript(state.root + "search/s" + d + ".js", function () {});
    });
  }

  // One search UI: an input, a listbox of results, keyboard navigation. `limits` caps each group.
  function attach(input, list, limits, onEmpty) {
    var current = -1, generation = 0;

    function options() { return Array.prototype.slice.call(list.querySelectorAll("[role=option]")); }

    function select(i) {
      var opts = options();
      opts.forEach(function (o) { o.setAttribute("aria-selected", "false"); });
      current = i;
      if (i >= 0 && i < opts.length) {
        opts[i].setAttribute("aria-selected", "true");
        input.setAttribute("aria-activedescendant", opts[i].id);
        opts[i].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function option(href, label, detail, kind) {
      var li = document.createElement("li");
      li.setAttribute("role", "option");
      li.id = list.id + "-o" + list.querySelectorAll("[role=option]").length;
      li.setAttribute("aria-selected", "false");
      var a = document.createElement("a");
      a.href = href;
      a.tabIndex = -1;
      if (kind) a.className = "chip-dot kind-" + kind;
      var strong = document.createElement("span");
      strong.className = "result-title";
      strong.textContent = label;
      a.appendChild(strong);
      if (detail) {
        var small = document.createElement("span");
        small.className = "result-detail";
        if (typeof detail === "function") detail(small); else small.textContent = detail;
        a.appendChild(small);
      }
      li.appendChild(a);
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); window.location.href = a.href; });
      return li;
    }

    function heading(text) {
      var li = document.createElement("li");
      li.className = "result-group";
      li.setAttribute("role", "presentation");
      li.textContent = text;
      return li;
    }

    function render() {
      var query = input.value;
      var gen = ++generation;
      list.textContent = "";
      current = -1;
      input.removeAttribute("aria-activedescendant");
      if (!words(query).length) { list.hidden = true; if (onEmpty) onEmpty(); return; }
      withIndex(function () {
        if (gen !== generation) return;
        var r = search(query), idx = state.index;
        list.textContent = "";
        if (r.entities.length) {
          list.appendChild(heading("Entities"));
          r.entities.slice(0, limits.entities).forEach(function (e) {
            var note = e.kind + " · " + e.mentions + (e.mentions === 1 ? " mention" : " mentions") +
              (e.aliases.length ? " · also " + e.aliases.slice(0, 3).join(", ") : "");
            list.appendChild(option(state.root + "entities/" + e.slug + ".html", e.name, note, e.kind));
          });
        }
        r.events.slice(0, limits.events).forEach(function (e, i) {
          if (i === 0) list.appendChild(heading("Analyst’s events"));
          list.appendChild(option(state.root + e.href, e.title, e.date || ""));
        });
        var top = r.sources.slice(0, limits.sources);
        if (!r.entities.length && !top.length && !r.events.length) {
          var none = document.createElement("li");
          none.className = "result-none";
          none.textContent = "Nothing matches “" + query + "”.";
          list.appendChild(none);
        }
        list.hidden = false;
        if (!top.length) return;
        withShards(top.map(function (s) { return s.doc; }), function () {
          if (gen !== generation) return;
          var eventsShown = 0, eventItems = [];
          list.appendChild(heading("Sources"));
          top.forEach(function (s) {
            var src = idx.sources[s.doc], sentences = state.shards[s.doc] || [], found = null;
            for (var i = 0; i < sentences.length; i++) {
              var text = sentenceMatch(sentences[i], r.tokens, r.lastIsPrefix);
              if (text === null) continue;
              if (!found) found = sentences[i];
              if (sentences[i][2] && eventsShown < limits.events) {
                eventsShown += 1;
                eventItems.push(option(state.root + sentences[i][2], src.title,
                  (function (t) { return function (el) { highlight(el, t, r.tokens); }; })(text)));
              }
            }
            var anchor = found ? "#" + found[0] : "";
            list.appendChild(option(state.root + "sources/" + src.slug + ".html" + anchor, src.title,
              found ? function (el) { highlight(el, found[1], r.tokens); } : (src.outlet || "")));
          });
          if (eventItems.length) {
            list.appendChild(heading("Events"));
            eventItems.forEach(function (li) { list.appendChild(li); });
          }
        });
      });
    }

    input.addEventListener("input", render);
    input.addEventListener("focus", function () { withIndex(function () {}); });
    input.addEventListener("keydown", function (ev) {
      var opts = options();
      if (ev.key === "ArrowDown") { ev.preventDefault(); if (list.hidden) render(); select(Math.min(current + 1, opts.length - 1)); }
      else if (ev.key === "ArrowUp") { ev.preventDefault(); select(Math.max(current - 1, 0)); }
      else if (ev.key === "Escape") { list.hidden = true; select(-1); }
      else if (ev.key === "Enter") {
        if (current >= 0 && opts[current]) {
          ev.preventDefault();
          window.location.href = opts[current].querySelector("a").href;
        } else if (state.index) {
          // An exact name or alias goes straight to the entity.
          var r = search(input.value + " ");
          if (r.exact) { ev.preventDefault(); window.location.href = state.root + "entities/" + r.exact.slug + ".html"; }
        }
      }
    });
    return render;
  }

  function init() {
    var header = document.querySelector("form.site-search");
    if (header) {
      state.root = header.getAttribute("data-root") || "";
      var input = header.querySelector("input");
      var list = header.querySelector("ul.search-results");
      attach(input, list, { entities: 5, sources: 5, events: 3 });
      input.addEventListener("blur", function () { setTimeout(function () { list.hidden = true; }, 150); });
    }
    var page = document.getElementById("search-page");
    if (page) {
      var q = page.querySelector("input");
      var results = page.querySelector("ul.search-results");
      var render = attach(q, results, { entities: 20, sources: 30, events: 20 });
      var params = new URLSearchParams(window.location.search);
      if (params.get("q")) { q.value = params.get("q"); render(); }
      q.focus();
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
