/**
 * Set up on a spreadsheet the previous version made: its Plan has no State column, and an overdue row's "Next due"
 * holds the text "⚠ 29.08.2025 бастап кешігуде". Set up migrates it (the State column beside the status, every next due
 * a date cell), and a Set up cut off after any of its sheet writes, then run again, ends exactly as an uncut one.
 * A plan of six items keeps the sweep cheap; every write of every service the migrating Set up writes is a cut point.
 */
import { PLAN_2025_2026 } from '../../src/core/plan/plan-2025-2026';
import { Workspace } from '../../src/local/workspace/workspace';
import { addOnCode, runSteps, sweep, type Saved, type Step } from '../cut-replay';
import { cellDay } from '../helpers';

const NOW = Date.parse('2025-11-10T04:00:00Z');
const setUp: Step = (a) => a.josparSetUpPlan();

/** What the previous version left: set up, then no State column, late rows' next due as text, layout 2. */
async function olderSpreadsheet(js: string): Promise<Saved> {
  const ws = new Workspace({ now: NOW });
  runSteps(ws, [(a) => a.josparImportPlan(PLAN_2025_2026.items.slice(0, 6), 'small')], js);
  const sheet = ws.spreadsheet.getSheetByName('Жоспар')!;
  const header = () => sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as string[];
  // The State column did not exist: moved to the right end and emptied (the emulation has no deleteColumn).
  const last = sheet.getLastColumn();
  sheet.moveColumns(sheet.getRange(1, header().indexOf('Күйі') + 1, 1, 1), last + 1);
  const rows = sheet.getLastRow();
  sheet.getRange(1, last, rows, 1).setValues(Array.from({ length: rows }, () => ['']));
  const h = header();
  const values = sheet.getDataRange().getValues();
  for (let r = 1; r < values.length; r++) {
    if (!(Number(values[r][h.indexOf('Кешігу, күн')]) > 0)) continue;
    const day = cellDay(values[r][h.indexOf('Келесі мерзім')]).split('-').reverse().join('.');
    sheet.getRange(r + 1, h.indexOf('Келесі мерзім') + 1).setValue(`⚠ ${day} бастап кешігуде`);
  }
  ws.properties.document.set('jospar.planLayout', '2');
  return ws.snapshot();
}

describe('the next-due column of an older spreadsheet', () => {
  it('becomes dates with the State beside the status; cut anywhere in that Set up, it ends as an uncut one', async () => {
    const js = await addOnCode();
    const base = await olderSpreadsheet(js);
    const before = Workspace.fromJSON(base).spreadsheet.getSheetByName('Жоспар')!;
    const oldCells = before.getDataRange().getValues().flat().map(String);
    expect(oldCells.filter((c) => /бастап кешігуде/.test(c)).length).toBeGreaterThan(0);

    const r = sweep(base, [setUp], js);
    const uncut = r.uncut;
    const values = uncut.ws.spreadsheet.getSheetByName('Жоспар')!.getDataRange().getValues();
    const h = values[0] as string[];
    expect(h.indexOf('Күйі')).toBe(h.indexOf('Мәртебе') + 1);
    for (const row of values.slice(1)) {
      expect(Object.prototype.toString.call(row[h.indexOf('Келесі мерзім')])).toBe('[object Date]');
      if (Number(row[h.indexOf('Кешігу, күн')]) > 0) expect(String(row[h.indexOf('Күйі')])).toMatch(/^Мерзімі өткен/);
    }

    expect(r.failures).toEqual([]);
    expect([...r.cuts.keys()].sort()).toEqual(['properties', 'sheets']);
  });
});
