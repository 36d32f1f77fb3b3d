/**
 * Calendar's usage limits as the sync meets them (https://developers.google.com/workspace/calendar/api/guides/errors):
 * rate limits (403 rateLimitExceeded, 403 userRateLimitExceeded, 429) are retried with exponential backoff and the
 * run finishes; the day's limit (403 quotaExceeded, "Calendar usage limits exceeded.") stops the run for the day with
 * the rest pending, and the next day's run finishes it, no event made twice. The emulation answers as the guide's
 * JSON says (test/local/conformance/calendar-api.test.ts). A small plan (test/warm-fixtures.ts SMALL_PLAN) keeps it
 * cheap.
 */
import { readSettings } from '../../src/core/sheets/settings';
import type { CalendarState } from '../../src/local/workspace/calendar-api';
import type { Workspace } from '../../src/local/workspace/workspace';
import { installed, sheetValues } from '../helpers';
import { SMALL_PLAN } from '../warm-fixtures';

type Outcome = {
  ok: boolean;
  finished: boolean;
  report: string[];
  calendar: { created: number; errors: number; pending: number };
};

async function smallPlan(options: Parameters<typeof installed>[0] = {}) {
  const r = await installed(options);
  r.addon.josparImportPlan(
    SMALL_PLAN.map((i) => ({ ...i })),
    'test',
  );
  return r;
}

function ownCalendar(ws: Workspace): CalendarState {
  return ws.calendars.calendars.find((c) => c.id !== ws.calendars.defaultId)!;
}
const live = (ws: Workspace) => ownCalendar(ws).events.filter((e) => e.status !== 'cancelled');
const keys = (ws: Workspace) => live(ws).map((e) => e.extendedProperties?.private?.josparKey ?? '');

/** The Plan's Calendar state column, as the rows show it. */
function calendarStates(ws: Workspace): string[] {
  const rows = sheetValues(ws, 'Жоспар');
  const col = (rows[0] as string[]).indexOf('Күнтізбе күйі');
  return rows.slice(1).map((r) => String(r[col]));
}

describe('Calendar usage limits', () => {
  it('retries 403 rateLimitExceeded, 429 and 403 userRateLimitExceeded with exponential backoff, and finishes', async () => {
    // Write #1 makes the calendar, #2 the first event; the second event's insert is refused three times over.
    const { ws, addon } = await smallPlan({
      faults: [
        { service: 'calendar', n: 3, mode: 'throw', answer: 'rateLimitExceeded' },
        { service: 'calendar', n: 4, mode: 'throw', answer: 'tooManyRequests' },
        { service: 'calendar', n: 5, mode: 'throw', answer: 'userRateLimitExceeded' },
      ],
    });
    const tries: number[] = [];
    ws.counter.onCall = (call) => {
      if (call === 'CalendarEvents.insert') tries.push(ws.clock.now());
    };
    const out = addon.josparSyncCalendar() as Outcome;
    expect(out).toMatchObject({ finished: true, calendar: { errors: 0, pending: 0 } });
    expect(live(ws)).toHaveLength(out.calendar.created);
    // The refused insert (tries 2, 3, 4) waited 1, 2, then 4 seconds (and a jitter under a quarter second) each time.
    const waits = [tries[2] - tries[1], tries[3] - tries[2], tries[4] - tries[3]];
    [1000, 2000, 4000].forEach((ms, i) => {
      expect(waits[i]).toBeGreaterThanOrEqual(ms);
      expect(waits[i]).toBeLessThan(ms + 250);
    });
    expect(calendarStates(ws).some((s) => /Rate Limit|қате/.test(s))).toBe(false);
  });

  it("stops for the day at Calendar's quotaExceeded, and the next day's run finishes without a second event", async () => {
    const reference = await smallPlan();
    const all = (reference.addon.josparSyncCalendar() as Outcome).calendar.created;
    expect(all).toBeGreaterThan(1);

    const { ws, addon } = await smallPlan();
    ws.calendars.dailyCreateCap = Math.ceil(all / 2); // Calendar's own cap: it answers 403 quotaExceeded past it
    const first = addon.josparSyncCalendar() as Outcome;
    expect(first).toMatchObject({ ok: true, finished: false, calendar: { errors: 0 } });
    expect(first.calendar.created).toBe(Math.ceil(all / 2));
    expect(first.calendar.pending).toBeGreaterThan(0);
    expect(first.report.join(' ')).toMatch(/ертең/); // the day's limit: "… continues by itself tomorrow"
    expect(calendarStates(ws).filter((s) => s === 'күтуде').length).toBeGreaterThan(0);
    expect(calendarStates(ws).some((s) => /usage limits/.test(s))).toBe(false); // pending, not an error

    // The hourly trigger the same day: nothing read, no call to Calendar.
    ws.clock.advance(3600 * 1000);
    ws.counter.reset();
    const waiting = addon.josparHourly() as { unfinished: string[] };
    expect(waiting.unfinished).toContain('calendar');
    expect(ws.counter.total('Calendar')).toBe(0);

    ws.clock.advance(24 * 3600 * 1000);
    addon.josparHourly();
    expect(ws.properties.document.has('jospar.schedule.continue:calendar')).toBe(false);
    expect(live(ws)).toHaveLength(all);
    expect(new Set(keys(ws)).size).toBe(all);
    expect(keys(ws).sort()).toEqual(keys(reference.ws).sort());
    expect(calendarStates(ws)).not.toContain('күтуде');
  });

  it('takes the daily cap from Settings: Workspace by default, a margin below the cap enforced', () => {
    expect(readSettings(new Map()).calendarDailyEvents).toBe(9000);
    expect(readSettings(new Map([['calendarDailyEvents', '4 500']])).calendarDailyEvents).toBe(4500);
    const over = readSettings(new Map([['calendarDailyEvents', '10000']]));
    expect(over.calendarDailyEvents).toBe(9000);
    expect(over.problems.join()).toMatch(/calendarDailyEvents/);
  });
});
