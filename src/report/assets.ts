/** The report's stylesheet and script: static, shared by every page, no network. */
export const reportCss = `:root { --fg: #1b1b1b; --muted: #5f6368; --line: #d9d9d9; --accent: #0b57d0; font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: var(--fg); }
body { margin: 0; }
header { padding: .75rem 1rem; border-bottom: 1px solid var(--line); }
header h1 { font-size: 1.25rem; margin: .25rem 0; }
header .title, header .file { margin: .2rem 0; color: var(--muted); }
.back { font-size: .9rem; }
main { padding: 0 1rem 2rem; }
body.document main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(18rem, 2fr); gap: 1rem; }
/* A proportional font: monospaced ones draw many Vietnamese letters as a base glyph plus a misplaced mark. */
.source pre { white-space: pre-wrap; overflow-wrap: anywhere; font: 1rem/1.6 "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif; margin: .75rem 0; max-width: 60rem; }
.panel { max-height: calc(100vh - 7rem); overflow: auto; position: sticky; top: .5rem; padding-top: .5rem; }
.panel details { border-bottom: 1px solid var(--line); padding: .35rem 0; }
.panel summary { font-weight: 600; cursor: pointer; }
.panel ol { padding-left: 2.4rem; margin: .3rem 0; }
.panel li button { all: unset; display: block; cursor: pointer; padding: .2rem .25rem; border-radius: 4px; width: 100%; box-sizing: border-box; }
.panel li button:hover, .panel li button:focus-visible { background: #eef3fd; outline: 2px solid var(--accent); }
.panel li button.selected { background: #ffe9a8; }
.panel li button.warn .meta { color: #a50e0e; }
.panel .meta { display: block; color: var(--muted); font-size: .85rem; }
.panel dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .6rem; margin: .3rem 0; }
.panel dt { color: var(--muted); }
.panel dd { margin: 0; }
.none { color: var(--muted); }
.review { color: #a50e0e; font-weight: 600; }
.ok { color: #137333; }
#selected { background: #fff8e1; border: 1px solid #f0d58c; padding: .5rem; border-radius: 6px; }
mark { background: transparent; color: inherit; border-radius: 2px; cursor: pointer; }
mark.k-target { background: #d2f4dd; }
mark.k-task { background: #e8f0fe; }
mark.k-agency { background: #fde2cf; }
mark.k-timeframe { background: #f3e1fb; }
mark.k-citation { text-decoration: underline dotted #5f6368; }
mark.k-label { font-weight: 700; color: #174ea6; }
mark.k-responsibility { box-shadow: inset 0 -2px 0 #f9ab00; }
mark.k-diagnostic { text-decoration: wavy underline #d93025; }
mark.active { outline: 2px solid #d93025; background: #ffe082; }
.ln { display: inline; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; font-size: .85rem; margin: .4rem 0; }
th, td { border: 1px solid var(--line); padding: .2rem .4rem; vertical-align: top; text-align: left; }
th small { display: block; color: var(--accent); font-weight: 400; }
tr.group td { background: #f1f3f4; font-weight: 600; }
body.index th button { all: unset; cursor: pointer; font-weight: 600; }
body.index th button:focus-visible { outline: 2px solid var(--accent); }
body.index tr.needs-review td[data-col="review"] { color: #a50e0e; }
.controls label { margin-right: 1rem; }
@media (max-width: 48rem) {
  body.document main { display: block; }
  .panel { position: static; max-height: none; }
  .source pre { font-size: .9rem; }
}
`;

export const reportJs = `(function () {
  'use strict';
  var selected = [];
  function clear() {
    selected.forEach(function (el) { el.classList.remove('active', 'selected'); });
    selected = [];
  }
  function marksOf(id) {
    return Array.prototype.filter.call(document.querySelectorAll('mark[data-item]'), function (m) { return m.getAttribute('data-item') === id; });
  }
  function buttonOf(id) {
    var own = id.split(':').slice(0, 2).join(':');
    return Array.prototype.find.call(document.querySelectorAll('[data-go]'), function (b) { return b.getAttribute('data-go') === id || b.getAttribute('data-go') === own; });
  }
  function show(button) {
    var box = document.getElementById('selected');
    if (!box || !button) return;
    box.hidden = false;
    box.textContent = button.textContent;
  }
  function select(id, fromText) {
    clear();
    var marks = marksOf(id);
    marks.forEach(function (m) { m.classList.add('active'); selected.push(m); });
    var button = buttonOf(id);
    if (button) {
      button.classList.add('selected');
      selected.push(button);
      var details = button.closest('details');
      if (details) details.open = true;
      show(button);
      if (fromText) button.scrollIntoView({ block: 'nearest' });
    }
    if (marks.length && !fromText) {
      marks[0].setAttribute('tabindex', '-1');
      marks[0].scrollIntoView({ block: 'center' });
      marks[0].focus({ preventScroll: true });
    }
  }
  document.addEventListener('click', function (event) {
    var target = event.target;
    if (!(target instanceof Element)) return;
    var go = target.closest('[data-go]');
    if (go) { select(go.getAttribute('data-go'), false); return; }
    var line = target.closest('[data-line]');
    if (line) {
      var anchor = document.getElementById('L' + line.getAttribute('data-line'));
      if (anchor) anchor.scrollIntoView({ block: 'center' });
      return;
    }
    var mark = target.closest('mark[data-item]');
    if (mark) select(mark.getAttribute('data-item'), true);
  });
  // Index: sort by a column, filter by text or by review.
  var table = document.getElementById('documents');
  if (table) {
    var body = table.tBodies[0];
    var filter = document.getElementById('filter');
    var reviewOnly = document.getElementById('review-only');
    var apply = function () {
      var q = (filter && filter.value || '').toLowerCase();
      Array.prototype.forEach.call(body.rows, function (row) {
        var hide = (q && row.textContent.toLowerCase().indexOf(q) < 0) || (reviewOnly && reviewOnly.checked && !row.classList.contains('needs-review'));
        row.hidden = !!hide;
      });
    };
    if (filter) filter.addEventListener('input', apply);
    if (reviewOnly) reviewOnly.addEventListener('change', apply);
    Array.prototype.forEach.call(table.querySelectorAll('[data-sort-by]'), function (button) {
      button.addEventListener('click', function () {
        var col = button.getAttribute('data-sort-by');
        var numeric = button.parentElement.hasAttribute('data-numeric');
        var dir = button.getAttribute('data-dir') === 'asc' ? -1 : 1;
        button.setAttribute('data-dir', dir === 1 ? 'asc' : 'desc');
        var rows = Array.prototype.slice.call(body.rows);
        var key = function (row) { var cell = row.querySelector('[data-col="' + col + '"]'); return cell ? cell.getAttribute('data-sort') : ''; };
        rows.sort(function (a, b) {
          var x = key(a), y = key(b);
          return dir * (numeric ? Number(x) - Number(y) : x.localeCompare(y, 'vi'));
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }
})();
`;
