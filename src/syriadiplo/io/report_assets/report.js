"use strict";
// Draws the page from the JSON in #data (computed by syriadiplo.report); no network, no library.
(function () {
  var t0 = performance.now();
  var errors = 0;
  function fail() { errors += 1; document.body.setAttribute("data-errors", String(errors)); }
  window.addEventListener("error", fail);
  var consoleError = console.error;
  console.error = function () { fail(); consoleError.apply(console, arguments); };

  var SVG = "http://www.w3.org/2000/svg";
  var ARABIC = /[\u0600-\u06ff]/;
  var COLORS = ["#2c6fbb", "#e08a1e", "#3a9a5b", "#c0392b", "#8e44ad", "#17becf", "#e377c2", "#7f8c8d", "#2c3e50", "#b7950b"];

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function sv(tag, attrs, text) {
    var e = document.createElementNS(SVG, tag);
    for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function dirOf(text) { return ARABIC.test(text || "") ? "rtl" : "ltr"; }
  function setText(id, v) { document.getElementById(id).textContent = String(v); }

  function drawMonths(months, box) {
    if (!months.length) { box.appendChild(el("p", {"class": "note"}, "No dated records.")); return; }
    var W = 1100, H = 220, L = 36, B = 40, T = 10;
    var max = Math.max.apply(null, months.map(function (m) { return m.meeting + m.phone_call; })) || 1;
    var bw = (W - L - 10) / months.length;
    var svg = sv("svg", {viewBox: "0 0 " + W + " " + H, width: "100%", role: "img"});
    for (var g = 0; g <= 4; g++) {
      var gy = T + (H - T - B) * (1 - g / 4);
      svg.appendChild(sv("line", {x1: L, x2: W - 10, y1: gy, y2: gy, stroke: "#eee"}));
      svg.appendChild(sv("text", {x: L - 4, y: gy + 4, "text-anchor": "end"}, String(Math.round(max * g / 4))));
    }
    var every = Math.max(1, Math.ceil(months.length / 24));
    months.forEach(function (m, i) {
      var x = L + i * bw, y = H - B, scale = (H - T - B) / max;
      var grp = sv("g", {"class": "month", "data-month": m.month, "data-meeting": m.meeting, "data-phone-call": m.phone_call});
      [["meeting", "var(--meeting)"], ["phone_call", "var(--call)"]].forEach(function (kv) {
        var h = m[kv[0]] * scale;
        if (h > 0) {
          var r = sv("rect", {x: x + 1, y: y - h, width: Math.max(1, bw - 2), height: h, fill: kv[1]});
          r.appendChild(sv("title", {}, m.month + ": " + m[kv[0]] + " " + kv[0].replace("_", " ") + "s"));
          grp.appendChild(r);
          y -= h;
        }
      });
      svg.appendChild(grp);
      if (i % every === 0) svg.appendChild(sv("text", {x: x + bw / 2, y: H - B + 14, "text-anchor": "middle"}, m.month));
    });
    box.appendChild(svg);
    var legend = el("p", {"class": "legend"});
    legend.innerHTML = '<span><i style="background:var(--meeting)"></i>meetings</span><span><i style="background:var(--call)"></i>phone calls</span>';
    box.appendChild(legend);
  }

  function drawNetwork(net, box, note, what) {
    var n = net.nodes.length;
    if (!n) { box.appendChild(el("p", {"class": "note"}, "No " + what + ".")); return; }
    var W = 640, H = 470, RX = W / 2 - 150, RY = H / 2 - 28;  // an ellipse: labels left and right of it
    var groups = [];
    net.nodes.forEach(function (d) { if (groups.indexOf(d.group) < 0) groups.push(d.group); });
    var maxEv = Math.max.apply(null, net.nodes.map(function (d) { return d.events; }));
    var maxW = Math.max.apply(null, net.edges.map(function (e) { return e[2]; }).concat([1]));
    var pos = net.nodes.map(function (d, i) {
      var a = 2 * Math.PI * i / n - Math.PI / 2;
      return {x: W / 2 + RX * Math.cos(a), y: H / 2 + RY * Math.sin(a), a: a};
    });
    var svg = sv("svg", {viewBox: "0 0 " + W + " " + H, width: "100%", role: "img"});
    net.edges.forEach(function (e) {
      var line = sv("line", {x1: pos[e[0]].x, y1: pos[e[0]].y, x2: pos[e[1]].x, y2: pos[e[1]].y,
        stroke: "#567", "stroke-opacity": 0.25 + 0.6 * e[2] / maxW, "stroke-width": 1 + 5 * Math.sqrt(e[2] / maxW),
        "class": "edge", "data-weight": e[2]});
      line.appendChild(sv("title", {}, net.nodes[e[0]].label + " \u2013 " + net.nodes[e[1]].label + ": " + e[2]));
      svg.appendChild(line);
    });
    net.nodes.forEach(function (d, i) {
      var p = pos[i], color = COLORS[groups.indexOf(d.group) % COLORS.length];
      var c = sv("circle", {cx: p.x, cy: p.y, r: 3 + 9 * Math.sqrt(d.events / maxEv), fill: color, "class": "node", "data-id": d.id, "data-events": d.events});
      c.appendChild(sv("title", {}, d.label + " (" + d.id + "): " + d.events + " records"));
      svg.appendChild(c);
      var right = Math.cos(p.a) >= 0, lx = p.x + (right ? 14 : -14), ly = p.y + 4;
      var label = d.label.length > 28 ? d.label.slice(0, 27) + "\u2026" : d.label;
      var t = sv("text", {x: lx, y: ly, "text-anchor": right ? "start" : "end", "class": ARABIC.test(label) ? "ar" : ""}, label);
      svg.appendChild(t);
    });
    box.appendChild(svg);
    if (groups.length > 1 && groups.length <= COLORS.length && what === "actors") {
      var legend = el("p", {"class": "legend"});
      groups.forEach(function (g, k) {
        var item = el("span", {dir: dirOf(g)}), swatch = el("i");
        swatch.style.background = COLORS[k];
        item.appendChild(swatch);
        item.appendChild(document.createTextNode(g === "-" ? "no state" : g));
        legend.appendChild(item);
      });
      box.appendChild(legend);
    }
    note.textContent = n + " of " + net.total_nodes + " " + what + " with the most records; line width: records shared.";
  }

  function drawMatrix(m, box) {
    if (!m.labels.length) { box.appendChild(el("p", {"class": "note"}, "No sides.")); return; }
    var max = 1;
    m.cells.forEach(function (row) { row.forEach(function (v) { if (v > max) max = v; }); });
    var table = el("table"), head = el("tr");
    head.appendChild(el("th"));
    m.labels.forEach(function (l) { head.appendChild(el("th", {dir: dirOf(l)}, l)); });
    table.appendChild(head);
    m.cells.forEach(function (row, i) {
      var tr = el("tr");
      tr.appendChild(el("th", {dir: dirOf(m.labels[i])}, m.labels[i]));
      row.forEach(function (v, j) {
        var td = el("td", {"data-row": m.labels[i], "data-col": m.labels[j], "data-count": v}, v ? String(v) : "");
        if (v) td.style.background = "rgba(44,111,187," + (0.1 + 0.8 * v / max).toFixed(3) + ")";
        if (v / max > 0.55) td.style.color = "#fff";
        tr.appendChild(td);
      });
      table.appendChild(tr);
    });
    box.appendChild(table);
  }

  function drawBars(items, box, label) {
    if (!items.length) { box.appendChild(el("p", {"class": "note"}, "None.")); return; }
    var max = Math.max.apply(null, items.map(function (it) { return it[it.length - 1]; }));
    items.forEach(function (it) {
      var n = it[it.length - 1], row = el("div", {"class": "bar", "data-key": it[0], "data-count": n});
      row.appendChild(el("span", {}, label(it)));
      var track = el("span"), fill = el("div", {"class": "fill"});
      fill.style.width = (100 * n / max).toFixed(1) + "%";
      track.appendChild(fill);
      row.appendChild(track);
      row.appendChild(el("span", {"class": "n"}, String(n)));
      box.appendChild(row);
    });
  }

  function rowText(r) {
    return [r.date, r.type, r.status, r.parties.join(" "), r.location, r.topics.join(" "), r.cameo, r.evidence, r.doc].join(" ").toLowerCase();
  }

  function tableRow(r) {
    var tr = el("tr");
    tr.appendChild(el("td", {}, r.date));
    tr.appendChild(el("td", {}, r.type.replace("_", " ") + (r.status !== "occurred" ? " (" + r.status + ")" : "")));
    var parties = el("td", {"class": "parties"});
    r.parties.forEach(function (p) { parties.appendChild(el("div", {dir: dirOf(p)}, p)); });
    tr.appendChild(parties);
    tr.appendChild(el("td", {dir: dirOf(r.location)}, r.location));
    tr.appendChild(el("td", {}, r.topics.join(", ")));
    tr.appendChild(el("td", {}, r.cameo));
    tr.appendChild(el("td", {"class": "evidence", dir: "rtl", lang: "ar"}, r.evidence));
    tr.appendChild(el("td", {}, r.doc));
    tr.appendChild(el("td", {}, r.confidence === null || r.confidence === undefined ? "" : String(r.confidence)));
    return tr;
  }

  function setupTable(rows) {
    var texts = rows.map(rowText), body = document.querySelector("#records tbody");
    var input = document.getElementById("search"), more = document.getElementById("more");
    var PAGE = 100, limit = PAGE, matches = rows;
    function draw() {
      body.textContent = "";
      matches.slice(0, limit).forEach(function (r) { body.appendChild(tableRow(r)); });
      var shown = Math.min(limit, matches.length);
      document.getElementById("shown").innerHTML = "";
      var p = document.getElementById("shown");
      p.appendChild(el("span", {id: "n-shown"}, String(shown)));
      p.appendChild(document.createTextNode(" shown of "));
      p.appendChild(el("span", {id: "n-matching"}, String(matches.length)));
      p.appendChild(document.createTextNode(" matching records (" + rows.length + " in all)"));
      more.style.display = matches.length > limit ? "" : "none";
    }
    input.addEventListener("input", function () {
      var q = input.value.trim().toLowerCase();
      matches = q ? rows.filter(function (r, i) { return texts[i].indexOf(q) >= 0; }) : rows;
      limit = PAGE;
      draw();
    });
    more.addEventListener("click", function () { limit += PAGE; draw(); });
    var hash = decodeURIComponent(location.hash || "");
    if (hash.indexOf("#q=") === 0) {  // report.html#q=WORDS opens with the table searched for WORDS
      input.value = hash.slice(3);
      input.dispatchEvent(new Event("input"));
    } else {
      draw();
    }
  }

  try {
    var data = JSON.parse(document.getElementById("data").textContent);
    var s = data.summary;
    setText("n-records", s.records); setText("n-documents", s.documents); setText("n-meetings", s.meetings);
    setText("n-calls", s.phone_calls); setText("n-actors", s.actors); setText("n-undated", s.undated);
    drawMonths(data.months, document.getElementById("months"));
    drawNetwork(data.actors, document.getElementById("actor-net"), document.getElementById("actor-note"), "actors");
    drawNetwork(data.states, document.getElementById("state-net"), document.getElementById("state-note"), "states and bodies");
    drawMatrix(data.matrix, document.getElementById("matrix"));
    drawBars(data.topics, document.getElementById("topics"), function (it) { return it[0].replace(/_/g, " "); });
    drawBars(data.cameo, document.getElementById("cameo"), function (it) { return it[0] + " " + it[1]; });
    setupTable(data.rows);
  } catch (e) {
    fail();
    throw e;
  }
  document.body.setAttribute("data-render-ms", String(Math.round(performance.now() - t0)));
  document.body.setAttribute("data-ready", "1");
})();
