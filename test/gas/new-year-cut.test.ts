/**
 * Issue 18, item 1: New academic year cut off at ANY write (every sheets and properties write of the rollover) and
 * run again ends exactly as an uncut rollover; so does Set up run after the cut (it finishes the rollover and says so).
 * The smallest plan that exercises every step: three items of two roles (the new Plan, Roles carried over), an
 * academic calendar, an order register, last year's calendar and its event records (forgotten and moved aside).
 * Cut at every single write of every service the rollover writes (its sheets and properties writes, about 130).
 */
import { addOnCode, loaded, prepared, recordedRun, runSteps, sweep, type Step } from '../cut-replay';
import { endDifference } from '../end-state';
import { sheetValues } from '../helpers';

const ITEMS = [
  ['ОПҰжМБ бастығы', '2025 ж. 1 қыркүйегіне дейін'],
  ['АҚД директоры', 'Ай сайын'],
  ['ОПҰжМБ бастығы', '28.08.2026 ж. дейін'],
].map(([responsible, deadline], i) => ({
  section: 1,
  sectionTitle: 'Бөлім',
  no: i + 1,
  activity: `2025-2026 оқу жылына іс-шара ${i + 1}`,
  responsible,
  deadline,
  deliverable: 'Есеп',
}));

const lastYear: Step[] = [(a) => a.josparImportPlan(ITEMS, 'small.json'), (a) => a.josparSyncCalendar()];
const rollover: Step = (a) => a.josparNewAcademicYear('2026-2027', false);
const setUp: Step = (a) => a.josparSetUpPlan();
describe('New academic year, cut off after any write and run again', () => {
  it('ends exactly as when never cut, at every write of every service', async () => {
    const js = await addOnCode();
    const r = sweep(prepared(lastYear, js), [rollover], js);
    expect(sheetValues(r.uncut.ws, 'Жоспар').length).toBe(ITEMS.length + 1);
    expect(r.failures).toEqual([]);
    expect([...r.cuts.keys()].sort()).toEqual(['properties', 'sheets']);
    // Every write was a cut point: 131 today (128 sheets, 3 properties); a recording that lost writes cannot pass.
    expect([...r.cuts.values()].reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(100);
  }, 600_000);

  it('Set up after a cut finishes the rollover and says so', async () => {
    const js = await addOnCode();
    const base = prepared(lastYear, js);
    const uncut = recordedRun(base, [rollover, setUp], js);
    const sheetsWrites = uncut.writes.get('sheets')!.length;
    for (const n of [Math.floor(sheetsWrites / 3), Math.floor(sheetsWrites / 2)]) {
      const ws = loaded(base, [{ service: 'sheets', n, mode: 'cut' }]);
      expect(runSteps(ws, [rollover], js)).toBe(true);
      ws.counter.halted = null;
      ws.counter.faults = [];
      ws.locks.clear();
      runSteps(ws, [setUp], js);
      expect(endDifference(uncut.ws, ws)).toBe('');
      const log = sheetValues(ws, 'Журнал').map((r) => String(r[4]));
      expect(log).toContainEqual(expect.stringMatching(/2026-2027 оқу жылына көшу үзіліп қалған еді/));
    }
  }, 120_000);
});
