/**
 * Cut-off sweeps: run a sequence of add-on steps cut off right after the N-th write of a service, run it again on the
 * saved state, and compare the end with an uncut run: everything a person can see differ or the next run reads, as
 * test/end-state.ts lists it (sheets, properties, triggers, calendars, Drive and Docs, the mail sent; the Log by its
 * header, a journal that records both runs).
 */
import { loadAddOn, type AddOn } from '../src/local/run-addon';
import type { ServiceName } from '../src/local/workspace/counter';
import { Workspace, type WorkspaceState } from '../src/local/workspace/workspace';
import { endDifference, type LeftToTheTest } from './end-state';

export const START = Date.parse('2025-10-01T04:00:00Z');
/** A step of a run: the project's add-on as loaded on the workspace, and the workspace (for event objects). */
export type Step = (addon: AddOn, ws: Workspace) => unknown;
/** Which Apps Script project the steps run in: the Sheets add-on, or the Workspace add-on (the cards). */
export type Project = 'sheets' | 'cards';

export { addOnCode } from './helpers';

/** Runs the steps on a workspace; returns whether a cut stopped them. */
export function runSteps(ws: Workspace, steps: Step[], js: string, project: Project = 'sheets'): boolean {
  const addon = loadAddOn(ws, js, undefined, project);
  try {
    for (const step of steps) step(addon, ws);
    // The add-on may catch the cut-off error of a write it wraps in try (Apps Script would have stopped it there all
    // the same); every later call fails, so the run is over even if it made none.
    return ws.counter.halted !== null;
  } catch (e) {
    if ((e as Error)?.name === 'CutOff') return true;
    throw e;
  }
}

/**
 * A saved state (what `jospar preview --state` keeps), parsed once and shared: every load copies what it keeps, so a
 * sweep loads the same object once per cut point instead of parsing megabytes of JSON text each time.
 */
export type Saved = WorkspaceState;

/** Runs the steps uncut on a saved state, recording what each write of each service was ("sheets" → labels). */
export function recordedRun(
  state: Saved | string,
  steps: Step[],
  js: string,
  project: Project = 'sheets',
): { ws: Workspace; writes: Map<ServiceName, string[]> } {
  const ws = loaded(state);
  const writes = new Map<ServiceName, string[]>();
  const write = ws.counter.write.bind(ws.counter);
  ws.counter.write = <T>(service: ServiceName, what: string, apply: () => T, rateLimit?: (w: string) => Error): T => {
    writes.set(service, [...(writes.get(service) ?? []), what]);
    return write(service, what, apply, rateLimit);
  };
  runSteps(ws, steps, js, project);
  return { ws, writes };
}

/** The saved state after `prefix`, run uncut on a new workspace. */
export function prepared(prefix: Step[], js: string): Saved {
  const ws = new Workspace({ now: START });
  runSteps(ws, prefix, js);
  return ws.snapshot();
}

export function loaded(state: Saved | string, faults: Workspace['counter']['faults'] = []): Workspace {
  return Workspace.fromJSON(typeof state === 'string' ? JSON.parse(state) : state, { faults });
}

/**
 * Cut after write n of service, then the same steps again on what the cut left, as a new execution (a new script
 * context; the cut execution's locks gone, as Apps Script releases them when an execution ends): the workspace as the
 * re-run leaves it, its call counter counting the re-run's calls alone. `meanwhile`, when given, sees a copy of what
 * the cut left before the re-run (what another run could do in between: its failure text, or '').
 */
export function cutAndRerun(
  base: Saved | string,
  steps: Step[],
  service: ServiceName,
  n: number,
  js: string,
  project: Project = 'sheets',
  meanwhile?: (cut: Workspace) => string,
): { cut: boolean; ws: Workspace; meanwhile: string } {
  const ws = loaded(base, [{ service, n, mode: 'cut' }]);
  const cut = runSteps(ws, steps, js, project);
  ws.counter.halted = null;
  ws.counter.faults = [];
  ws.locks.clear();
  ws.cardsProject.locks.clear();
  const between = meanwhile?.(ws.clone()) ?? '';
  ws.counter.reset();
  runSteps(ws, steps, js, project);
  return { cut, ws, meanwhile: between };
}

export interface SweepResult {
  /** The uncut run: its end and every write it made, by service. */
  uncut: { ws: Workspace; writes: Map<ServiceName, string[]> };
  /** Cut points tried, by service: every write index of every swept service. */
  cuts: Map<ServiceName, number>;
  /** One line per cut point whose re-run did not end as the uncut run (or that did not cut the run off). */
  failures: string[];
}

/** Where a sweep cut: after write `n` of the `writes` the uncut run made of `service`; `uncut` is that run's end. */
export interface CutPoint {
  service: ServiceName;
  n: number;
  writes: number;
  uncut: Workspace;
}

/**
 * Cuts `steps` off after every single write of every service the uncut run wrote (or of `services` only), runs them
 * again on what the cut left, and compares each end with the uncut run's (test/end-state.ts). `check` may add what a
 * re-run must also say or do (its failure text, or '' when it holds); it sees the re-run's workspace, whose counter
 * counts the re-run's calls alone, and may run more on it (it is not used after).
 */
export function sweep(
  base: Saved | string,
  steps: Step[],
  js: string,
  options: {
    services?: ServiceName[];
    check?: (ws: Workspace, cut: string, point: CutPoint) => string;
    project?: Project;
    /** What `check` answers for instead of the comparison (test/end-state.ts LeftToTheTest). */
    leave?: LeftToTheTest[];
    /**
     * Where a whole-end comparison cannot hold by design, the test's own comparison instead: asked at every cut point,
     * it answers undefined to keep the comparison there, else its failure text ('' when the end is right). The test
     * says why at that point.
     */
    compareAt?: (uncut: Workspace, ws: Workspace, point: CutPoint) => string | undefined;
    /**
     * What must hold of a copy of the state a cut left, before the re-run (another run in between: a trigger that
     * fires); its failure text, or ''. The re-run itself goes on from the cut state, untouched by it.
     */
    meanwhile?: (cut: Workspace, at: string) => string;
  } = {},
): SweepResult {
  const uncut = recordedRun(base, steps, js, options.project);
  const cuts = new Map<ServiceName, number>();
  const failures: string[] = [];
  for (const [service, labels] of uncut.writes) {
    if (options.services && !options.services.includes(service)) continue;
    for (let n = 1; n <= labels.length; n++) {
      const at = `${service}:${n} (${labels[n - 1]})`;
      const meanwhile = options.meanwhile && ((w: Workspace) => options.meanwhile!(w, at));
      const r = cutAndRerun(base, steps, service, n, js, options.project, meanwhile);
      cuts.set(service, n);
      const point = { service, n, writes: labels.length, uncut: uncut.ws };
      const own = options.compareAt?.(uncut.ws, r.ws, point);
      const wrong = r.cut
        ? r.meanwhile ||
          (own ?? endDifference(uncut.ws, r.ws, options.leave)) ||
          (options.check?.(r.ws, at, point) ?? '')
        : 'did not cut the run off';
      if (wrong) failures.push(`${at} ${wrong}`);
    }
  }
  return { uncut, cuts, failures };
}
