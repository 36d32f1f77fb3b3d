/**
 * The Calendar card's cost, for `npm run bench`: opening an event's card (one Events.get, the plan opened by id, its
 * small sheets and the item's row read) and the Mark done callback (the same, then the row's cells, one Log and one
 * Notifications line written); and a viewer's report where a keeper confirms (the report mailed to the keeper), the
 * keeper's Return of it and Confirm done of the next one from Gmail. Google stops a card's callback at 30 seconds:
 * the Apps Script estimate under the bench's latency table (and 500 ms to open a spreadsheet by id) must stay far
 * below that, whatever the plan's size.
 */
import { loadAddOn, loadCardAddOn } from '../run-addon';
import { setSetting } from './bench-plans';
import { calendarEvent, cardHost, gmailEvent } from '../workspace/addon-events';
import { mailboxOf } from '../workspace/gmail';
import { Workspace } from '../workspace/workspace';

const VIEWER = 'dean.viewer@edu.ektu.kz';

/** Google's limit for a card action's callback. */
export const CARD_CALLBACK_LIMIT_S = 30;

export function cardsBench(
  plans: Array<[string, readonly object[]]>,
  latencyOf: (call: string) => number,
): Record<string, unknown> {
  const latency = (call: string) => (call === 'SpreadsheetApp.openById' ? 500 : latencyOf(call));
  const out: Record<string, unknown> = { limitSeconds: CARD_CALLBACK_LIMIT_S };
  for (const [label, items] of plans) {
    const ws = new Workspace({ now: Date.parse('2025-10-01T04:00:00Z') });
    const sheets = loadAddOn(ws);
    sheets.josparImportPlan(
      items.map((i) => ({ ...i })),
      'bench',
    );
    sheets.josparSyncCalendar();
    setSetting(ws, 'doneReview', 'yes');
    ws.spreadsheet._viewers = [VIEWER];
    const own = ws.calendars.calendars.find((c) => c.id !== ws.calendars.defaultId);
    // The last items' events (the cost must not grow with the row's position): one marked done by an editor, the one
    // of another item before it reported by a viewer.
    const events = own?.events.filter((e) => e.status !== 'cancelled' && !e.recurrence?.length) ?? [];
    const itemOf = (e: (typeof events)[number] | undefined) => e?.extendedProperties?.private?.josparKey?.split('#')[0];
    const event = events.at(-1);
    const reported = [...events].reverse().find((e) => itemOf(e) !== itemOf(event));
    if (!event || !reported) continue;
    const cards = loadCardAddOn(ws);
    const host = cardHost(cards, calendarEvent(ws, event.id, { locale: 'en' }));
    const measure = (f: () => unknown) => {
      ws.counter.reset();
      const t = Date.now();
      f();
      const ms = Date.now() - t;
      const costs = [...ws.counter.counts].map(([call, n]) => ({ call, n, ms: latency(call) * n }));
      const estimate = costs.reduce((sum, c) => sum + c.ms, 0);
      return {
        localMs: ms,
        appsScriptSeconds: +(estimate / 1000).toFixed(2),
        calls: ws.counter.total(),
        costliest: costs
          .sort((a, b) => b.ms - a.ms)
          .slice(0, 5)
          .map((c) => `${c.call} ×${c.n}`),
        error: host.error,
      };
    };
    const open = measure(() => host.open('josparCalendarEventOpen'));
    const markDone = measure(() => host.click('Mark done', { evidence: 'https://x.kz/e', note: 'bench' }));
    ws.runAs = VIEWER;
    const viewer = cardHost(cards, calendarEvent(ws, reported.id, { locale: 'en' })).open('josparCalendarEventOpen');
    const report = measure(() => viewer.click('Mark done', { evidence: 'https://x.kz/e', note: 'bench' }));
    // The keeper returns that report, the viewer reports again (the card drawn again), and the keeper confirms it.
    const keeperOpens = () => {
      ws.runAs = null;
      const mail = mailboxOf(ws.mail, ws.user).at(-1);
      return cardHost(cards, gmailEvent(ws, mail?.id ?? '', { locale: 'en' })).open('josparGmailMessageOpen');
    };
    const returned = keeperOpens();
    const giveBack = measure(() => returned.click('Return', { reason: 'bench' }));
    ws.runAs = VIEWER;
    viewer.open('josparCalendarEventOpen').click('Mark done', { evidence: 'https://x.kz/e', note: 'again' });
    const keeper = keeperOpens();
    const confirm = measure(() => keeper.click('Confirm done'));
    const item = event.extendedProperties?.private?.josparKey;
    out[label] = { item, open, markDone, report, return: giveBack, confirm };
  }
  return out;
}
