/**
 * out/sidebar.html: the sidebar as a file a person can open without a server. Its google.script.run answers from
 * replies recorded once from the real entry functions (the item shown, the overview); any action says it needs
 * `npx jospar serve`.
 */
import type { AddOn } from '../run-addon';
import type { Workspace } from '../workspace/workspace';
import { PLAN_SHEET, sheetNames } from '../../core/sheets/layout';
import { cellReader } from '../../core/sheets/readers';

export function staticSidebar(ws: Workspace, addon: AddOn): string | null {
  addon.josparShowSidebar();
  const shown = ws.ui.sidebars[ws.ui.sidebars.length - 1];
  if (!shown) return null;
  const id = itemToShow(ws);
  const recorded: Record<string, unknown> = {
    josparSidebarOpen: addon.josparSidebarOpen(id ? { id } : null),
    josparSidebarOverview: addon.josparSidebarOverview(),
  };
  const script = `(function () {
  var RECORDED = ${JSON.stringify(recorded).replace(/</g, '\\u003c')};
  function runner(success, failure) {
    var target = {
      withSuccessHandler: function (f) { return runner(f, failure); },
      withFailureHandler: function (f) { return runner(success, f); },
      withUserObject: function () { return runner(success, failure); }
    };
    return new Proxy(target, { get: function (t, name) {
      if (name in t) return t[name];
      return function () {
        setTimeout(function () {
          if (Object.prototype.hasOwnProperty.call(RECORDED, name)) success && success(RECORDED[name]);
          else failure && failure(new Error('a static snapshot: run "npx jospar serve" to use ' + String(name)));
        });
      };
    } });
  }
  window.google = { script: { run: runner(null, null), host: { close: function () {} } } };
})();`;
  return shown.html.replace(/<head>/i, () => `<head><script>${script}</script>`);
}

/** The first Plan item with warnings (the richest card to look at), else the first item. */
function itemToShow(ws: Workspace): string | null {
  const sheet = sheetNames(PLAN_SHEET)
    .map((n) => ws.spreadsheet.getSheetByName(n))
    .find(Boolean);
  if (!sheet) return null;
  const values = sheet.getDataRange().getDisplayValues();
  const cell = cellReader(PLAN_SHEET, values[0]);
  const rows = values.slice(1).filter((r) => cell(r, 'id').trim());
  const pick = rows.find((r) => cell(r, 'warnings').trim() && cell(r, 'deadline').trim()) ?? rows[0];
  return pick ? cell(pick, 'id').trim() : null;
}
