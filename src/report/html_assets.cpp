// The HTML report's style sheet and its one small script, inlined in every page so the
// file stands alone: no fonts, scripts or images are fetched (the page's Content-Security-
// Policy forbids it), and it reads offline and prints.
#include <string_view>

#include "html_parts.hpp"

namespace chainrisk::report::html {
namespace {

// Level colours: dark backgrounds carry white text, light ones dark text, each pair at a
// contrast of at least 4.5:1 (WCAG AA); the level's name is always written beside the colour.
constexpr std::string_view kStyle = R"css(
:root{--fg:#1f2328;--muted:#57606a;--line:#d0d7de;--panel:#f6f8fa;--link:#0b5cad;
--critical:#7f1d1d;--critical-fg:#fff;--high:#c2410c;--high-fg:#fff;--medium:#f6b01e;--medium-fg:#1c1917;
--low:#a9cdf7;--low-fg:#0c2d5e;--none:#e3e6ea;--none-fg:#30363d}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;color:var(--fg);background:#fff;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:1200px;margin:0 auto;padding:20px 32px 48px}
a{color:var(--link)}
code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;font-size:.86em}
h1{font-size:28px;line-height:1.2;margin:2px 0 6px;word-break:break-word}
h2{font-size:20px;margin:36px 0 10px;padding-bottom:4px;border-bottom:2px solid var(--line)}
h2 small{font-weight:400;color:var(--muted);font-size:14px}
.brand{margin:0;color:var(--muted);font-size:13px;letter-spacing:.04em;text-transform:uppercase}
.sub,.muted,.note,.caption{color:var(--muted)}
.note,.caption{font-size:13.5px;margin:6px 0}
nav{margin:10px 0 0;padding:8px 0;border-top:1px solid var(--line);border-bottom:1px solid var(--line);font-size:14px}
nav a{margin-right:18px;text-decoration:none;font-weight:600}
.lvl{display:inline-block;min-width:64px;padding:1px 8px;border-radius:10px;font-size:11.5px;font-weight:700;
text-align:center;text-transform:uppercase;letter-spacing:.04em;margin-right:4px;border:1px solid rgba(0,0,0,.15)}
.lvl-critical,.l-critical{background:var(--critical);color:var(--critical-fg)}
.lvl-high,.l-high{background:var(--high);color:var(--high-fg)}
.lvl-medium,.l-medium{background:var(--medium);color:var(--medium-fg)}
.lvl-low,.l-low{background:var(--low);color:var(--low-fg)}
.lvl-none,.l-none{background:var(--none);color:var(--none-fg)}
.f-critical{fill:var(--critical)}.f-high{fill:var(--high)}.f-medium{fill:var(--medium)}.f-low{fill:var(--low)}
.f-none{fill:var(--none);stroke:#b9c0c8;stroke-width:.5}
.verdict{display:grid;grid-template-columns:auto auto auto 1fr;gap:10px 36px;align-items:center;margin:18px 0 14px;
padding:16px 22px;border:1px solid var(--line);border-left:10px solid var(--none);border-radius:8px;background:var(--panel)}
.verdict.v-critical{border-left-color:var(--critical)}.verdict.v-high{border-left-color:var(--high)}
.verdict.v-medium{border-left-color:var(--medium)}.verdict.v-low{border-left-color:var(--low)}
.kpi b{display:block;font-size:30px;line-height:1.1}
.kpi .what{display:block;color:var(--muted);font-size:13px;margin-top:2px}
.kpi .lvl{font-size:20px;padding:3px 14px;border-radius:8px;min-width:0;vertical-align:middle}
.headline{margin:0;font-size:16px}
.tiles{display:grid;grid-template-columns:repeat(5,1fr);gap:12px;margin:0 0 10px}
.tile{border:1px solid var(--line);border-top:6px solid var(--none);border-radius:6px;padding:8px 14px}
.tile.t-critical{border-top-color:var(--critical)}.tile.t-high{border-top-color:var(--high)}
.tile.t-medium{border-top-color:var(--medium)}.tile.t-low{border-top-color:var(--low)}
.tile b{font-size:26px;display:block;line-height:1.2}
.tile .pct{color:var(--muted);font-size:13px}
.tile.zero b{color:#8c959f}
svg.dist{display:block;width:100%;height:12px;margin:4px 0 8px;border-radius:4px}
.facts{display:flex;flex-wrap:wrap;gap:4px 22px;margin:6px 0;color:var(--muted);font-size:14px;padding:0;list-style:none}
.facts b{color:var(--fg)}
.legend{margin:6px 0 12px}
.charts{display:grid;grid-template-columns:1fr;gap:18px}
figure{margin:0;border:1px solid var(--line);border-radius:8px;padding:12px 16px}
figcaption{font-weight:700;margin-bottom:6px}
svg.bars{display:block;width:100%;height:auto}
svg.bars text{font-size:13px;fill:var(--fg);dominant-baseline:auto}
svg.bars text.k{text-anchor:end;font-weight:700}
svg.bars text.v{fill:var(--muted)}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:6px 8px}
thead th{font-size:12.5px;text-transform:uppercase;letter-spacing:.03em;color:var(--muted);border-bottom:2px solid var(--line)}
table.heat{width:auto;font-size:13px}
table.heat th[scope=row]{white-space:nowrap;padding-right:14px}
table.heat thead th{text-align:center}
table.heat td{width:78px;min-width:72px;height:44px;text-align:center;vertical-align:middle;border:2px solid #fff;padding:2px 4px}
table.heat td b{display:block;font-size:13.5px}
table.heat td span{display:block;font-size:10px;text-transform:uppercase;letter-spacing:.04em}
table.heat td.empty{background:#fafbfc}
table.data td,table.data th{border-bottom:1px solid var(--line);font-size:14px}
table.datasets td:first-child{width:30%}table.datasets td:nth-child(2){width:14%}
table.datasets td:nth-child(3){white-space:nowrap}table.datasets td:nth-child(4){width:20%}
table.datasets td:last-child{overflow-wrap:anywhere}
td.id{white-space:nowrap}
table.lines{font-size:14px}
table.lines thead th{position:sticky;top:0;background:#fff;z-index:1;white-space:nowrap}
table.lines tbody{border-bottom:1px solid var(--line)}
table.lines tr td:first-child{border-left:5px solid var(--none)}
tbody.r-critical tr td:first-child{border-left-color:var(--critical)}
tbody.r-high tr td:first-child{border-left-color:var(--high)}
tbody.r-medium tr td:first-child{border-left-color:var(--medium)}
tbody.r-low tr td:first-child{border-left-color:var(--low)}
tbody.r-none tr td:first-child{border-left-color:var(--none)}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td small,.small{display:block;color:var(--muted);font-size:12.5px}
tr.ev td{padding-top:0;padding-bottom:10px}
details>summary{cursor:pointer;color:var(--muted);font-size:13px}
ul.signals{list-style:none;margin:4px 0 0;padding:0}
ul.signals li{display:grid;grid-template-columns:104px 46px 1fr;gap:10px;padding:5px 0 5px 8px;border-top:1px dashed var(--line);font-size:13.5px}
ul.signals .kind{font-weight:700}
ul.signals .w{text-align:right;font-variant-numeric:tabular-nums}
ul.signals .meta{color:var(--muted);font-size:12.5px}
ul.signals li.s-critical{border-left:3px solid var(--critical)}ul.signals li.s-high{border-left:3px solid var(--high)}
ul.signals li.s-medium{border-left:3px solid var(--medium)}ul.signals li.s-low{border-left:3px solid var(--low)}
ul.signals li.s-none{border-left:3px solid var(--none)}
dl.fields{display:flex;flex-wrap:wrap;gap:2px 18px;margin:6px 0 0;font-size:12.5px;color:var(--muted)}
dl.fields dt{font-weight:700}dl.fields dd{margin:0 0 0 -14px}
ul.problems{padding-left:0;list-style:none;font-size:14px}
ul.problems li{padding:3px 0;border-bottom:1px solid var(--line)}
.sev{font-weight:700;text-transform:uppercase;font-size:11.5px;padding:0 6px;border-radius:4px;margin-right:6px}
.sev-error{background:#ffebe9;color:#82071e;border:1px solid #ff8182}
.sev-warning{background:#fff8c5;color:#4d2d00;border:1px solid #d4a72c}
.sev-waived{background:#eef1f4;color:#30363d;border:1px solid #8c959f}
p.waiver{margin:0 0 6px;font-size:13.5px}
tbody.waived tr.row td{color:var(--muted)}
tbody.waived tr td:first-child{border-left-style:dashed}
tbody.waived tr.row .lvl{opacity:.6}
.method p{max-width:900px}
footer{margin-top:40px;color:var(--muted);font-size:13px;border-top:1px solid var(--line);padding-top:10px}
table.lines.js thead th button{all:inherit;border:0;cursor:pointer;padding:0}
table.lines.js thead th button::after{content:" \2195";color:#afb8c1}
table.lines.js thead th[aria-sort=ascending] button::after{content:" \25B2";color:var(--fg)}
table.lines.js thead th[aria-sort=descending] button::after{content:" \25BC";color:var(--fg)}
@media (max-width:800px){main{padding:12px}.tiles{grid-template-columns:repeat(3,1fr)}.verdict{grid-template-columns:1fr 1fr}}
@media print{
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{font-size:10.5pt}
main{max-width:none;padding:0}
nav,.sort-hint{display:none}
table.lines.js thead th button::after{content:none}
table.lines thead th{position:static}
table.lines tbody,figure,.verdict,.tiles,tr{break-inside:avoid}
h2{break-after:avoid}
details::details-content{content-visibility:visible;display:block}
details>summary{list-style:none}
a{color:inherit;text-decoration:none}
.scroll{overflow:visible}
}
)css";

// Sorts the lines table by a column (each line is one <tbody>, its evidence moves with it;
// ties keep input order) and opens every evidence block for printing. The page reads
// without it: the sort buttons only appear when it runs.
constexpr std::string_view kScript = R"js(
(function () {
  var table = document.getElementById('lines-table');
  if (table) {
    table.classList.add('js');
    Array.prototype.forEach.call(document.querySelectorAll('.sort-hint'), function (e) { e.hidden = false; });
    var heads = table.tHead.rows[0].cells;
    var key = function (body, i, numeric) {
      var cell = body.rows[0].cells[i];
      var v = cell.hasAttribute('data-v') ? cell.getAttribute('data-v') : cell.textContent;
      return numeric ? parseFloat(v) : v.toLowerCase();
    };
    var sortBy = function (i) {
      var th = heads[i], numeric = th.hasAttribute('data-num');
      var dir = th.getAttribute('aria-sort') === 'descending' ? 1 :
                th.getAttribute('aria-sort') === 'ascending' ? -1 : (numeric ? -1 : 1);
      var bodies = Array.prototype.slice.call(table.tBodies);
      bodies.sort(function (a, b) {
        var x = key(a, i, numeric), y = key(b, i, numeric);
        if (numeric && isNaN(x)) x = -Infinity;
        if (numeric && isNaN(y)) y = -Infinity;
        if (x < y) return -dir;
        if (x > y) return dir;
        return a.getAttribute('data-i') - b.getAttribute('data-i');
      });
      bodies.forEach(function (b) { table.appendChild(b); });
      for (var j = 0; j < heads.length; ++j) heads[j].removeAttribute('aria-sort');
      th.setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
    };
    Array.prototype.forEach.call(heads, function (th, i) {
      var button = document.createElement('button');
      button.type = 'button';
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener('click', function () { sortBy(i); });
    });
  }
  var closed = [];
  window.addEventListener('beforeprint', function () {
    closed = Array.prototype.filter.call(document.querySelectorAll('details'), function (d) { return !d.open; });
    closed.forEach(function (d) { d.open = true; });
  });
  window.addEventListener('afterprint', function () { closed.forEach(function (d) { d.open = false; }); });
})();
)js";

}  // namespace

std::string_view stylesheet() { return kStyle; }
std::string_view script() { return kScript; }

}  // namespace chainrisk::report::html
