/**
 * The cut sweep of a web-app submit (the mail's "mark as done" link): the submit cut off right after each write of
 * each service it makes, then the same submit again in a new execution on what the cut left, must end as the uncut
 * submit did — compared in full by test/cut-replay.ts's sweep() (test/end-state.ts), the Log by the lines the submit
 * wrote. Shared by the done-from-mail and the submitted-for-review tests.
 */
import type { AddOn } from '../../src/local/run-addon';
import { webAppEvent } from '../../src/local/workspace/web-app';
import type { Workspace, WorkspaceState } from '../../src/local/workspace/workspace';
import { addOnCode, loaded, sweep, type CutPoint, type Step } from '../cut-replay';
import { sheetValues } from '../helpers';

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

/** The Log's lines without their time (the time column differs between two runs). */
const logLines = (ws: Workspace) => sheetValues(ws, 'Журнал').map((r) => JSON.stringify(r.slice(1).map(String)));

/**
 * Sweeps every write of the submit of `url` by `who` on the saved state: each re-run must end as the uncut submit
 * (everything test/end-state.ts compares), its Log must add exactly the lines the uncut submit added, and its page must
 * pass `again` (failure text, or '' when it holds). Returns how many cuts it made.
 */
export async function sweepSubmit(
  saved: WorkspaceState | string,
  who: string,
  url: string,
  fields: Record<string, string>,
  again: (cut: CutPoint, page: string) => string = () => '',
): Promise<number> {
  let page = '';
  // The web app runs as its owner; the visitor is the active user.
  const submit: Step = (addon, ws) => {
    ws.runAs = who;
    page = post(addon, url, fields);
  };
  // The lines the uncut submit adds to the Log (a journal, which end-state compares by its header only).
  const logBefore = logLines(loaded(saved)).length;
  let logged: string[] | null = null;
  const r = sweep(saved, [submit], await addOnCode(), {
    check: (ws, _at, cut) => {
      logged ??= logLines(cut.uncut).slice(logBefore);
      // A submit only appends: exactly the uncut run's lines after the earlier ones (a line written twice fails).
      const added = logLines(ws).slice(logBefore);
      if (JSON.stringify(added) !== JSON.stringify(logged))
        return `Log adds ${added.join(' | ')}, not ${logged.join(' | ')}`;
      return again(cut, page);
    },
  });
  expect(r.failures).toEqual([]);
  // Every service the submit writes (the Plan row, the Log and Notifications, the link's record …), every write.
  expect(r.cuts.get('sheets')).toBeGreaterThan(0);
  expect(r.cuts.get('properties')).toBeGreaterThan(0);
  return [...r.cuts.values()].reduce((a, b) => a + b, 0);
}
