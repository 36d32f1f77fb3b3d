/**
 * Last year's department for the New academic year tests, and its rollover cut off half way. The smallest plan that
 * exercises every step of a rollover: three items of two roles (the new Plan, Roles carried over), an academic
 * calendar, an order register, last year's calendar and its event records (forgotten and moved aside). Shared by
 * test/gas/new-year-cut.test.ts (the rollover's cut sweep) and test/gas/rollover-wait.test.ts (what waits for it).
 */
import { Workspace } from '../../src/local/workspace/workspace';
import { loaded, runSteps, START, type Saved, type Step } from '../cut-replay';

export const LAST_YEAR_ITEMS = [
  ['ОПҰжМБ бастығы', '2025 ж. 1 қазанына дейін'],
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

export const rollover: Step = (a) => a.josparNewAcademicYear('2026-2027', false);

/**
 * Last year's plan set up and its calendar synced; `staffed`: everyone on the Roles sheet has an address first (so
 * the calendar invites them and the mail has someone to write to) and the schedule is on.
 */
export function lastYear(js: string, staffed = false): Saved {
  const ws = new Workspace({ now: START });
  runSteps(ws, [(a) => a.josparImportPlan(LAST_YEAR_ITEMS, 'small.json')], js);
  if (staffed) {
    const roles = ws.spreadsheet.getSheetByName('Рөлдер')!;
    const values = roles.getDataRange().getValues();
    const email = (values[0] as string[]).indexOf('Email') + 1;
    values.forEach((r, i) => {
      if (i > 0 && r[0]) roles.getRange(i + 1, email).setValue(`person${i}@edu.ektu.kz`);
    });
  }
  runSteps(
    ws,
    [(a) => a.josparSyncCalendar(), ...(staffed ? [(a: Parameters<Step>[0]) => a.josparScheduleOn()] : [])],
    js,
  );
  return ws.snapshot();
}

/**
 * The rollover of `base` cut off right after its `n`-th sheets write, as the next execution finds it: the cut one's
 * fault and locks gone, the note of a rollover under way left. Whether the cut stopped it is `cut`.
 */
export function cutRollover(base: Saved, js: string, n: number): { ws: Workspace; cut: boolean } {
  const ws = loaded(base, [{ service: 'sheets', n, mode: 'cut' }]);
  const cut = runSteps(ws, [rollover], js);
  ws.counter.halted = null;
  ws.counter.faults = [];
  ws.locks.clear();
  return { ws, cut };
}
