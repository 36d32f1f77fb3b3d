/**
 * The cut sweep of a web-app submit (the mail's "mark as done" link): the submit cut off right after each write of
 * each service it makes, then the same submit again in a new execution on what the cut left, must end as the uncut
 * submit did. Shared by the done-from-mail and the submitted-for-review tests.
 */
import { loadAddOn, type AddOn } from '../../src/local/run-addon';
import { CutOff } from '../../src/local/workspace/counter';
import { webAppEvent } from '../../src/local/workspace/web-app';
import { Workspace, type WorkspaceState } from '../../src/local/workspace/workspace';

export const EXEC = 'https://script.google.com/a/macros/edu.ektu.kz/s/local/exec';

type Page = { getContent(): string };

/** The form posted as a browser posts it: the link's own fields and the person's. */
export function post(addon: AddOn, url: string, fields: Record<string, string> = {}): string {
  const u = new URL(url);
  const contents = new URLSearchParams({ ...Object.fromEntries(u.searchParams), ...fields }).toString();
  return (
    addon.doPost(webAppEvent(new URL(EXEC), { type: 'application/x-www-form-urlencoded', contents })) as Page
  ).getContent();
}

export function refusal(html: string): string | null {
  return /data-why="(\w+)"/.exec(html)?.[1] ?? null;
}

/**
 * Sweeps every write of the submit of `url` by `who` on the saved state; `end` is what must match. Each re-run's page
 * is checked with `again(service, n, writes, page)`. Returns how many cuts it made.
 */
export function sweepSubmit(
  saved: WorkspaceState | string,
  who: string,
  url: string,
  fields: Record<string, string>,
  end: (ws: Workspace) => unknown,
  again: (service: string, n: number, writes: number, page: string) => void = () => undefined,
): number {
  const state = typeof saved === 'string' ? (JSON.parse(saved) as WorkspaceState) : saved;
  const ref = Workspace.fromJSON(state);
  ref.runAs = who;
  ref.counter.reset();
  post(loadAddOn(ref), url, fields);
  const uncut = JSON.stringify(end(ref));
  let cuts = 0;
  // Every service the submit writes (the Plan row, the Log and Notifications, the link's record …), every write.
  expect(ref.counter.writes.get('sheets')).toBeGreaterThan(0);
  expect(ref.counter.writes.get('properties')).toBeGreaterThan(0);
  for (const [service, writes] of ref.counter.writes) {
    for (let n = 1; n <= writes; n++) {
      const ws = Workspace.fromJSON(state, { faults: [{ service, n, mode: 'cut' }] });
      ws.runAs = who;
      expect(() => post(loadAddOn(ws), url, fields)).toThrow(CutOff);
      // A new execution on what the cut left: no fault, the cut one's locks released.
      ws.counter.halted = null;
      ws.counter.faults = [];
      ws.locks.clear();
      again(service, n, writes, post(loadAddOn(ws), url, fields));
      expect(JSON.stringify(end(ws))).toBe(uncut);
      cuts++;
    }
  }
  return cuts;
}
