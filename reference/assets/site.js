// zstack-openapi API reference: release filter and search. No network: the search
// index is a local script (file:// pages cannot fetch JSON), loaded on first use.
(function () {
  "use strict";
  var root = document.body.getAttribute("data-root") || "";
  var KEY = "zstack-release";

  function parts(v) { return v ? v.split(".").map(Number) : []; }
  // Release keys are digit runs with trailing zeros dropped ("3.7"): compare part by part.
  function newer(since, release) {
    if (!since || !release) return false;
    var a = parts(since), b = parts(release);
    for (var i = 0; i < Math.max(a.length, b.length); i++) {
      var x = a[i] || 0, y = b[i] || 0;
      if (x !== y) return x > y;
    }
    return false;
  }

  // "3.0.0" -> "3": the spelling of the release keys (digit runs, trailing zeros dropped).
  function releaseKey(text) {
    var numbers = (text || "").match(/\d+/g) || [];
    var ns = numbers.map(Number);
    while (ns.length && ns[ns.length - 1] === 0) ns.pop();
    return ns.join(".");
  }

  function chosenRelease() {
    var fromUrl = new URLSearchParams(location.search).get("release");
    if (fromUrl !== null) return releaseKey(fromUrl);
    try { return localStorage.getItem(KEY) || ""; } catch (e) { return ""; }
  }

  function labelOf(key) {
    var rs = window.ZSTACK_RELEASES || [];
    for (var i = 0; i < rs.length; i++) if (rs[i][0] === key) return rs[i][1];
    return key;
  }

  function applyRelease(release) {
    var nodes = document.querySelectorAll("[data-since]");
    for (var i = 0; i < nodes.length; i++) {
      var n = nodes[i];
      if (n === document.body) continue;
      n.classList.toggle("later", newer(n.getAttribute("data-since"), release));
    }
    // Index: a chapter counts what the release has; one with nothing left is hidden.
    var chapters = document.querySelectorAll("details.chapter");
    for (var c = 0; c < chapters.length; c++) {
      var items = chapters[c].querySelectorAll("li"), left = 0;
      for (var k = 0; k < items.length; k++) if (!items[k].classList.contains("later")) left++;
      chapters[c].classList.toggle("later", left === 0);
      var count = chapters[c].querySelector(".count");
      if (count) count.textContent = left === items.length ? String(left) : left + " of " + items.length;
    }
    var note = document.getElementById("release-note");
    if (note) {
      note.hidden = !release;
      note.textContent = release ? "Showing what exists in release " + labelOf(release) +
        ": later APIs, parameters and fields are hidden; \u201csince ?\u201d marks what only the Java SDK knows (shown in every release)." : "";
    }
    var banner = document.getElementById("not-in-release");
    if (banner) {
      var since = document.body.getAttribute("data-since");
      var missing = newer(since, release) && !document.body.hasAttribute("data-su");
      banner.hidden = !missing;
      banner.textContent = missing ? "This API does not exist in release " + labelOf(release) +
        ": it was introduced in " + since + "." : "";
    }
  }

  function setupRelease() {
    var select = document.getElementById("release");
    var rs = window.ZSTACK_RELEASES || [];
    for (var i = 0; i < rs.length; i++) {
      var o = document.createElement("option");
      o.value = rs[i][0]; o.textContent = rs[i][1];
      select.appendChild(o);
    }
    var release = chosenRelease();
    // A release nothing was introduced in (`2.0`) shows as the last one before it.
    if (release && !rs.some(function (r) { return r[0] === release; })) {
      var before = rs.filter(function (r) { return !newer(r[0], release); });
      release = before.length ? before[0][0] : "";
    }
    select.value = release;
    if (select.value !== release) release = select.value = "";
    applyRelease(release);
    select.addEventListener("change", function () {
      try { localStorage.setItem(KEY, select.value); } catch (e) { /* private mode */ }
      applyRelease(select.value);
    });
  }

  // Search: name, title, method + route, chapter, since, since unknown, parameter names.
  var input = document.getElementById("search");
  var list = document.getElementById("search-results");
  var loading = false, selected = 0, shown = [];

  function load(then) {
    if (window.ZSTACK_SEARCH) { then(); return; }
    if (loading) return;
    loading = true;
    var s = document.createElement("script");
    s.src = root + "assets/search-index.js";
    s.onload = function () { loading = false; then(); };
    document.head.appendChild(s);
  }

  function score(row, q, words) {
    var name = row[0].toLowerCase();
    if (name === q) return 0;
    if (name.indexOf(q) === 0) return 1;
    if (name.indexOf(q) >= 0) return 2;
    var title = row[1].toLowerCase(), route = (row[2] + " " + row[3]).toLowerCase();
    if (title.indexOf(q) >= 0) return 3;
    if (route.indexOf(q) >= 0) return 4;
    var params = " " + row[7].toLowerCase() + " ";
    if (params.indexOf(" " + q + " ") >= 0) return 5;
    var all = name + " " + title + " " + route + " " + row[4].toLowerCase() + params;
    for (var i = 0; i < words.length; i++) if (all.indexOf(words[i]) < 0) return -1;
    return 6;
  }

  function search() {
    var q = input.value.trim().toLowerCase();
    list.innerHTML = "";
    shown = [];
    if (!q || !window.ZSTACK_SEARCH) { list.hidden = true; return; }
    var release = document.getElementById("release").value;
    var words = q.split(/\s+/), hits = [];
    var rows = window.ZSTACK_SEARCH;
    for (var i = 0; i < rows.length; i++) {
      if (!rows[i][6] && newer(rows[i][5], release)) continue;
      var s = score(rows[i], q, words);
      if (s >= 0) hits.push([s, rows[i]]);
    }
    hits.sort(function (a, b) { return a[0] - b[0] || (a[1][0] < b[1][0] ? -1 : 1); });
    shown = hits.slice(0, 50);
    selected = 0;
    for (var j = 0; j < shown.length; j++) {
      var row = shown[j][1], li = document.createElement("li"), a = document.createElement("a");
      a.href = root + "api/" + row[0] + ".html";
      a.textContent = row[0];
      var t = document.createElement("span"); t.className = "t"; t.textContent = row[1];
      var r = document.createElement("span"); r.className = "r"; r.textContent = row[2] + " " + row[3];
      li.appendChild(a); li.appendChild(t); li.appendChild(r);
      if (j === 0) li.className = "sel";
      list.appendChild(li);
    }
    if (!shown.length) {
      var none = document.createElement("li"); none.textContent = "No API matches.";
      list.appendChild(none);
    }
    list.hidden = false;
  }

  function move(step) {
    var items = list.querySelectorAll("li");
    if (!shown.length) return;
    items[selected].className = "";
    selected = (selected + step + shown.length) % shown.length;
    items[selected].className = "sel";
    items[selected].scrollIntoView({ block: "nearest" });
  }

  function setupSearch() {
    input.addEventListener("focus", function () { load(function () {}); });
    input.addEventListener("input", function () { load(search); });
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown") { move(1); e.preventDefault(); }
      else if (e.key === "ArrowUp") { move(-1); e.preventDefault(); }
      else if (e.key === "Enter" && shown.length) { location.href = root + "api/" + shown[selected][1][0] + ".html"; }
      else if (e.key === "Escape") { list.hidden = true; }
    });
    document.addEventListener("click", function (e) {
      if (!list.contains(e.target) && e.target !== input) list.hidden = true;
    });
    var q = new URLSearchParams(location.search).get("q");
    if (q) { input.value = q; load(search); }
  }

  function setupChapters() {
    var button = document.getElementById("expand-all");
    if (!button) return;
    button.addEventListener("click", function () {
      var all = document.querySelectorAll("details.chapter"), open = button.textContent.indexOf("Expand") === 0;
      for (var i = 0; i < all.length; i++) all[i].open = open;
      button.textContent = open ? "Collapse all chapters" : "Expand all chapters";
    });
    if (location.hash.indexOf("#chapter-") === 0) {
      var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      if (target) { target.open = true; target.scrollIntoView(); }
    }
  }

  setupRelease();
  setupSearch();
  setupChapters();
})();
