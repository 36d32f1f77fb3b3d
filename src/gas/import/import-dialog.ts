/**
 * The Import plan dialog: a file input read in the browser as base64 and handed to josparImportPlanFile through
 * google.script.run. The file never goes to Drive: Apps Script reads it in memory (Utilities.unzip, XmlService), so no
 * scope beyond the spreadsheet's is needed.
 */
import type { Lang } from '../../core/i18n/lang';
import { ty } from '../../core/i18n/year-messages';
import { escapeHtml } from '../../core/text/escape-html';

export function importDialogHtml(lang: Lang): string {
  return `<!doctype html><html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>${escapeHtml(ty(lang, 'importDialog'))}</p>
<input type="file" id="f" accept=".docx,.xlsx,.csv,.json">
<button id="go" disabled>OK</button>
<pre id="out" style="white-space:pre-wrap"></pre>
<script>
const f = document.getElementById('f'), go = document.getElementById('go'), out = document.getElementById('out');
f.onchange = () => { go.disabled = !f.files.length; };
go.onclick = () => {
  const file = f.files[0];
  const reader = new FileReader();
  go.disabled = true;
  out.textContent = '…';
  reader.onload = () => {
    const base64 = String(reader.result).replace(/^data:[^,]*,/, '');
    google.script.run
      .withSuccessHandler((r) => { out.textContent = r.report.join('\\n'); })
      .withFailureHandler((e) => { out.textContent = String(e && e.message || e); go.disabled = false; })
      .josparImportPlanFile(file.name, base64, false);
  };
  reader.readAsDataURL(file);
};
</script></body></html>`;
}

export function showImportDialog(lang: Lang): void {
  const html = HtmlService.createHtmlOutput(importDialogHtml(lang)).setWidth(480).setHeight(320);
  SpreadsheetApp.getUi().showModalDialog(html, ty(lang, 'importTitle'));
}
