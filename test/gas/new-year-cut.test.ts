/**
 * Issue 18, item 1: New academic year cut off at ANY write (every sheets and properties write of the rollover) and
 * run again ends exactly as an uncut rollover; so does Set up run after the cut (it finishes the rollover and says so).
 * The smallest plan that exercises every step: three items of two roles (the new Plan, Roles carried over), an
 * academic calendar, an order register, last year's calendar and its event records (forgotten and moved aside).
 * Cut at every single write of every service the rollover writes (its sheets and properties writes, about 130).
 */
import { addOnCode, recordedRun, runSteps, sweep, type Step } from '../cut-replay';
import { endDifference } from '../end-state';
import { sheetValues } from '../helpers';
import { cutRollover, LAST_YEAR_ITEMS, lastYear, rollover } from './rollover-fixture';

const setUp: Step = (a) => a.josparSetUpPlan();
describe('New academic year, cut off after any write and run again', () => {
  it('ends exactly as when never cut, at every write of every service', async () => {
    const js = await addOnCode();
    const r = sweep(lastYear(js), [rollover], js);
    expect(sheetValues(r.uncut.ws, 'Жоспар').length).toBe(LAST_YEAR_ITEMS.length + 1);
    expect(r.failures).toEqual([]);
    expect([...r.cuts.keys()].sort()).toEqual(['properties', 'sheets']);
    // Every write was a cut point: 131 today (128 sheets, 3 properties); a recording that lost writes cannot pass.
    expect([...r.cuts.values()].reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(100);
  }, 600_000);

  it('Set up after a cut finishes the rollover and says so', async () => {
    const js = await addOnCode();
    const base = lastYear(js);
    const uncut = recordedRun(base, [rollover, setUp], js);
    const sheetsWrites = uncut.writes.get('sheets')!.length;
    for (const n of [Math.floor(sheetsWrites / 3), Math.floor(sheetsWrites / 2)]) {
      const { ws, cut } = cutRollover(base, js, n);
      expect(cut).toBe(true);
      runSteps(ws, [setUp], js);
      expect(endDifference(uncut.ws, ws)).toBe('');
      const log = sheetValues(ws, 'Журнал').map((r) => String(r[4]));
      expect(log).toContainEqual(expect.stringMatching(/2026-2027 оқу жылына көшу үзіліп қалған еді/));
    }
  }, 120_000);
});
