/**
 * The read-only view of the local spreadsheet beside the sidebar: each sheet as a table (values as Sheets shows them),
 * every cell escaped. Clicking a row of a sheet selects it, as a click in Sheets would, so the sidebar's "show the
 * selected row" follows it.
 */
import { escapeHtml } from '../workspace/html';
import type { LocalSpreadsheet } from '../workspace/spreadsheet';

const MAX_ROWS = 400;
const CELL_CHARS = 48;

export function sheetsHtml(ss: LocalSpreadsheet, selected: string): string {
  const active = ss.getActiveRange();
  const activeRow = active ? active.getRow() : 0;
  const sheets = ss.getSheets().filter((s) => !s.isSheetHidden());
  const current = sheets.find((s) => s.getName() === selected) ?? ss.getActiveSheet() ?? sheets[0];
  const tabs = sheets
    .map(
      (s) =>
        `<a role="tab" aria-selected="${s === current}" href="?sheet=${encodeURIComponent(s.getName())}">${escapeHtml(
          s.getName(),
        )}</a>`,
    )
    .join('');
  const values = current ? current.getDataRange().getDisplayValues().slice(0, MAX_ROWS) : [];
  const rows = values
    .map((r, i) => {
      const row = i + 1;
      const cls = current && active && active.getSheet().getName() === current.getName() && row === activeRow;
      // Cells are cut to a glance (the column is narrow anyway): a long plan stays quick to lay out.
      const cells = r
        .map((v) => `<td>${escapeHtml(v.length > CELL_CHARS ? `${v.slice(0, CELL_CHARS)}…` : v)}</td>`)
        .join('');
      return `<tr data-row="${row}"${cls ? ' class="selected"' : ''}><th>${row}</th>${cells}</tr>`;
    })
    .join('\n');
  const charts = current
    ? current._charts.map(
        (c) => `<p class="chart">📊 ${escapeHtml(String(c.type))}: ${escapeHtml(c.ranges.join(', '))}</p>`,
      )
    : [];
  return `<nav class="sheet-tabs" role="tablist">${tabs}</nav>${charts.join('')}
<table class="grid" data-sheet="${escapeHtml(current?.getName() ?? '')}"><tbody>${rows}</tbody></table>`;
}

/** The page beside the sidebar; its calls to the server send back the run's token (request-guard.ts). */
export function servePage(title: string, token: string): string {
  return `<!doctype html>
<html lang="kk"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
body { margin: 0; font: 13px Arial, sans-serif; display: flex; height: 100vh; }
#sheets { flex: 1; overflow: auto; padding: 8px; }
#sidebar { width: 300px; border: 0; border-left: 1px solid #dadce0; height: 100vh; }
.sheet-tabs a { display: inline-block; padding: 4px 8px; margin: 0 2px 6px 0; border: 1px solid #dadce0;
  border-radius: 4px; color: #202124; text-decoration: none; }
.sheet-tabs a[aria-selected="true"] { background: #e8f0fe; border-color: #1967d2; }
.grid { border-collapse: collapse; table-layout: fixed; }
.grid td, .grid th { border: 1px solid #e0e0e0; padding: 2px 4px; max-width: 260px; overflow: hidden;
  white-space: nowrap; text-overflow: ellipsis; vertical-align: top; }
.grid th { background: #f8f9fa; color: #5f6368; font-weight: normal; cursor: pointer; }
.grid tr.selected td { background: #e8f0fe; }
</style></head>
<body>
<div id="sheets" aria-label="sheets (read only)"></div>
<iframe id="sidebar" title="Jospar sidebar" src="/sidebar"></iframe>
<script>
var TOKEN = ${JSON.stringify(token)};
var sheet = new URLSearchParams(location.search).get('sheet') || '';
function refresh() {
  var asked = { headers: { 'X-Jospar-Token': TOKEN } };
  fetch('/sheets?sheet=' + encodeURIComponent(sheet), asked).then(function (r) { return r.text(); })
  .then(function (html) {
    document.getElementById('sheets').innerHTML = html; // built by the server with every cell escaped
  });
}
document.getElementById('sheets').addEventListener('click', function (e) {
  var tab = e.target.closest('.sheet-tabs a');
  if (tab) {
    e.preventDefault();
    sheet = new URL(tab.href).searchParams.get('sheet') || '';
    refresh();
    return;
  }
  var tr = e.target.closest('tr[data-row]');
  if (!tr) return;
  var name = tr.closest('table').getAttribute('data-sheet');
  fetch('/select', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Jospar-Token': TOKEN },
    body: JSON.stringify({ sheet: name, row: Number(tr.getAttribute('data-row')) }) }).then(refresh);
});
window.addEventListener('message', function (e) { if (e.data === 'jospar:changed') refresh(); });
refresh();
</script>
</body></html>`;
}
