import ICAL from 'ical.js';
import { calendarToIcs } from '../../src/local/export/ics';
import { loadAddOn } from '../../src/local/run-addon';
import type { CalendarState } from '../../src/local/workspace/calendar';
import { Workspace } from '../../src/local/workspace/workspace';
import { installed, sheetValues } from '../helpers';
import { DEFAULT_CALENDAR_2025_2026 } from '../../src/core/calendar/academic-calendar';
import { planYear } from '../../src/core/calendar/dates';
import { DAYS_OFF_2025_2026 } from '../../src/core/calendar/holidays';
import { parseDeadline } from '../../src/core/deadline/engine';

type Outcome = {
  ok: boolean;
  finished: boolean;
  calendar: { created: number; updated: number; deleted: number; unchanged: number; errors: number; pending: number };
  calendarId: string;
};

function jospar(ws: Workspace): CalendarState {
  return ws.calendars.calendars.find((c) => c.id !== ws.calendars.defaultId)!;
}

function setSetting(ws: Workspace, key: string, value: string): void {
  const sheet = ws.spreadsheet.getSheetByName('Баптаулар')!;
  const keys = sheet
    .getDataRange()
    .getValues()
    .map((r) => r[0]);
  sheet.getRange(keys.indexOf(key) + 1, 2).setValue(value);
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

/** Key → (date, series rule) of every event Jospar made: the calendar's content, as a comparable value. */
function contents(ws: Workspace): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of jospar(ws).events)
    out[JSON.parse(e.tags.jospar ?? '{}').k ?? `untagged:${e.id}`] =
      `${e.start}|${e.rrule ?? ''}|${e.title}|${e.guests.join(',')}|${e.popupReminders.join(',')}`;
  return out;
}

describe('Sync calendar', () => {
  it('puts every working-day due date of the plan in the calendar, as the ICS shows to a real parser', async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    setSetting(ws, 'workingDayPolicy', 'none'); // so that the regular recurrences can be series
    const outcome = addon.josparSyncCalendar() as Outcome;
    expect(outcome.ok && outcome.finished).toBe(true);
    const cal = jospar(ws);
    expect(cal.events.some((e) => e.rrule)).toBe(true); // 1.24 "Әр айдың 20-сына дейін" is one series

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
    // Every item's occurrences are exactly the engine's dates for its deadline (policy none: the raw due dates).
    const rows = sheetValues(ws, 'Жоспар');
    const h = rows[0] as string[];
    const ctx = {
      year: planYear('2025-2026')!,
      calendar: DEFAULT_CALENDAR_2025_2026,
      daysOff: new Set(DAYS_OFF_2025_2026),
      policy: 'none' as const,
    };
    let withDates = 0;
    for (const r of rows.slice(1)) {
      const id = String(r[h.indexOf('ID')]);
      const links = String(r[h.indexOf('Күнтізбе кезеңдері')])
        .split(/[,\s]+/)
        .filter(Boolean);
      const expected = parseDeadline(String(r[h.indexOf('Орындау мерзімі')]), { ...ctx, links }).dueWorking;
      if (expected.length > 0) withDates++;
      expect([...(byItem.get(id) ?? [])].sort()).toEqual(expected);
    }
    expect(byItem.size).toBe(withDates);
    const series = byItem.get('1.24')!.sort();
    expect(series).toHaveLength(12);
    expect(series[0]).toBe('2025-09-20');
  });

  it("puts each event on the engine's working-day dates", async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    addon.josparSyncCalendar();
    const starts = jospar(ws)
      .events.filter((e) => JSON.parse(e.tags.jospar).k.startsWith('1.24#'))
      .map((e) => e.start)
      .sort();
    expect(starts).toHaveLength(12);
    expect(starts[0]).toBe('2025-09-19'); // 20 September 2025 is a Saturday
    expect(starts).not.toContain('2025-09-20');
  });

  it('makes no calendar write when nothing changed, and updates in place when something did', async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    setEmails(ws, 'ОПҰжМБ бастығы', 'head@edu.ektu.kz');
    addon.josparRefreshDeadlines();
    addon.josparSyncCalendar();
    ws.counter.reset();
    const again = addon.josparSyncCalendar() as Outcome;
    expect(ws.counter.writes.get('calendar') ?? 0).toBe(0);
    expect(ws.counter.writes.get('properties') ?? 0).toBe(0);
    expect(ws.counter.counts.get('Range.setValues') ?? 0).toBe(0);
    expect(again.calendar).toMatchObject({ created: 0, updated: 0, deleted: 0 });

    const event = () => jospar(ws).events.find((e) => JSON.parse(e.tags.jospar).k === '1.02#1')!;
    const before = { id: event().id, invitations: event().invitationsSent };
    expect(event().guests).toEqual(['head@edu.ektu.kz']);
    expect(before.invitations).toBe(1);
    // A new wording: the same event, no invitation resent.
    planCell(ws, '1.02', 'Іс-шаралар').setValue('Академиялық күнтізбелерді бекіту (жаңа редакция)');
    let out = addon.josparSyncCalendar() as Outcome;
    expect(out.calendar).toMatchObject({ created: 0, updated: 1, deleted: 0 });
    expect(event().id).toBe(before.id);
    expect(event().title).toContain('жаңа редакция');
    expect(event().invitationsSent).toBe(before.invitations);
    // A new date: the same event moved.
    const deadline = planCell(ws, '1.02', 'Орындау мерзімі');
    deadline.setValue('15.09.2025 ж. дейін');
    addon.onEdit({ range: deadline, source: ws.spreadsheet });
    out = addon.josparSyncCalendar() as Outcome;
    expect(out.calendar).toMatchObject({ created: 0, updated: 1, deleted: 0 });
    expect(event().id).toBe(before.id);
    expect(event().start).toBe('2025-09-15');
    expect(event().end).toBe('2025-09-16');
  });

  it('replaces a series only when its rule changes, and updates it in place otherwise', async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    setSetting(ws, 'workingDayPolicy', 'none');
    addon.josparSyncCalendar();
    const series = () => jospar(ws).events.filter((e) => e.rrule);
    expect(series()).toHaveLength(1);
    const id = series()[0].id;
    planCell(ws, '1.24', 'Іс-шаралар').setValue('Сағаттық төлем өтініштері');
    expect((addon.josparSyncCalendar() as Outcome).calendar).toMatchObject({ created: 0, updated: 1, deleted: 0 });
    expect(series()[0].id).toBe(id);
    const deadline = planCell(ws, '1.24', 'Орындау мерзімі');
    deadline.setValue('Әр айдың 25-іне дейін');
    addon.onEdit({ range: deadline, source: ws.spreadsheet });
    expect((addon.josparSyncCalendar() as Outcome).calendar).toMatchObject({ created: 1, updated: 0, deleted: 1 });
    expect(series()).toHaveLength(1);
    expect(series()[0].id).not.toBe(id);
    expect(series()[0].rrule).toBe('FREQ=MONTHLY;BYMONTHDAY=25;COUNT=12');
  });

  it("keeps a done item's events, greyed and marked, without reminders", async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    addon.josparSyncCalendar();
    planCell(ws, '1.10', 'Мәртебе').setValue('Орындалды');
    const out = addon.josparSyncCalendar() as Outcome;
    expect(out.calendar).toMatchObject({ created: 0, updated: 2, deleted: 0 });
    const events = jospar(ws).events.filter((e) => JSON.parse(e.tags.jospar).k.startsWith('1.10#'));
    expect(events).toHaveLength(2);
    for (const e of events) {
      expect(e.title.startsWith('✓ [1.10]')).toBe(true);
      expect(e.popupReminders).toEqual([]);
      expect(e.color).toBe('8');
    }
  });

  it('deletes only the events Jospar made, for items cancelled or gone', async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    addon.josparSyncCalendar();
    const cal = jospar(ws);
    // Someone adds an event of their own to the department's calendar.
    const g = ws.globals() as { CalendarApp: GoogleAppsScript.Calendar.CalendarApp };
    g.CalendarApp.getCalendarById(cal.id)!.createAllDayEvent('Кафедра отырысы', new Date(Date.UTC(2025, 9, 15, 12)));
    const monthly = cal.events.filter((e) => JSON.parse(e.tags.jospar ?? '{}').k?.startsWith('3.04#')).length;
    expect(monthly).toBe(12);
    planCell(ws, '3.04', 'Мәртебе').setValue('Тоқтатылды');
    const sheet = ws.spreadsheet.getSheetByName('Жоспар')!;
    sheet.deleteRow(planCell(ws, '1.05', 'ID').getRow());
    const out = addon.josparSyncCalendar() as Outcome;
    expect(out.calendar.deleted).toBe(13);
    expect(cal.events.some((e) => e.title === 'Кафедра отырысы')).toBe(true);
    expect(cal.events.some((e) => (e.tags.jospar ?? '').includes('"3.04#'))).toBe(false);
    expect(planCell(ws, '3.04', 'Күнтізбе күйі').getValue()).toBe('тоқтатылды');
  });

  it('marks rows without guests or with bad deadlines, invites only the allowed domain, and syncs the rest', async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    setEmails(ws, 'ТО бастығы', 'to-head@edu.ektu.kz, friend@gmail.com');
    planCell(ws, '1.03', 'Орындау мерзімі').setValue('32.13.2025');
    addon.josparRefreshDeadlines();
    const out = addon.josparSyncCalendar() as Outcome;
    expect(out.calendar.errors).toBe(0);
    expect(planCell(ws, '1.03', 'Күнтізбе күйі').getValue()).toMatch(/^қате: /);
    expect(planCell(ws, '1.02', 'Күнтізбе күйі').getValue()).toBe('синхрондалды, шақырусыз');
    expect(planCell(ws, '3.06', 'Күнтізбе күйі').getValue()).toBe('мерзімсіз'); // on request
    const to = jospar(ws).events.filter((e) => JSON.parse(e.tags.jospar).k.startsWith('3.10#'));
    expect(to.length).toBe(2);
    for (const e of to) expect(e.guests).toEqual(['to-head@edu.ektu.kz']);
    expect(planCell(ws, '3.10', 'Күнтізбе күйі').getValue()).toBe('синхрондалды');
    expect(planCell(ws, '3.10', 'Мәселелер').getValue()).toMatch(/friend@gmail\.com/);
    // Once Settings allows the other domain, the guest is added to the existing events.
    setSetting(ws, 'extraDomains', 'gmail.com');
    addon.josparRefreshDeadlines();
    expect((addon.josparSyncCalendar() as Outcome).calendar).toMatchObject({ created: 0, deleted: 0 });
    for (const e of jospar(ws).events.filter((x) => JSON.parse(x.tags.jospar).k.startsWith('3.10#')))
      expect(e.guests.sort()).toEqual(['friend@gmail.com', 'to-head@edu.ektu.kz']);
  });

  it('does not run while another run holds the lock', async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    ws.holdLock('document');
    const out = addon.josparSyncCalendar() as Outcome;
    expect(out.ok).toBe(false);
    expect(ws.counter.writes.get('calendar') ?? 0).toBe(0);
  });

  it('stops at its time budget, schedules a continuation, and the continuation finishes the job', async () => {
    const { ws, addon } = await installed({ latencyMs: 50 });
    addon.josparSetUpPlan();
    setSetting(ws, 'runBudgetSeconds', '30');
    const first = addon.josparSyncCalendar() as Outcome;
    expect(first.finished).toBe(false);
    expect(first.calendar.pending).toBeGreaterThan(0);
    expect(ws.triggers.map((t) => t.handler)).toEqual(
      expect.arrayContaining(['josparContinueSync', 'josparNightlySync']),
    );
    expect(sheetValues(ws, 'Жоспар').some((r) => r.includes('күтуде'))).toBe(true);
    let runs = 0;
    while (ws.triggers.some((t) => t.handler === 'josparContinueSync') && runs++ < 20) addon.josparContinueSync();
    expect(ws.triggers.filter((t) => t.handler === 'josparContinueSync')).toHaveLength(0);
    expect(ws.triggers.filter((t) => t.handler === 'josparNightlySync')).toHaveLength(1);
    expect(jospar(ws).events).toHaveLength(228);
    expect(new Set(jospar(ws).events.map((e) => JSON.parse(e.tags.jospar).k)).size).toBe(228);
  });

  it('respects the daily event quota and continues with the rest', async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    ws.properties.document.set('jospar.quota:2025-10-01', '4490'); // 4,500 a day: ten left today
    const out = addon.josparSyncCalendar() as Outcome;
    expect(out.calendar.created).toBe(10);
    expect(out.finished).toBe(false);
    expect(ws.properties.document.get('jospar.quota:2025-10-01')).toBe('4500');
    expect(ws.triggers.some((t) => t.handler === 'josparContinueSync')).toBe(true);
    ws.clock.advance(24 * 3600 * 1000); // the next day the quota is fresh
    addon.josparContinueSync();
    expect(jospar(ws).events).toHaveLength(228);
    expect([...ws.properties.document.keys()].filter((k) => k.startsWith('jospar.quota:'))).toEqual([
      'jospar.quota:2025-10-02',
    ]);
  });

  it('records the state and continues rather than outgrow the property store', async () => {
    const { ws, addon } = await installed();
    addon.josparImportPlan(
      Array.from({ length: 100 }, (_, i) => ({
        section: 1,
        sectionTitle: 'Бөлім',
        no: i + 1,
        activity: `Іс-шара ${i + 1}`,
        responsible: 'ОПҰжМБ бастығы',
        deadline: 'Ай сайын',
        deliverable: 'Есеп',
      })),
      'big.json',
    );
    const out = addon.josparSyncCalendar() as Outcome;
    expect(out.calendar.created).toBe(1000);
    expect(out.finished).toBe(false);
    expect([...ws.properties.document.keys()].some((k) => k.startsWith('jospar.j:'))).toBe(false);
    addon.josparContinueSync();
    expect(jospar(ws).events).toHaveLength(1200);
  });

  it('marks the row of an event Calendar keeps refusing, and syncs the rest', async () => {
    const refused = (from: number) =>
      [0, 1, 2, 3, 4].map((i) => ({ service: 'calendar' as const, n: from + i, mode: 'throw' as const }));
    const stateOf = (ws: Workspace) => {
      const rows = sheetValues(ws, 'Жоспар');
      return rows.map((r) => String(r[(rows[0] as string[]).indexOf('Күнтізбе күйі')]));
    };
    // Write #1 makes the calendar, #2-#6 the first event (create, colour, two reminders, tag), #7 creates the second.
    // Refused five times over, the creation of the second event gives up; refused at its tag, the first event is made
    // but not finished.
    for (const [from, created, updated] of [
      [7, 227, 0],
      [6, 228, 1],
    ]) {
      const { ws, addon } = await installed({ faults: refused(from) });
      addon.josparSetUpPlan();
      const out = addon.josparSyncCalendar() as Outcome;
      expect(out.calendar.errors).toBe(1);
      expect(stateOf(ws).filter((s) => s.startsWith('қате: Service invoked too many times'))).toHaveLength(1);
      // The next run mends it: the missing event made, or the half-made one finished, never a second copy.
      const next = addon.josparSyncCalendar() as Outcome;
      expect(next.calendar).toMatchObject({ created: created === 227 ? 1 : 0, updated, errors: 0 });
      expect(jospar(ws).events).toHaveLength(228);
      expect(new Set(jospar(ws).events.map((e) => JSON.parse(e.tags.jospar ?? '{}').k)).size).toBe(228);
    }
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
    expect(out.calendar).toMatchObject({ created: 228, errors: 0 });
    expect(jospar(ws).events).toHaveLength(228);
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

  it('ends, after a re-run, with exactly the intended events, whichever write it was cut after', async () => {
    const reference = await prepared();
    reference.ws.counter.writes.set('calendar', 0);
    reference.addon.josparSyncCalendar();
    const want = contents(reference.ws);
    const total = reference.ws.counter.writes.get('calendar')!;
    expect(Object.keys(want)).toHaveLength(1 + 2 + 1); // one date, two months, one series
    for (let n = 1; n <= total; n++) {
      const { ws, addon } = await prepared();
      // The fault counts calendar writes from here on.
      ws.counter.writes.set('calendar', 0);
      ws.counter.faults = [{ service: 'calendar', n, mode: 'cut' }];
      expect(() => addon.josparSyncCalendar()).toThrow();
      const resumed = Workspace.fromJSON(JSON.parse(JSON.stringify(ws.toJSON())));
      loadAddOn(resumed).josparSyncCalendar();
      expect(contents(resumed)).toEqual(want);
      expect(jospar(resumed).events).toHaveLength(4);
      // And a third run has nothing left to do.
      resumed.counter.reset();
      loadAddOn(resumed).josparSyncCalendar();
      expect(resumed.counter.writes.get('calendar') ?? 0).toBe(0);
    }
  });
});
