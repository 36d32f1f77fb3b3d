import ICAL from 'ical.js';
import { calendarToIcs } from '../../src/local/export/ics';
import { loadAddOn } from '../../src/local/run-addon';
import { instancesOf, type ApiEvent, type CalendarState } from '../../src/local/workspace/calendar-api';
import { Workspace } from '../../src/local/workspace/workspace';
import { DOMParser } from '@xmldom/xmldom';
import { columnOf, installed, setSettingValue, sheetValues } from '../helpers';
import { setUpWorkspace } from '../warm-fixtures';
import { addOnCode, sweep, type Step } from '../cut-replay';
import { DEFAULT_CALENDAR_2025_2026 } from '../../src/core/calendar/academic-calendar';
import { planYear } from '../../src/core/calendar/dates';
import { DAYS_OFF_2025_2026 } from '../../src/core/calendar/holidays';
import { parseDeadline } from '../../src/core/deadline/engine';
import type { Schedule } from '../../src/core/deadline/types';

type Outcome = {
  ok: boolean;
  finished: boolean;
  calendar: { created: number; updated: number; deleted: number; unchanged: number; errors: number; pending: number };
  calendarId: string;
  report: string[];
};

/** Jospar's calendar: the one Settings names (a run cut off right after making it may have left an empty twin). */
function jospar(ws: Workspace): CalendarState {
  const settings = sheetValues(ws, 'Баптаулар');
  const id = String(settings.find((r) => r[0] === 'calendarId')?.[settings[0].indexOf('Мәні')] ?? '');
  return ws.calendars.calendars.find((c) => c.id === id)!;
}

/** The events of Jospar's calendar that are there (not removed). */
function live(ws: Workspace): ApiEvent[] {
  return jospar(ws).events.filter((e) => e.status !== 'cancelled');
}

const keyOf = (e: ApiEvent) => e.extendedProperties?.private?.josparKey ?? '';

function setSetting(ws: Workspace, key: string, value: string): void {
  setSettingValue(ws, key, value);
}

function planCell(ws: Workspace, id: string, header: string) {
  const sheet = ws.spreadsheet.getSheetByName('Жоспар')!;
  const values = sheet.getDataRange().getValues();
  const h = values[0] as string[];
  const row = values.findIndex((r) => r[h.indexOf('ID')] === id) + 1;
  return sheet.getRange(row, h.indexOf(header) + 1);
}

function setEmails(ws: Workspace, role: string, emails: string): void {
  const roles = ws.spreadsheet.getSheetByName('Рөлдер')!;
  const values = roles.getDataRange().getValues();
  roles
    .getRange(values.findIndex((r) => r[0] === role) + 1, (values[0] as string[]).indexOf('Email') + 1)
    .setValue(emails);
}

/**
 * Key → (date, recurrence, title, guests, reminders, description, private properties) of every event there: the
 * calendar's content, comparable.
 */
function contents(ws: Workspace): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of live(ws))
    out[keyOf(e) || `foreign:${e.id}`] = [
      e.start.date,
      (e.recurrence ?? []).join(' '),
      e.summary,
      (e.attendees ?? []).map((a) => a.email).join(','),
      (e.reminders?.overrides ?? []).map((r) => r.minutes).join(','),
      e.description,
      JSON.stringify(e.extendedProperties?.private ?? {}),
    ].join('|');
  return out;
}

describe('Sync calendar', () => {
  for (const policy of ['none', 'previous'] as const)
    it(`puts every due date an invitee can act on in the calendar, as the ICS shows to a real parser (${policy})`, async () => {
      const { ws, addon } = await setUpWorkspace();
      setSetting(ws, 'workingDayPolicy', policy);
      addon.josparRefreshDeadlines();
      const outcome = addon.josparSyncCalendar() as Outcome;
      expect(outcome.ok && outcome.finished).toBe(true);
      const cal = jospar(ws);
      // Every regular recurrence of the plan is one series, whatever the policy (BYSETPOS, EXDATE and RDATE say it).
      expect(live(ws).filter((e) => e.recurrence?.length)).toHaveLength(8);

      const ics = calendarToIcs(cal, ws.clock.now());
      const comp = new ICAL.Component(ICAL.parse(ics));
      const byItem = new Map<string, string[]>();
      for (const v of comp.getAllSubcomponents('vevent')) {
        const event = new ICAL.Event(v);
        expect(v.getFirstPropertyValue('dtstart')!.toString()).toMatch(/^\d{4}-\d{2}-\d{2}$/); // all-day
        const key = String(v.getFirstPropertyValue('x-jospar-key'));
        const item = key.split('#')[0];
        const dates: string[] = [];
        if (event.isRecurring()) {
          const it = event.iterator();
          for (let next = it.next(); next; next = it.next()) dates.push(next.toString());
        } else dates.push(event.startDate.toString());
        byItem.set(item, [...(byItem.get(item) ?? []), ...dates]);
        expect(v.getAllSubcomponents('valarm')).toHaveLength(2); // 7 and 1 days before
      }
      // Every item's occurrences are exactly the engine's dates for its deadline under the policy.
      const rows = sheetValues(ws, 'Жоспар');
      const h = rows[0] as string[];
      const ctx = {
        year: planYear('2025-2026')!,
        calendar: DEFAULT_CALENDAR_2025_2026,
        daysOff: new Set(DAYS_OFF_2025_2026),
        policy,
      };
      // What the calendar shows of an item (core/calendar-sync/event-dates.ts), synced first today, 1 October 2025:
      // its dates from today on; if all had passed, the latest (it is overdue: not done); if it is due only because
      // the whole year is its window, nothing (no pile of such items on the year's last day).
      const today = '2025-10-01';
      const shown = (s: Schedule) => {
        if (s.throughoutYear) return [];
        const ahead = s.dueWorking.filter((d) => d >= today);
        return ahead.length ? ahead : s.dueWorking.slice(-1);
      };
      let withDates = 0;
      let throughoutYear = 0;
      for (const r of rows.slice(1)) {
        const id = String(r[h.indexOf('ID')]);
        const links = String(r[h.indexOf('Күнтізбе кезеңдері')])
          .split(/[,\s]+/)
          .filter(Boolean);
        const schedule = parseDeadline(String(r[h.indexOf('Орындау мерзімі')]), { ...ctx, links });
        if (schedule.throughoutYear) throughoutYear++;
        const expected = shown(schedule);
        if (expected.length > 0) withDates++;
        expect([...(byItem.get(id) ?? [])].sort()).toEqual(expected);
        // The emulation's own expansion agrees with ical.js.
        const mine = live(ws)
          .filter((e) => keyOf(e).split('#')[0] === id)
          .flatMap(instancesOf)
          .sort();
        expect(mine).toEqual(expected);
      }
      expect(byItem.size).toBe(withDates);
      // "Оқу жылы бойы", "Жыл бойы", "оқу жылы ішінде": 42 items of the plan, none in the calendar.
      expect(throughoutYear).toBe(42);
      // Monthly on the 20th: September's date had passed at the first sync; the other eleven are one series.
      const series = byItem.get('1.24')!.sort();
      expect(series).toHaveLength(11);
      expect(series[0]).toBe('2025-10-20');
    });

  it('makes a monthly item one series on the working days, and costs one calendar call per event', async () => {
    // Synced first on the year's first day (as `npm start` does), so that every date of the year is still ahead.
    const { ws, addon } = await installed({ now: Date.parse('2025-09-01T04:00:00Z') });
    addon.josparSetUpPlan();
    ws.counter.reset();
    addon.josparSyncCalendar();
    // "Әр айдың 20-сына дейін": the 20th, or the Friday before when it falls on a weekend. September's is moved before
    // the rule's first day, so it is an event of its own; December's and June's are moved inside the series.
    const events = live(ws).filter((e) => keyOf(e).startsWith('1.24#'));
    expect(events.map(keyOf).sort()).toEqual(['1.24#1', '1.24#series']);
    const series = events.find((e) => e.recurrence)!;
    expect(series.recurrence).toEqual([
      'RRULE:FREQ=MONTHLY;BYMONTHDAY=20;COUNT=11',
      'EXDATE;VALUE=DATE:20251220,20260620',
      'RDATE;VALUE=DATE:20251219,20260619',
    ]);
    const days = events.flatMap(instancesOf).sort();
    expect(days).toHaveLength(12);
    expect(days[0]).toBe('2025-09-19'); // 20 September 2025 is a Saturday
    expect(days).not.toContain('2025-09-20');
    // Month ends: "the last weekday of the month", one series.
    const monthly = live(ws).filter((e) => keyOf(e).startsWith('3.04#'));
    expect(monthly).toHaveLength(1);
    expect(monthly[0].recurrence).toEqual(['RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=12']);
    expect(ws.counter.total('Calendar')).toBe(live(ws).length + 1); // the events, and the calendar itself
    expect(ws.counter.counts.get('CalendarEvents.insert')).toBe(live(ws).length);
  });

  it('makes no calendar write when nothing changed, and updates in place when something did', async () => {
    const { ws, addon } = await setUpWorkspace();
    setEmails(ws, 'ОПҰжМБ бастығы', 'head@edu.ektu.kz');
    addon.josparRefreshDeadlines();
    addon.josparSyncCalendar();
    ws.counter.reset();
    const again = addon.josparSyncCalendar() as Outcome;
    expect(ws.counter.total('Calendar')).toBe(0);
    expect(ws.counter.writes.get('properties') ?? 0).toBe(0);
    expect(ws.counter.counts.get('Range.setValues') ?? 0).toBe(0);
    expect(again.calendar).toMatchObject({ created: 0, updated: 0, deleted: 0 });

    const event = () => live(ws).find((e) => keyOf(e) === '1.02#1')!;
    const id = event().id;
    expect(event().attendees).toEqual([{ email: 'head@edu.ektu.kz' }]);
    // Guests are added without an invitation email: no storm on the first sync.
    expect(ws.calendars.emails['head@edu.ektu.kz'] ?? 0).toBe(0);
    // A new wording: the same event, patched, nobody emailed.
    planCell(ws, '1.02', 'Іс-шаралар').setValue('Академиялық күнтізбелерді бекіту, жаңа редакция');
    ws.counter.reset();
    let out = addon.josparSyncCalendar() as Outcome;
    expect(out.calendar).toMatchObject({ created: 0, updated: 1, deleted: 0 });
    expect(ws.counter.total('Calendar')).toBe(2); // the named calendar checked, one patch
    expect(event().id).toBe(id);
    expect(event().summary).toContain('жаңа редакция');
    expect(ws.calendars.emails['head@edu.ektu.kz'] ?? 0).toBe(0);
    // A new date: the same event moved, and its guest told once.
    const deadline = planCell(ws, '1.02', 'Орындау мерзімі');
    deadline.setValue('15.09.2025 ж. дейін');
    addon.onEdit({ range: deadline, source: ws.spreadsheet });
    out = addon.josparSyncCalendar() as Outcome;
    expect(out.calendar).toMatchObject({ created: 0, updated: 1, deleted: 0 });
    expect(event().id).toBe(id);
    expect(event().start).toEqual({ date: '2025-09-15' });
    expect(event().end).toEqual({ date: '2025-09-16' });
    expect(ws.calendars.emails['head@edu.ektu.kz']).toBe(1);
  });

  it('tells nobody by email on the first sync, however many events a person is invited to', async () => {
    const { ws, addon } = await setUpWorkspace();
    setEmails(ws, 'ОПҰжМБ бастығы', 'head@edu.ektu.kz');
    setEmails(ws, 'ТО бастығы', 'to-head@edu.ektu.kz');
    addon.josparRefreshDeadlines();
    addon.josparSyncCalendar();
    const invited = live(ws).filter((e) => e.attendees?.some((a) => a.email === 'head@edu.ektu.kz'));
    expect(invited.length).toBeGreaterThan(20);
    expect(Math.max(0, ...Object.values(ws.calendars.emails))).toBeLessThanOrEqual(1);
  });

  it('emails a person at most once in a run, however many of their events move', async () => {
    const { ws, addon } = await setUpWorkspace();
    setEmails(ws, 'ОПҰжМБ бастығы', 'head@edu.ektu.kz');
    setEmails(ws, 'ТО бастығы', 'to-head@edu.ektu.kz');
    addon.josparRefreshDeadlines();
    addon.josparSyncCalendar();
    // Due dates on weekends move to the next working day instead: many events of the same people move at once.
    setSetting(ws, 'workingDayPolicy', 'next');
    addon.josparRefreshDeadlines();
    const out = addon.josparSyncCalendar() as Outcome;
    expect(out.calendar.updated).toBeGreaterThan(10);
    expect(ws.calendars.emails['head@edu.ektu.kz']).toBe(1);
    expect(Math.max(...Object.values(ws.calendars.emails))).toBe(1);
  });

  it('updates a series in place when its rule changes', async () => {
    const { ws, addon } = await setUpWorkspace();
    setSetting(ws, 'workingDayPolicy', 'none');
    addon.josparRefreshDeadlines();
    addon.josparSyncCalendar();
    const series = () => live(ws).filter((e) => keyOf(e) === '1.24#series');
    expect(series()).toHaveLength(1);
    const id = series()[0].id;
    planCell(ws, '1.24', 'Іс-шаралар').setValue('Сағаттық төлем өтініштері');
    expect((addon.josparSyncCalendar() as Outcome).calendar).toMatchObject({ created: 0, updated: 1, deleted: 0 });
    expect(series()[0].id).toBe(id);
    const deadline = planCell(ws, '1.24', 'Орындау мерзімі');
    deadline.setValue('Әр айдың 25-іне дейін');
    addon.onEdit({ range: deadline, source: ws.spreadsheet });
    expect((addon.josparSyncCalendar() as Outcome).calendar).toMatchObject({ created: 0, updated: 1, deleted: 0 });
    expect(series()).toHaveLength(1);
    expect(series()[0].id).toBe(id);
    // The item's events start where its first sync (1 October) started them: 25 September stays out.
    expect(series()[0].recurrence).toEqual(['RRULE:FREQ=MONTHLY;BYMONTHDAY=25;COUNT=11']);
  });

  it("keeps a done item's events, greyed and marked, without reminders", async () => {
    const { ws, addon } = await setUpWorkspace();
    addon.josparSyncCalendar();
    planCell(ws, '1.10', 'Мәртебе').setValue('Орындалды');
    const out = addon.josparSyncCalendar() as Outcome;
    expect(out.calendar).toMatchObject({ created: 0, updated: 2, deleted: 0 });
    const events = live(ws).filter((e) => keyOf(e).startsWith('1.10#'));
    expect(events).toHaveLength(2);
    for (const e of events) {
      expect(e.summary!.startsWith('✓ ')).toBe(true);
      expect(e.reminders).toEqual({ useDefault: false, overrides: [] });
      expect(e.colorId).toBe('8');
    }
  });

  it('deletes only the events Jospar made, for items cancelled or gone, and brings a restored item back', async () => {
    const { ws, addon } = await setUpWorkspace();
    addon.josparSyncCalendar();
    const cal = jospar(ws);
    // Someone adds an event of their own to the department's calendar.
    const g = ws.globals() as { Calendar: { Events: { insert: (r: object, c: string) => ApiEvent } } };
    g.Calendar.Events.insert(
      { summary: 'Кафедра отырысы', start: { date: '2025-10-15' }, end: { date: '2025-10-16' } },
      cal.id,
    );
    const of = (prefix: string) => live(ws).filter((e) => keyOf(e).startsWith(prefix));
    expect(of('3.04#')).toHaveLength(1); // monthly: one series
    const gone = of('3.04#').length + of('1.05#').length;
    planCell(ws, '3.04', 'Мәртебе').setValue('Тоқтатылды');
    const sheet = ws.spreadsheet.getSheetByName('Жоспар')!;
    sheet.deleteRow(planCell(ws, '1.05', 'ID').getRow());
    const out = addon.josparSyncCalendar() as Outcome;
    expect(out.calendar.deleted).toBe(gone);
    expect(live(ws).some((e) => e.summary === 'Кафедра отырысы')).toBe(true);
    expect(of('3.04#')).toHaveLength(0);
    expect(planCell(ws, '3.04', 'Күнтізбе күйі').getValue()).toBe('тоқтатылды');
    // Brought back: the removed event (its id is the key's) is restored by one patch, never doubled.
    planCell(ws, '3.04', 'Мәртебе').setValue('');
    ws.counter.reset();
    expect((addon.josparSyncCalendar() as Outcome).calendar).toMatchObject({ created: 1, errors: 0 });
    expect(of('3.04#')).toHaveLength(1);
    expect(jospar(ws).events.filter((e) => keyOf(e).startsWith('3.04#'))).toHaveLength(1);
    expect(ws.counter.counts.get('CalendarEvents.patch')).toBe(1);
  });

  it('marks rows without guests or with bad deadlines, invites only the allowed domain, and syncs the rest', async () => {
    const { ws, addon } = await setUpWorkspace();
    setEmails(ws, 'ТО бастығы', 'to-head@edu.ektu.kz, friend@gmail.com');
    planCell(ws, '1.03', 'Орындау мерзімі').setValue('32.13.2025');
    addon.josparRefreshDeadlines();
    const out = addon.josparSyncCalendar() as Outcome;
    expect(out.calendar.errors).toBe(0);
    expect(planCell(ws, '1.03', 'Күнтізбе күйі').getValue()).toMatch(/^қате: /);
    expect(planCell(ws, '1.02', 'Күнтізбе күйі').getValue()).toBe('синхрондалды, шақырусыз');
    expect(planCell(ws, '3.06', 'Күнтізбе күйі').getValue()).toBe('мерзімсіз'); // on request
    const guests = (e: ApiEvent) => (e.attendees ?? []).map((a) => a.email).sort();
    const to = live(ws).filter((e) => keyOf(e).startsWith('3.10#'));
    expect(to.length).toBe(2);
    for (const e of to) expect(guests(e)).toEqual(['to-head@edu.ektu.kz']);
    expect(planCell(ws, '3.10', 'Күнтізбе күйі').getValue()).toBe('синхрондалды');
    // The outside address is the role's problem: said once on the Roles sheet (and the Overview), not on each row.
    expect(planCell(ws, '3.10', 'Мәселелер').getValue()).not.toMatch(/friend@gmail\.com/);
    const roles = sheetValues(ws, 'Рөлдер');
    const check = (roles[0] as string[]).indexOf('Тексеру');
    expect(String(roles.find((r) => r[0] === 'ТО бастығы')![check])).toMatch(/friend@gmail\.com/);
    // Once Settings allows the other domain, the guest is added to the existing events.
    setSetting(ws, 'extraDomains', 'gmail.com');
    addon.josparRefreshDeadlines();
    expect((addon.josparSyncCalendar() as Outcome).calendar).toMatchObject({ created: 0, deleted: 0 });
    for (const e of live(ws).filter((x) => keyOf(x).startsWith('3.10#')))
      expect(guests(e)).toEqual(['friend@gmail.com', 'to-head@edu.ektu.kz']);
  });

  it('says on the row why an item with dates has no event: the whole year, or dates past when first synced', async () => {
    const { ws, addon } = await setUpWorkspace(); // 1 October 2025
    planCell(ws, '1.03', 'Мәртебе').setValue('Орындалды'); // due 28 August 2025, done: nothing late to show
    const out = addon.josparSyncCalendar() as Outcome;
    expect(out.calendar.errors).toBe(0);
    expect(planCell(ws, '2.01', 'Күнтізбе күйі').getValue()).toBe('жыл бойы, күнтізбеде оқиғасыз'); // "Оқу жылы бойы"
    expect(planCell(ws, '1.04', 'Күнтізбе күйі').getValue()).toBe('жыл бойы, күнтізбеде оқиғасыз'); // "оқу жылы ішінде"
    expect(planCell(ws, '1.03', 'Күнтізбе күйі').getValue()).toBe('мерзімдері өтіп кеткен, оқиғасыз');
    // The same date, not done: overdue, so it is in the calendar.
    expect(
      live(ws)
        .filter((e) => keyOf(e).startsWith('1.02#'))
        .map((e) => e.start.date),
    ).toEqual(['2025-08-28']);
    expect(live(ws).some((e) => /^(2\.01|1\.0[34])#/.test(keyOf(e)))).toBe(false);
  });

  it('does not run while another run holds the lock', async () => {
    const { ws, addon } = await setUpWorkspace();
    ws.holdLock('document');
    const out = addon.josparSyncCalendar() as Outcome;
    expect(out.ok).toBe(false);
    expect(ws.counter.writes.get('calendar') ?? 0).toBe(0);
  });

  it('stops at its time budget, the one hourly trigger continues it, and the continuation finishes the job', async () => {
    const reference = await setUpWorkspace();
    const all = (reference.addon.josparSyncCalendar() as Outcome).calendar.created;
    const { ws, addon } = await installed({ latencyMs: 400 });
    addon.josparSetUpPlan();
    setSetting(ws, 'runBudgetSeconds', '30');
    const first = addon.josparSyncCalendar() as Outcome;
    expect(first.finished).toBe(false);
    expect(first.calendar.pending).toBeGreaterThan(0);
    // All scheduled work is one hourly trigger (an add-on may hold one per user and document).
    expect(ws.triggers.map((t) => t.handler)).toEqual(['josparHourly']);
    expect(ws.properties.document.get('jospar.schedule.continue:calendar')).toBeTruthy();
    expect(sheetValues(ws, 'Жоспар').some((r) => r.includes('күтуде'))).toBe(true);
    let runs = 0;
    while (ws.properties.document.has('jospar.schedule.continue:calendar') && runs++ < 20) {
      ws.clock.advance(3600 * 1000);
      addon.josparHourly();
    }
    expect(ws.properties.document.has('jospar.schedule.continue:calendar')).toBe(false);
    expect(ws.triggers.map((t) => t.handler)).toEqual(['josparHourly']);
    expect(live(ws)).toHaveLength(all);
    expect(new Set(live(ws).map(keyOf)).size).toBe(all);
  });

  it("respects Settings' daily event cap and continues with the rest the next day", async () => {
    const { ws, addon } = await setUpWorkspace();
    setSetting(ws, 'calendarDailyEvents', '4500'); // a consumer account (Calendar allows 5,000)
    ws.properties.document.set('jospar.quota:2025-10-01', '4490'); // ten left today
    const out = addon.josparSyncCalendar() as Outcome;
    expect(out.calendar.created).toBe(10);
    expect(out.finished).toBe(false);
    expect(out.report.join(' ')).toMatch(/ертең/); // "… continues by itself tomorrow"
    expect(ws.properties.document.get('jospar.quota:2025-10-01')).toBe('full');
    expect(ws.properties.document.get('jospar.schedule.continue:calendar')).toBeTruthy();
    // The same day, the hourly trigger's run returns at once: no sheet read, no calendar call.
    ws.clock.advance(3600 * 1000);
    ws.counter.reset();
    expect((addon.josparContinueSync() as Outcome).calendar.created).toBe(0);
    expect(ws.counter.total('Calendar')).toBe(0);
    expect(ws.counter.total('Range')).toBe(0);
    ws.clock.advance(23 * 3600 * 1000); // the next day the quota is fresh
    const next = addon.josparContinueSync() as Outcome;
    expect(live(ws)).toHaveLength(10 + next.calendar.created);
    expect(next.finished).toBe(true);
    expect([...ws.properties.document.keys()].filter((k) => k.startsWith('jospar.quota:'))).toEqual([
      'jospar.quota:2025-10-02',
    ]);
  });

  it('writes no property per event: the calendar holds the keys, the sheet the records', async () => {
    const { ws, addon } = await setUpWorkspace();
    ws.counter.reset();
    const out = addon.josparSyncCalendar() as Outcome;
    expect(out.calendar.created).toBeGreaterThan(100);
    // The new calendar's id, the running mark, the mark cleared with the day's count, and the schedule's owner (the
    // first sync turns the schedule on, for whoever ran it).
    expect(ws.counter.writes.get('properties')).toBe(4);
    expect([...ws.properties.document.keys()].some((k) => k.startsWith('jospar.j:'))).toBe(false);
  });

  it('marks the row of an event Calendar keeps refusing, and syncs the rest', async () => {
    // Write #1 makes the calendar, #2 the first event, #3 the second: refused five times over, it gives up.
    const refused = [3, 4, 5, 6, 7].map((n) => ({ service: 'calendar' as const, n, mode: 'throw' as const }));
    const { ws, addon } = await installed({ faults: refused });
    addon.josparSetUpPlan();
    const out = addon.josparSyncCalendar() as Outcome;
    expect(out.calendar.errors).toBe(1);
    const rows = sheetValues(ws, 'Жоспар');
    const states = rows.map((r) => String(r[(rows[0] as string[]).indexOf('Күнтізбе күйі')]));
    expect(states.filter((s) => s.includes('Rate Limit Exceeded'))).toHaveLength(1);
    // The next run mends it: the missing event made, never a second copy.
    const next = addon.josparSyncCalendar() as Outcome;
    expect(next.calendar).toMatchObject({ created: 1, updated: 0, errors: 0 });
    expect(live(ws)).toHaveLength(out.calendar.created + 1);
    expect(new Set(live(ws).map(keyOf)).size).toBe(live(ws).length);
  });

  it('retries a rate-limited call and goes on', async () => {
    const { ws, addon } = await installed({
      faults: [
        { service: 'calendar', n: 7, mode: 'throw' },
        { service: 'calendar', n: 30, mode: 'throw' },
      ],
    });
    addon.josparSetUpPlan();
    const out = addon.josparSyncCalendar() as Outcome;
    expect(out.calendar.errors).toBe(0);
    expect(live(ws)).toHaveLength(out.calendar.created);
  });
});

/**
 * The events as an invited person's calendar program reads the export (out/calendar.ics), parsed by ical.js: title,
 * the description as the plain text an iCalendar DESCRIPTION is (RFC 5545 §3.8.1.5), and the days.
 */
function asInvitee(ws: Workspace): Map<string, { title: string; text: string; days: string[] }> {
  const comp = new ICAL.Component(ICAL.parse(calendarToIcs(jospar(ws), ws.clock.now())));
  const out = new Map<string, { title: string; text: string; days: string[] }>();
  for (const v of comp.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(v);
    const days: string[] = [];
    if (event.isRecurring()) {
      const it = event.iterator();
      for (let next = it.next(); next; next = it.next()) days.push(next.toString());
    } else days.push(event.startDate.toString());
    out.set(String(v.getFirstPropertyValue('x-jospar-key')), {
      title: event.summary,
      text: event.description ?? '',
      days,
    });
  }
  return out;
}

/**
 * The events as Google Calendar shows them: the title, and the description read as the HTML it is to Google (the
 * events resource: "Can contain HTML"), with how many elements that HTML made.
 */
function inGoogle(ws: Workspace): Map<string, { title: string; text: string; elements: number }> {
  const out = new Map<string, { title: string; text: string; elements: number }>();
  for (const e of live(ws)) {
    const html = new DOMParser({ onError: () => undefined }).parseFromString(
      `<div>${e.description ?? ''}</div>`,
      'text/html',
    );
    out.set(keyOf(e), {
      title: e.summary ?? '',
      text: html.documentElement!.textContent ?? '',
      elements: html.getElementsByTagName('*').length,
    });
  }
  return out;
}

describe('What an invited person sees', () => {
  it('titles without ids, full role names, dates in long form, a link to the row that follows a sort, no key', async () => {
    const { ws, addon } = await setUpWorkspace();
    setEmails(ws, 'ОПҰжМБ бастығы', 'head@edu.ektu.kz');
    addon.josparRefreshDeadlines();
    addon.josparSyncCalendar();
    const rowOf = (key: string) => planCell(ws, key.split('#')[0], 'ID').getRow();
    const check = () => {
      const events = asInvitee(ws);
      expect(events.size).toBe(live(ws).length);
      const google = inGoogle(ws);
      for (const [key, e] of events) {
        // The calendar program shows what Google Calendar shows.
        expect({ title: e.title, text: e.text }).toEqual({
          title: google.get(key)!.title,
          text: google.get(key)!.text,
        });
        expect(e.title).not.toMatch(/\[\d+\.\d+\]|^\d+\.\d+/);
        expect(e.text).not.toMatch(/jospar:key|\d{4}-\d{2}-\d{2}/);
        expect(e.text).toMatch(new RegExp(`#gid=\\d+&range=A${rowOf(key)}$`));
      }
      return events;
    };
    const e = check().get('1.44#1')!;
    expect(e.title).toBe('Апелляциялық комиссия құру туралы бұйрықты жасау');
    expect(e.text).toContain('Жауапты: Оқу процесін ұйымдастыру және мониторингілеу бөлімінің бастығы, ');
    expect(e.text).toContain('Кезең: 2025 жылғы 1 қазан – 2025 жылғы 30 қараша');
    // Sorted by activity: the links follow at the next sync, as quiet patches (nobody emailed), nothing else changes.
    const sheet = ws.spreadsheet.getSheetByName('Жоспар')!;
    const before = new Map(live(ws).map((x) => [keyOf(x), rowOf(keyOf(x))]));
    sheet.getRange(2, 1, sheet.getLastRow() - 1, sheet.getLastColumn()).sort(columnOf(ws, 'Жоспар', 'Іс-шаралар') + 1);
    const moved = [...before].filter(([key, row]) => rowOf(key) !== row).length;
    expect(moved).toBeGreaterThan(50);
    ws.counter.reset();
    const out = addon.josparSyncCalendar() as Outcome;
    expect(out.calendar).toMatchObject({ created: 0, updated: moved, deleted: 0, errors: 0 });
    expect(ws.counter.counts.get('CalendarEvents.patch')).toBe(moved);
    expect(Object.values(ws.calendars.emails).reduce((a, b) => a + b, 0)).toBe(0);
    check();
  });

  it('keeps past events as the days go by; an unchanged plan costs no calendar call however late', async () => {
    const { ws, addon } = await setUpWorkspace();
    addon.josparSyncCalendar();
    const shown = [...asInvitee(ws)].map(([key, e]) => `${key} ${e.days.join(',')}`);
    for (const days of [40, 200, 400]) {
      ws.clock.advance(days * 24 * 3600 * 1000);
      ws.counter.reset();
      const out = addon.josparSyncCalendar() as Outcome;
      expect(ws.counter.total('Calendar')).toBe(0);
      expect(out.calendar).toMatchObject({ created: 0, updated: 0, deleted: 0, unchanged: shown.length });
      expect([...asInvitee(ws)].map(([key, e]) => `${key} ${e.days.join(',')}`)).toEqual(shown);
    }
  });

  it('shows an activity with markup or {{placeholders}} as the characters typed, in title and description', async () => {
    const { ws, addon } = await setUpWorkspace();
    const typed = '<img src=x onerror=alert`1`> {{signatory}} {{#if owners}}x{{/if}} & <b>комиссия</b> құру';
    planCell(ws, '1.44', 'Іс-шаралар').setValue(typed);
    addon.josparSyncCalendar();
    const google = inGoogle(ws).get('1.44#1')!;
    expect(google.title).toBe(typed);
    expect(google.text.split('\n')[0]).toBe(typed);
    expect(google.elements).toBe(1); // the wrapper only: nothing the user typed became an element
    const e = asInvitee(ws).get('1.44#1')!;
    expect(e.title).toBe(typed);
    expect(e.text.split('\n')[0]).toBe(typed);
  });

  it('reads in a calendar program as typed in the plan: & quotes < > , ; Kazakh letters, and the lines', async () => {
    const { ws, addon } = await setUpWorkspace();
    const activity = `Ереже & «нұсқаулық» "жоба" 'тіл' <b>қаулы</b> 1 < 2 > 0, а;б,в әғқңөұүһі ӘҒҚҢӨҰҮҺІ`;
    const deliverable = 'Бұйрық; хаттама, "есеп" & <акт>';
    planCell(ws, '1.44', 'Іс-шаралар').setValue(activity);
    planCell(ws, '1.44', 'Аяқталу түрі').setValue(deliverable);
    addon.josparSyncCalendar();
    const e = asInvitee(ws).get('1.44#1')!;
    expect(e.title).toBe(activity);
    const lines = e.text.split('\n');
    expect(lines[0]).toBe(activity);
    expect(lines[1]).toBe('');
    expect(lines).toContain(`Аяқталу түрі: ${deliverable}`);
    expect(lines.at(-1)).toMatch(
      new RegExp(`^Жоспардағы жолы \\d+ \\(ID 1\\.44\\): https://\\S+#gid=\\d+&range=A\\d+$`),
    );
    expect(e.text).not.toMatch(/&(amp|lt|gt|quot|#\d+);/);
    // Google Calendar's view of the same event, from the HTML the sync wrote: the same title and text.
    const google = inGoogle(ws).get('1.44#1')!;
    expect({ title: e.title, text: e.text }).toEqual({ title: google.title, text: google.text });
  });
});

describe('Sync calendar cut off at any write', () => {
  const items = [
    {
      section: 1,
      sectionTitle: 'Бөлім',
      no: 1,
      activity: 'Бір күн',
      responsible: 'ОПҰжМБ бастығы',
      deadline: '19.12.2025 ж. дейін',
      deliverable: 'Бұйрық',
    },
    {
      section: 1,
      sectionTitle: 'Бөлім',
      no: 2,
      activity: 'Екі ай',
      responsible: 'ОПҰжМБ бастығы',
      deadline: '2025 ж. қазан, 2026 ж. ақпан',
      deliverable: 'Есеп',
    },
    {
      section: 2,
      sectionTitle: 'Бөлім',
      no: 1,
      activity: 'Ай сайын',
      responsible: 'ББТО мамандары',
      deadline: 'Әр айдың 5-іне дейін',
      deliverable: 'Есеп',
    },
    // Past at the first sync (1 October 2025): overdue, so its date is kept in view.
    {
      section: 2,
      sectionTitle: 'Бөлім',
      no: 2,
      activity: 'Өткен күн',
      responsible: 'ББТО мамандары',
      deadline: '15.09.2025 ж. дейін',
      deliverable: 'Есеп',
    },
    // Half past: September is left out, December stays.
    {
      section: 2,
      sectionTitle: 'Бөлім',
      no: 3,
      activity: 'Жартысы өткен',
      responsible: 'ББТО мамандары',
      deadline: '2025 ж. қыркүйек, 2025 ж. желтоқсан',
      deliverable: 'Есеп',
    },
    {
      section: 3,
      sectionTitle: 'Бөлім',
      no: 1,
      activity: 'Талап бойынша',
      responsible: 'ТО мамандары',
      deadline: 'талап бойынша',
      deliverable: 'Анықтама',
    },
  ];

  async function prepared(faults: Workspace['counter']['faults'] = []) {
    const r = await installed({ faults });
    r.addon.josparImportPlan(items, 'small.json');
    setSetting(r.ws, 'workingDayPolicy', 'none');
    setEmails(r.ws, 'ОПҰжМБ бастығы', 'head@edu.ektu.kz');
    r.addon.josparRefreshDeadlines();
    return r;
  }

  it('cut off before its records were written, a run weeks later finds the first day in the events themselves', async () => {
    const reference = await prepared();
    reference.ws.counter.writes.set('calendar', 0);
    reference.addon.josparSyncCalendar();
    const want = contents(reference.ws);
    const total = reference.ws.counter.writes.get('calendar')!;
    // Cut after the last event write: every event made, the records sheet never written.
    const { ws, addon } = await prepared();
    ws.counter.writes.set('calendar', 0);
    ws.counter.faults = [{ service: 'calendar', n: total, mode: 'cut' }];
    expect(() => addon.josparSyncCalendar()).toThrow();
    const resumed = Workspace.fromJSON(JSON.parse(JSON.stringify(ws.toJSON())));
    resumed.clock.advance(40 * 24 * 3600 * 1000); // 10 November: the monthly item's October date has passed
    resumed.counter.reset();
    loadAddOn(resumed).josparSyncCalendar();
    // One list rebuilds the records, keys and first days included: nothing is made or changed again.
    expect(resumed.counter.counts.get('CalendarEvents.list')).toBe(1);
    expect(resumed.counter.writes.get('calendar') ?? 0).toBe(0);
    expect(contents(resumed)).toEqual(want);
  });

  it("counts a cut-off run's new events toward the day's cap: the re-run makes only what the cap leaves", async () => {
    // Four new events a day; the run is cut off right after its third event (write 1 makes the calendar), before it
    // could note the day's count.
    const before = (await prepared()).ws;
    setSetting(before, 'calendarDailyEvents', '4');
    const ws = Workspace.fromJSON(before.snapshot(), { faults: [{ service: 'calendar', n: 4, mode: 'cut' }] });
    expect(() => loadAddOn(ws).josparSyncCalendar()).toThrow();
    // Settings has no calendar id yet: the one calendar Jospar made.
    const own = (w: Workspace) => w.calendars.calendars.filter((c) => c.id !== w.calendars.defaultId);
    expect(own(ws)).toHaveLength(1);
    expect(own(ws)[0].events).toHaveLength(3);
    const resumed = ws.clone();
    const out = loadAddOn(resumed).josparSyncCalendar() as Outcome;
    expect(out.calendar.created).toBe(1);
    expect(out.calendar.pending).toBeGreaterThan(0);
    expect(out.finished).toBe(false);
    expect(live(resumed)).toHaveLength(4);
    expect(resumed.properties.document.get('jospar.quota:2025-10-01')).toBe('full');
    // The next day the rest is made, and that day's count is what that day made.
    resumed.clock.advance(24 * 3600 * 1000);
    const next = loadAddOn(resumed).josparSyncCalendar() as Outcome;
    expect(next.finished).toBe(true);
    expect(live(resumed)).toHaveLength(6);
    expect(resumed.properties.document.get('jospar.quota:2025-10-02')).toBe(String(next.calendar.created));
  });

  it('ends, after a re-run, exactly as when never cut, whichever write of any service it was cut after', async () => {
    const js = await addOnCode();
    const base = (await prepared()).ws.snapshot();
    const sync: Step = (a) => a.josparSyncCalendar();
    const quota = (w: Workspace) => w.properties.document.get('jospar.quota:2025-10-01');
    const r = sweep(base, [sync], js, {
      // Cut right after Calendars.insert, before its id was noted: the re-run makes a second calendar (this scope
      // cannot list calendars to find the first: README, Calendar), and its events, records and Settings name that one.
      // The rest must be as when never cut: the same events and day's count, the first calendar left empty.
      compareAt: (uncut, ws, p) => {
        if (p.service !== 'calendar' || p.n !== 1) return undefined;
        const mine = (w: Workspace) => w.calendars.calendars.filter((c) => c.id !== w.calendars.defaultId);
        if (mine(ws).length !== mine(uncut).length + 1) return `${mine(ws).length} calendars of Jospar's`;
        if (mine(ws).some((c) => c.id !== jospar(ws).id && c.events.length > 0)) return 'events in the twin';
        if (JSON.stringify(contents(ws)) !== JSON.stringify(contents(uncut))) return 'other events';
        return quota(ws) === quota(uncut) ? '' : `the day's count ${quota(ws)}, uncut ${quota(uncut)}`;
      },
      check: (ws, at, p) => {
        // The day's count, said apart from the whole end's comparison: every event the two runs made, once.
        if (quota(ws) !== String(live(p.uncut).length)) return `the day's count ${quota(ws)}`;
        // Rebuilt from one list of the calendar's own events when the cut fell among the event writes, never a read
        // per event.
        if ((ws.counter.counts.get('CalendarEvents.get') ?? 0) > 0) return 'read an event';
        if ((ws.counter.counts.get('CalendarEvents.list') ?? 0) > 1) return 'listed twice';
        // And a third run, weeks later, has nothing left to do: the first day each item's events started is
        // remembered.
        const want = contents(p.uncut);
        ws.clock.advance(30 * 24 * 3600 * 1000);
        ws.counter.reset();
        loadAddOn(ws, js).josparSyncCalendar();
        if ((ws.counter.writes.get('calendar') ?? 0) > 0) return 'a third run wrote to the calendar';
        return JSON.stringify(contents(ws)) === JSON.stringify(want) ? '' : 'a third run changed the events';
      },
    });
    expect(r.failures).toEqual([]);
    // Every write of the sync is a cut point: the calendar and each event, the records, the Plan's calendar states,
    // the calendar's id, the running mark and the day's count, the schedule it turns on.
    expect([...r.cuts.keys()].sort()).toEqual(['calendar', 'properties', 'script', 'sheets']);
    const want = contents(r.uncut.ws);
    expect(r.cuts.get('calendar')).toBe(1 + Object.keys(want).length);
    // One date, two months, one series (from October: September's 5th had passed), the overdue date, December.
    expect(Object.keys(want)).toHaveLength(1 + 2 + 1 + 1 + 1);
    expect(want['2.02#1']).toMatch(/^2025-09-15\|/);
    expect(Object.keys(want).filter((k) => k.startsWith('2.03#'))).toEqual(['2.03#2']);
    expect(quota(r.uncut.ws)).toBe('6');
  }, 600_000);

  it("keeps the day's count through a cut when the day's earlier runs made events and removed one of them", async () => {
    // Earlier today: two items synced from the sidebar (two events), then one of them cancelled and synced (its event
    // removed). The day's count is 2. The swept sync has four more events to make, and room for three under a cap of 5;
    // on a re-run, the removed event counts as made today (the calendar lists it, as removed).
    const js = await addOnCode();
    const { ws, addon } = await prepared();
    addon.josparSidebarSyncItem('1.01');
    addon.josparSidebarSyncItem('2.02');
    addon.josparSetItemStatus('2.02', 'cancelled');
    addon.josparSidebarSyncItem('2.02');
    expect(jospar(ws).events.map((e) => e.status)).toEqual(['confirmed', 'cancelled']);
    const quota = (w: Workspace) => w.properties.document.get('jospar.quota:2025-10-01');
    expect(quota(ws)).toBe('2');
    setSetting(ws, 'calendarDailyEvents', '5');
    const sync: Step = (a) => a.josparSyncCalendar();
    const r = sweep(ws.snapshot(), [sync], js, {
      check: (w) => (quota(w) === 'full' && live(w).length === 4 ? '' : `${live(w).length} events, count ${quota(w)}`),
    });
    expect(r.failures).toEqual([]);
    expect(live(r.uncut.ws)).toHaveLength(1 + 3);
    expect(quota(r.uncut.ws)).toBe('full');
    expect(r.cuts.get('calendar')).toBe(3);
  }, 600_000);
});
