/**
 * The sidebar's cost, for `npm run bench`: opening it is one server round trip that reads the Plan's header and the
 * selected row (plus the small Settings, Calendar, Roles and Templates sheets, and of the Notifications sheet its
 * header, its Keys column and the few rows about the item); an action writes only its row's cells and its own Log
 * line. Reported per plan size: the cost must not grow with the plan.
 */
import { loadAddOn, type AddOn } from '../run-addon';
import { Workspace } from '../workspace/workspace';

export function sidebarBench(plans: Array<[string, readonly object[]]>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [label, items] of plans) {
    const ws = new Workspace({ now: Date.parse('2025-10-01T04:00:00Z') });
    const addon = loadAddOn(ws);
    addon.josparImportPlan(
      items.map((i) => ({ ...i })),
      'bench',
    );
    out[label] = sidebarCost(ws, addon);
  }
  return out;
}

function sidebarCost(ws: Workspace, addon: AddOn) {
  const plan = ws.spreadsheet.getSheetByName('Жоспар')!;
  const row = Math.max(2, plan.getLastRow() - 1); // near the end: the cost must not grow with the row's position
  ws.spreadsheet.setActiveRange(plan.getRange(row, 3));
  const opened = addon.josparSidebarOpen(null) as { value?: { item?: { id: string } } };
  const id = opened.value?.item?.id ?? '1.01';
  return {
    item: id,
    open: measure(ws, () => addon.josparSidebarOpen(null)),
    markDone: measure(ws, () => addon.josparSidebarMarkDone(id, { date: '2025-10-01', evidence: 'https://x.kz/e' })),
    saveDeadline: measure(ws, () => addon.josparSidebarSaveDeadline(id, '2025 ж. 20 қарашаға дейін')),
    markCancelled: measure(ws, () => addon.josparSidebarMarkCancelled(id)),
  };
}

/** Value reads and writes per sheet and every service call of one server call. */
function measure(ws: Workspace, f: () => unknown) {
  ws.counter.reset();
  const t = Date.now();
  const reply = f() as { ok?: boolean };
  const perSheet: Record<string, { reads: number; writes: number }> = {};
  for (const [k, v] of ws.counter.perSheet) {
    const [kind, sheet] = k.split(/:(.*)/s, 2);
    perSheet[sheet] ??= { reads: 0, writes: 0 };
    perSheet[sheet][kind === 'read' ? 'reads' : 'writes'] = v;
  }
  return { ok: reply?.ok ?? null, ms: Date.now() - t, perSheet, totalCalls: ws.counter.total() };
}
