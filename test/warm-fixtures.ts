/**
 * Shared warm fixtures: what many tests start from, made once per test process and handed out as clones. Use them
 * instead of a cold Set up per test whenever the test does not count Set up's own calls.
 *
 * - `setUpWorkspace(now)`: the embedded plan Set up on an empty spreadsheet at `now`, as `installed()` then
 *   `josparSetUpPlan()` leave it, cloned from its saved state (Workspace.fromJSON, as `jospar preview --state`
 *   continues a saved workspace) with a freshly loaded add-on. Its counters start at zero.
 * - `staffedWorkspace(now)`: the same with the example roster on the Roles sheet and the deadlines refreshed.
 * - `templatesWorkspace(now)`: the same after Create default templates.
 * - `SMALL_PLAN`: the smallest slice of the embedded plan that exercises every write kind of Set up (the same 228
 *   Sheets writes, label for label, as the whole plan: they are per sheet and column, not per item) and of Generate
 *   document (two orders, the second numbered after the first). Lay it out with `josparImportPlan(SMALL_PLAN)` on an
 *   empty spreadsheet: Set up with a given plan, the same code path. Sweeps and whole-phase replays use it.
 */
import { PLAN_2025_2026 } from '../src/core/plan/plan-2025-2026';
import { applyPeople, EXAMPLE_PEOPLE, readPeopleCsv } from '../src/local/cli/people';
import { loadAddOn, type AddOn } from '../src/local/run-addon';
import { Workspace, type WorkspaceState } from '../src/local/workspace/workspace';
import { START } from './cut-replay';
import { addOnCode, installed } from './helpers';

/** Each fixture's state, made once per process; each clone loads it (Workspace.fromJSON copies what it keeps). */
const saved = new Map<string, WorkspaceState>();

/** A clone of what `make` leaves on a new workspace at `now` (made once per process under `key`), add-on loaded. */
async function warm(
  key: string,
  now: number,
  make: (addon: AddOn, ws: Workspace) => void,
): Promise<{ ws: Workspace; addon: AddOn }> {
  const at = `${key}@${now}`;
  if (!saved.has(at)) {
    const { ws, addon } = await installed({ now });
    make(addon, ws);
    saved.set(at, ws.snapshot());
  }
  const ws = Workspace.fromJSON(saved.get(at)!);
  return { ws, addon: loadAddOn(ws, await addOnCode()) };
}

/** The embedded plan Set up at `now`. */
export function setUpWorkspace(now = START): Promise<{ ws: Workspace; addon: AddOn }> {
  return warm('setup', now, (a) => a.josparSetUpPlan());
}

/** The embedded plan Set up at `now`, the example roster (examples/people.csv) on Roles, deadlines refreshed. */
export function staffedWorkspace(now = START): Promise<{ ws: Workspace; addon: AddOn }> {
  return warm('staffed', now, (a, ws) => {
    a.josparSetUpPlan();
    const problems = applyPeople(ws, readPeopleCsv(EXAMPLE_PEOPLE).people);
    if (problems.length) throw new Error(`the example roster: ${problems.join('; ')}`);
    a.josparRefreshDeadlines();
  });
}

/** The embedded plan Set up at `now`, then Create default templates. */
export function templatesWorkspace(now = START): Promise<{ ws: Workspace; addon: AddOn }> {
  return warm('templates', now, (a) => {
    a.josparSetUpPlan();
    a.josparCreateTemplates();
  });
}

/**
 * Two orders due in a month (1.07, 1.09), the whole year (2.01), monthly (3.04), the academic calendar without a link
 * (3.07: a warning row), on demand (4.19).
 */
const SMALL_IDS = ['1.7', '1.9', '2.1', '3.4', '3.7', '4.19'];

export const SMALL_PLAN = PLAN_2025_2026.items.filter((i) => SMALL_IDS.includes(`${i.section}.${i.no}`));
