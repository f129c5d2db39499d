// Quire built-in theme: small enhancements only. Every page is complete and readable without this file.
(function () {
  "use strict";
  var root = document.documentElement;
  var STORAGE_KEY = "quire-theme";

  // Theme toggle: switches between light and dark and remembers the choice.
  // The inline script in <head> applies a stored choice before the first paint.
  function currentTheme() {
    var chosen = root.getAttribute("data-theme");
    if (chosen === "light" || chosen === "dark") return chosen;
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }

  function setupThemeToggle() {
    var button = document.querySelector(".theme-toggle");
    if (!button) return;
    function label() {
      var next = currentTheme() === "dark" ? "light" : "dark";
      button.setAttribute("aria-label", "Switch to " + next + " theme");
    }
    button.hidden = false;
    label();
    button.addEventListener("click", function () {
      var next = currentTheme() === "dark" ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try { localStorage.setItem(STORAGE_KEY, next); } catch (e) { /* storage may be blocked */ }
      label();
    });
  }

  // Copy buttons: copy the code text without the "N collapsed lines" summaries.
  function codeText(code) {
    var copy = code.cloneNode(true);
    copy.querySelectorAll(".code-collapse > summary").forEach(function (s) { s.remove(); });
    return copy.textContent.replace(/\n$/, "");
  }

  function copyWithSelection(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    area.remove();
    return ok ? Promise.resolve() : Promise.reject(new Error("copy failed"));
  }

  function writeClipboard(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return copyWithSelection(text); });
    }
    return copyWithSelection(text);
  }

  function setupCopyButtons() {
    document.querySelectorAll(".code-block .copy-button").forEach(function (button) {
      var code = button.parentElement.querySelector("pre code");
      if (!code) return;
      var label = button.getAttribute("aria-label") || "Copy code";
      var status = document.createElement("span");
      status.className = "copy-status";
      button.appendChild(status);
      button.hidden = false;
      var timer;
      button.addEventListener("click", function () {
        writeClipboard(codeText(code)).then(function () {
          button.classList.add("copied");
          button.setAttribute("aria-label", "Copied");
          status.textContent = "Copied";
          clearTimeout(timer);
          timer = setTimeout(function () {
            button.classList.remove("copied");
            button.setAttribute("aria-label", label);
            status.textContent = "";
          }, 1800);
        }, function () {
          status.textContent = "Press Ctrl+C to copy";
        });
      });
    });
  }

  // "Copy page as Markdown": copies the page's Markdown copy (index.md next to the page).
  function setupCopyPage() {
    var button = document.querySelector(".copy-page[data-markdown]");
    if (!button || !window.fetch) return;
    var label = button.querySelector("span");
    var text = label.textContent;
    button.hidden = false;
    button.addEventListener("click", function () {
      var markdown = fetch(button.getAttribute("data-markdown")).then(function (r) {
        if (!r.ok) throw new Error(r.status);
        return r.text();
      });
      var copied = window.ClipboardItem && navigator.clipboard && navigator.clipboard.write
        ? navigator.clipboard.write([new ClipboardItem({ "text/plain": markdown.then(function (t) { return new Blob([t], { type: "text/plain" }); }) })])
        : markdown.then(writeClipboard);
      copied.then(function () {
        label.textContent = "Copied";
        setTimeout(function () { label.textContent = text; }, 1800);
      }, function () {
        label.textContent = "Could not copy";
      });
    });
  }

  // Mobile menu: the checkbox works without JavaScript; this adds Escape and closes it after a link.
  function setupMenu() {
    var toggle = document.getElementById("nav-toggle");
    if (!toggle) return;
    function sync() { toggle.setAttribute("aria-expanded", toggle.checked ? "true" : "false"); }
    sync();
    toggle.addEventListener("change", sync);
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && toggle.checked) {
        toggle.checked = false;
        sync();
        toggle.focus(); // the focus ring shows on the menu button
      }
    });
    document.querySelectorAll(".sidebar a").forEach(function (link) {
      link.addEventListener("click", function () { toggle.checked = false; sync(); });
    });
  }

  // Sidebar: bring the current page's link into view inside the sidebar's own scroll area.
  function revealCurrentLink() {
    var scroller = document.querySelector(".sidebar-scroll");
    var current = scroller && scroller.querySelector('[aria-current="page"]');
    if (!current) return;
    var box = scroller.getBoundingClientRect();
    var link = current.getBoundingClientRect();
    if (link.top < box.top || link.bottom > box.bottom) {
      scroller.scrollTop += link.top - box.top - box.height / 3;
    }
  }

  // "On this page": mark the section being read.
  function setupTocHighlight() {
    var links = Array.prototype.slice.call(document.querySelectorAll(".toc .toc-list a"));
    if (!links.length || !("IntersectionObserver" in window)) return;
    var headings = links.map(function (a) {
      return document.getElementById(decodeURIComponent(a.getAttribute("href").slice(1)));
    });
    var visible = new Set();
    function update() {
      var active = -1;
      for (var i = 0; i < headings.length; i++) {
        if (!headings[i]) continue;
        if (visible.has(headings[i])) { active = i; break; }
        if (headings[i].getBoundingClientRect().top < window.innerHeight / 2) active = i;
      }
      links.forEach(function (a, i) {
        if (i === active) a.setAttribute("aria-current", "true"); else a.removeAttribute("aria-current");
      });
    }
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (e) { if (e.isIntersecting) visible.add(e.target); else visible.delete(e.target); });
      update();
    }, { rootMargin: "-60px 0px -55% 0px" });
    headings.forEach(function (h) { if (h) observer.observe(h); });
  }

  // The narrow-screen "On this page" closes once a section is chosen.
  function setupMobileToc() {
    var details = document.querySelector(".toc-mobile");
    if (!details) return;
    details.addEventListener("click", function (event) {
      if (event.target.closest("a")) details.open = false;
    });
  }

  // Tabs (WAI-ARIA Authoring Practices, automatic activation): click or arrow keys, Home and End
  // select a tab. A group with data-sync-key switches every group of that key on the page, remembers
  // the label in localStorage (the head script's quireTabs.restore applies it on the next pages), and
  // keeps the clicked tab where it was on screen while groups above it change height.
  function setupTabs() {
    var api = window.quireTabs;
    if (!api) return;
    function choose(group, tab) {
      var label = tab.getAttribute("data-label");
      var key = group.getAttribute("data-sync-key");
      if (!key) { api.select(group, label); return; }
      var top = tab.getBoundingClientRect().top;
      document.querySelectorAll(".tabs[data-sync-key]").forEach(function (other) {
        if (other.getAttribute("data-sync-key") === key) api.select(other, label);
      });
      try { localStorage.setItem(api.key(key), label); } catch (e) { /* storage may be blocked */ }
      var moved = tab.getBoundingClientRect().top - top;
      if (moved) window.scrollBy(0, moved);
    }
    document.querySelectorAll(".tabs").forEach(function (group) {
      var tabs = api.tabs(group);
      tabs.forEach(function (tab, i) {
        tab.addEventListener("click", function () { choose(group, tab); });
        tab.addEventListener("keydown", function (event) {
          var next = null;
          if (event.key === "ArrowRight") next = tabs[(i + 1) % tabs.length];
          else if (event.key === "ArrowLeft") next = tabs[(i - 1 + tabs.length) % tabs.length];
          else if (event.key === "Home") next = tabs[0];
          else if (event.key === "End") next = tabs[tabs.length - 1];
          if (!next) return;
          event.preventDefault();
          choose(group, next);
          next.focus();
        });
      });
    });
  }

  function start() {
    setupTabs();
    setupThemeToggle();
    setupCopyButtons();
    setupCopyPage();
    setupMenu();
    revealCurrentLink();
    setupTocHighlight();
    setupMobileToc();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
