/**
 * Issue 18, item 1: New academic year cut off at ANY write (every sheets and properties write of the rollover) and
 * run again ends exactly as an uncut rollover; so does Set up run after the cut (it finishes the rollover and says so).
 * The smallest plan that exercises every step: three items of two roles (the new Plan, Roles carried over), an
 * academic calendar, an order register, last year's calendar and its event records (forgotten and moved aside).
 * Cut at: every properties write; every sheets write of the rollover's own steps (archiving, protections, records,
 * Settings); of the new sheets' layout, which is Set up's (swept whole in cut-sweep.test.ts), every write that holds
 * data (new sheets, values) and every tenth other. JOSPAR_FULL_SWEEP=1 cuts at every single write (about 120).
 */
import type { ServiceName } from '../../src/local/workspace/counter';
import {
  addOnCode,
  canonical,
  cutAndRerun,
  firstDifference,
  loaded,
  prepared,
  recordedRun,
  runSteps,
  type Step,
} from '../cut-replay';
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
const FULL = process.env.JOSPAR_FULL_SWEEP === '1';
const DATA = /^(insertSheet|setValues|setValue)\b/;
/** Whether to cut after write n (1-based) of service, the labels being that service's writes in the uncut run. */
function chosen(service: string, labels: string[], n: number): boolean {
  const layout = labels.findIndex((l) => l.startsWith('insertSheet')) + 1;
  return FULL || service !== 'sheets' || layout === 0 || n < layout || DATA.test(labels[n - 1]) || n % 10 === 0;
}

describe('New academic year, cut off after any write and run again', () => {
  it('ends exactly as when never cut, at every sheets and properties write', async () => {
    const js = await addOnCode();
    const base = prepared(lastYear, js);
    const uncut = recordedRun(base, [rollover], js);
    const want = canonical(uncut.ws);
    expect(sheetValues(uncut.ws, 'Жоспар').length).toBe(ITEMS.length + 1);
    const failures: string[] = [];
    let cuts = 0;
    for (const service of ['sheets', 'properties'] as ServiceName[]) {
      const labels = uncut.writes.get(service) ?? [];
      for (let n = 1; n <= labels.length; n++) {
        if (!chosen(service, labels, n)) continue;
        const r = cutAndRerun(base, [rollover], service, n, js);
        cuts++;
        if (!r.cut) failures.push(`${service}:${n} did not cut the run off`);
        else if (r.state !== want)
          failures.push(`${service}:${n} (${labels[n - 1]}) ${firstDifference(want, r.state)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(cuts).toBeGreaterThan(20);
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
      expect(firstDifference(canonical(uncut.ws), canonical(ws))).toBe('');
      const log = sheetValues(ws, 'Журнал').map((r) => String(r[4]));
      expect(log).toContainEqual(expect.stringMatching(/2026-2027 оқу жылына көшу үзіліп қалған еді/));
    }
  }, 120_000);
});
