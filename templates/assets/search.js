// Quire search: reads the static index that the build writes to search/ (see SearchIndexFiles) and
// asks only for the files a query needs: index.json once, one chunk per word, one file per page shown.
// Every request goes to this site. "/" or Ctrl-K (⌘K) opens the search; arrows, Enter and Escape work.
(function () {
  "use strict";
  var box = document.querySelector(".search[data-index]");
  if (!box || !window.fetch || !document.createElement("dialog").showModal) return;
  var base = box.getAttribute("data-index");
  var WORD = /[\p{L}\p{N}]+/gu;
  var MAX_RESULTS = 10, PER_PAGE = 3, MAX_PREFIX_WORDS = 30, MAX_PREFIX_CHUNKS = 4, EXCERPT = 160;
  var files = {};
  var manifest = null;
  var dialog, input, list, status, active = -1, results = [], queryNumber = 0;

  function get(path) {
    if (!files[path]) {
      files[path] = fetch(base + path).then(function (r) {
        if (!r.ok) throw new Error(path + ": " + r.status);
        return r.json();
      });
      files[path].catch(function () { delete files[path]; });
    }
    return files[path];
  }

  function loadManifest() {
    return manifest || (manifest = get("index.json?" + Date.now().toString(36)).then(function (m) {
      m.stopSet = new Set(m.stop);
      m.deprecatedSet = new Set(m.deprecated);
      m.keys = Object.keys(m.chunks);
      return m;
    }));
  }

  // The words of a query, as the build splits text: lower case, letters and digits.
  function words(query, m) {
    return (query.toLowerCase().match(WORD) || []).filter(function (w) {
      return w.length >= m.minLength && !m.stopSet.has(w);
    });
  }

  // The chunks that may hold a word (or, for a prefix, the words that start with it).
  function chunksFor(word, prefix, m) {
    var own = null, longer = [];
    m.keys.forEach(function (k) {
      if (word.indexOf(k) === 0 && (!own || k.length > own.length)) own = k;
      else if (prefix && k.indexOf(word) === 0) longer.push(k);
    });
    var keys = own ? [own] : [];
    if (longer.length <= MAX_PREFIX_CHUNKS) keys = keys.concat(longer);
    return keys.map(function (k) { return m.chunks[k]; });
  }

  // Section scores of one query word: "page:section" → weight, and the words of the stems it matched.
  function scoreWord(word, prefix, chunks) {
    var scores = new Map(), matched = [];
    chunks.forEach(function (chunk) {
      var found = Object.keys(chunk.w).filter(function (w) {
        return w === word || (prefix && w.indexOf(word) === 0);
      }).slice(0, MAX_PREFIX_WORDS);
      var stems = new Map();
      found.forEach(function (w) {
        var stem = chunk.w[w], exact = w === word ? 1 : 0.8;
        stems.set(stem, Math.max(stems.get(stem) || 0, exact));
      });
      Object.keys(chunk.w).forEach(function (w) { if (stems.has(chunk.w[w])) matched.push(w); });
      stems.forEach(function (factor, stem) {
        var p = chunk.s[stem], page = 0;
        for (var i = 0; i < p.length; i += 3) {
          page += p[i];
          var key = page + ":" + p[i + 1], w = p[i + 2] * factor;
          if (w > (scores.get(key) || 0)) scores.set(key, w);
        }
      });
    });
    return { scores: scores, matched: matched };
  }

  // Sections that match every word (or, when none does, any word), best first, current pages first.
  function rank(perWord, m) {
    function combine(all) {
      var total = new Map();
      perWord[0].scores.forEach(function (w, key) { total.set(key, w); });
      perWord.slice(1).forEach(function (pw) {
        total.forEach(function (w, key) {
          if (pw.scores.has(key)) total.set(key, w + pw.scores.get(key));
          else if (all) total.delete(key);
        });
        if (!all) pw.scores.forEach(function (w, key) { if (!total.has(key)) total.set(key, w); });
      });
      return total;
    }
    var total = combine(true);
    if (total.size === 0 && perWord.length > 1) total = combine(false);
    var ranked = [];
    total.forEach(function (score, key) {
      var parts = key.split(":");
      var page = +parts[0];
      ranked.push({ page: page, section: +parts[1], score: score, deprecated: m.deprecatedSet.has(page) });
    });
    ranked.sort(function (a, b) {
      return (a.deprecated - b.deprecated) || (b.score - a.score) || (a.page - b.page) || (a.section - b.section);
    });
    var perPage = new Map(), out = [];
    for (var i = 0; i < ranked.length && out.length < MAX_RESULTS; i++) {
      var n = perPage.get(ranked[i].page) || 0;
      if (n < PER_PAGE) { perPage.set(ranked[i].page, n + 1); out.push(ranked[i]); }
    }
    return out;
  }

  function search(query) {
    var number = ++queryNumber;
    return loadManifest().then(function (m) {
      var ws = words(query, m);
      if (!ws.length) return [];
      var open = !/\s$/.test(query);
      return Promise.all(ws.map(function (w, i) {
        var prefix = open && i === ws.length - 1;
        return Promise.all(chunksFor(w, prefix, m).map(get)).then(function (chunks) {
          return scoreWord(w, prefix, chunks);
        });
      })).then(function (perWord) {
        var matched = new Set();
        perWord.forEach(function (pw) { pw.matched.forEach(function (w) { matched.add(w); }); });
        var top = rank(perWord, m);
        return Promise.all(top.map(function (r) { return get("p/" + r.page + ".json?v=" + m.version); }))
          .then(function (pages) {
            return top.map(function (r, i) {
              var s = pages[i].s[r.section];
              return { url: pages[i].url + (s[1] ? "#" + s[1] : ""), title: pages[i].title, heading: s[0],
                       excerpt: excerpt(s[2], matched), deprecated: r.deprecated };
            });
          });
      });
    }).then(function (found) { return number === queryNumber ? found : null; });
  }

  function escape(text) {
    return text.replace(/[&<>"]/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]; });
  }

  // About EXCERPT characters around the first matched word, matched words in <mark>.
  function excerpt(text, matched) {
    var first = -1, m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text))) {
      if (matched.has(m[0].toLowerCase())) { first = m.index; break; }
    }
    var start = Math.max(0, first < 0 ? 0 : first - EXCERPT / 3);
    if (start > 0) { var space = text.indexOf(" ", start); if (space >= 0 && space < first) start = space + 1; }
    var end = Math.min(text.length, start + EXCERPT);
    var part = text.slice(start, end), out = "", last = 0;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(part))) {
      if (!matched.has(m[0].toLowerCase())) continue;
      out += escape(part.slice(last, m.index)) + "<mark>" + escape(m[0]) + "</mark>";
      last = m.index + m[0].length;
    }
    out += escape(part.slice(last));
    return (start > 0 ? "… " : "") + out + (end < text.length ? " …" : "");
  }

  function show(found, query) {
    results = found;
    list.innerHTML = "";
    found.forEach(function (r, i) {
      var li = document.createElement("li");
      li.id = "search-result-" + i;
      li.setAttribute("role", "option");
      li.className = "search-result" + (r.deprecated ? " search-deprecated" : "");
      li.innerHTML = '<a href="' + escape(r.url) + '"><span class="search-title">' + escape(r.title)
        + (r.heading ? ' <span class="search-heading">› ' + escape(r.heading) + "</span>" : "")
        + '</span><span class="search-excerpt">' + r.excerpt + "</span></a>";
      li.addEventListener("mousemove", function () { select(i); });
      list.appendChild(li);
    });
    status.textContent = query.trim() === "" ? "" : found.length ? found.length + " results" : "No results for “" + query.trim() + "”";
    select(found.length ? 0 : -1);
  }

  function select(i) {
    var items = list.children;
    if (active >= 0 && items[active]) items[active].removeAttribute("aria-selected");
    active = i;
    if (i >= 0 && items[i]) {
      items[i].setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", items[i].id);
      items[i].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function onKey(e) {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!results.length) return;
      var step = e.key === "ArrowDown" ? 1 : -1;
      select((active + step + results.length) % results.length);
    } else if (e.key === "Enter" && active >= 0 && results[active]) {
      e.preventDefault();
      window.location.href = results[active].url;
      dialog.close();
    }
  }

  function build() {
    dialog = document.createElement("dialog");
    dialog.className = "search-dialog";
    dialog.setAttribute("aria-label", "Search");
    dialog.innerHTML = '<form method="dialog" class="search-form" role="search">'
      + '<input type="search" class="search-input" placeholder="Search the docs" autocomplete="off" spellcheck="false"'
      + ' role="combobox" aria-expanded="true" aria-controls="search-results" aria-autocomplete="list" aria-label="Search">'
      + '<button type="submit" class="search-close" aria-label="Close search">Esc</button></form>'
      + '<p class="search-status" role="status"></p><ul id="search-results" class="search-results" role="listbox"></ul>';
    document.body.appendChild(dialog);
    input = dialog.querySelector(".search-input");
    list = dialog.querySelector(".search-results");
    status = dialog.querySelector(".search-status");
    var timer;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var query = input.value;
      timer = setTimeout(function () {
        search(query).then(function (found) { if (found) show(found, query); })
          .catch(function () { status.textContent = "Search is not available right now."; });
      }, 60);
    });
    input.addEventListener("keydown", onKey);
    dialog.addEventListener("click", function (e) { if (e.target === dialog) dialog.close(); });
  }

  function open() {
    if (!dialog) build();
    if (!dialog.open) dialog.showModal();
    input.select();
    loadManifest().catch(function () { status.textContent = "Search is not available right now."; });
  }

  var button = box.querySelector(".search-open");
  box.hidden = false;
  button.addEventListener("click", open);
  document.addEventListener("keydown", function (e) {
    var t = e.target, typing = t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
    if ((e.key === "k" || e.key === "K") && (e.ctrlKey || e.metaKey)) { e.preventDefault(); open(); }
    else if (e.key === "/" && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) { e.preventDefault(); open(); }
  });
})();
