/**
 * Long actions note how far they have got (src/gas/progress.ts): the sidebar asks for the note while it waits, and a
 * run from the menu shows it as a toast. Measured on a workspace whose calls take time, as Apps Script's do.
 */
import { installed } from '../helpers';
import type { Workspace } from '../../src/local/workspace/workspace';
import { applyPeople, EXAMPLE_PEOPLE, readPeopleCsv } from '../../src/local/cli/people';

/** Every progress note the run wrote, read from the user cache after each service call. */
function watchNotes(ws: Workspace): Array<{ job: string; done: number; total: number }> {
  const notes: Array<{ job: string; done: number; total: number }> = [];
  const before = ws.counter.onCall;
  ws.counter.onCall = (call) => {
    before?.(call);
    const text = ws.caches.user.get('jospar.progress')?.value;
    const last = notes[notes.length - 1];
    if (text && (!last || JSON.stringify(last) !== text)) notes.push(JSON.parse(text));
  };
  return notes;
}

describe('progress of long actions', () => {
  it('the sync notes done of total every few seconds, toasts it from the menu, and clears it at the end', async () => {
    const { ws, addon } = await installed({ now: Date.parse('2025-09-01T04:00:00Z'), latencyMs: 100 });
    addon.josparSetUpPlan();
    const notes = watchNotes(ws);
    ws.counter.reset();
    const out = addon.josparSyncCalendar() as { calendar: { created: number } };
    const total = out.calendar.created;
    expect(total).toBeGreaterThan(100);
    expect(notes[0]).toEqual({ job: 'sync', done: 0, total });
    // Rising, never past the total, and few: about one every two seconds of a run of ~100 ms a call.
    const dones = notes.map((n) => n.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(Math.max(...dones)).toBeLessThanOrEqual(total);
    expect(notes.length).toBeGreaterThan(3);
    expect(ws.counter.counts.get('Cache.put')).toBe(notes.length);
    expect(notes.length).toBeLessThan(total / 10);
    // Run from the menu: the same notes as toasts, in the spreadsheet's language.
    const toasts = ws.spreadsheet._toasts.filter((t) => /^Орындалуда: \d+ \/ \d+$/.test(t.message));
    expect(toasts.map((t) => t.message)).toEqual(notes.map((n) => `Орындалуда: ${n.done} / ${n.total}`));
    // Nothing is left behind for the next action.
    expect(JSON.parse(JSON.stringify(addon.josparSidebarProgress()))).toMatchObject({ ok: true, value: null });
  });

  it('not interactive (sidebar, trigger) the note is written but nothing pops up; orders and mail note it too', async () => {
    const { ws, addon } = await installed({ now: Date.parse('2025-10-01T04:00:00Z'), latencyMs: 100 });
    addon.josparSetUpPlan();
    expect(applyPeople(ws, readPeopleCsv(EXAMPLE_PEOPLE).people)).toEqual([]);
    addon.josparRefreshDeadlines();
    const notes = watchNotes(ws);
    const toastsBefore = ws.spreadsheet._toasts.length;
    addon.josparSidebarSyncAll();
    expect(notes.filter((n) => n.job === 'sync').length).toBeGreaterThan(1);
    addon.josparCreateTemplates();
    const orders = addon.josparGenerateDocuments({ kind: 'order', interactive: false }) as { created: number };
    expect(notes.find((n) => n.job === 'documents')).toEqual({ job: 'documents', done: 0, total: orders.created });
    const before = ws.mail.sent.length;
    addon.josparDailyMail();
    const sent = ws.mail.sent.length - before;
    expect(sent).toBeGreaterThan(0);
    expect(notes.find((n) => n.job === 'mail')).toEqual({ job: 'mail', done: 0, total: sent });
    expect(ws.spreadsheet._toasts.length).toBe(toastsBefore);
  });

  it('an empty action writes no note, and the progress answer refuses nothing', async () => {
    const { ws, addon } = await installed({ now: Date.parse('2025-09-01T04:00:00Z') });
    addon.josparSetUpPlan();
    addon.josparSyncCalendar();
    const notes = watchNotes(ws);
    ws.counter.reset();
    addon.josparSyncCalendar(); // nothing changed: nothing to do
    expect(notes).toEqual([]);
    expect(ws.counter.counts.get('Cache.put') ?? 0).toBe(0);
  });
});
