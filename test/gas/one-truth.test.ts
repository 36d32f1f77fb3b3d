/**
 * One truth about every item (issue 19): on the embedded 2025-2026 plan with a fixed pattern of statuses (some done on
 * time, some done late, some cancelled, some in progress), every view gives the same overdue set and the same
 * due-in-14-days set: the Plan's cells, the Overview sheet, the sidebar's Overview call, the director's summary mail
 * and the execution report for the year up to that day (its overdue list: a report of the year so far lists no dates
 * ahead).
 *
 * What each part proves, and why it is built so (running the whole add-on 365 times would take minutes):
 * 1. Every day of the plan year, in core: the projections each view is made of (the Plan's system cells, the
 *    Overview, the summary mail's text, the execution report) give the same two sets, and these equal sets computed
 *    here from the due dates alone (no item-state code): the rule itself, checked 365 times.
 * 2. A sample of days through the real add-on on one local Workspace (its clock moved forward): each boundary of one
 *    dated item (the day before it enters the 14 days, the day it enters, its due day, the day after, when it is
 *    overdue), a day off, the days the issue was tried on, and the year's last day. There the cells as written, the
 *    Overview sheet as written, the sidebar's answer, the mail as delivered (parsed with mailparser) and the report
 *    Doc's text all give the sets part 1 computes for that day: so the add-on's views are the core projections.
 * 3. A fast-check property over generated plans: up to ten items whose deadlines are drawn from the deadline corpus
 *    (test/core/fixtures/deadline-corpus.ts, the phrases the deadline tests read, and the embedded plan's own), each
 *    with a random status word (any language, or none) and date done, on a random day from a fortnight before the
 *    plan year to a fortnight after it: the views of part 1 give the sets the rule gives.
 */
import fc from 'fast-check';
import { simpleParser } from 'mailparser';
import { addDays, planYear, weekday } from '../../src/core/calendar/dates';
import { DAYS_OFF_2025_2026 } from '../../src/core/calendar/holidays';
import { isWorkingDay } from '../../src/core/calendar/working-days';
import { composeMessages } from '../../src/core/notifications/compose';
import { mt } from '../../src/core/notifications/mail-texts';
import type { ReminderItem } from '../../src/core/notifications/reminders';
import { overviewOfRows } from '../../src/core/overview/overview-of-plan';
import { executionReport } from '../../src/core/plan/execution-report';
import { UPCOMING_DAYS } from '../../src/core/plan/item-state';
import { PLAN_2025_2026 } from '../../src/core/plan/plan-2025-2026';
import { SUGGESTED_LINKS_2025_2026 } from '../../src/core/plan/suggested-links';
import { evaluatedColumns } from '../../src/core/plan/system-values';
import { planSetup, type RowResult } from '../../src/core/setup/plan-setup';
import { STATUS_LABELS } from '../../src/core/sheets/status';
import { mailToEml } from '../../src/local/export/eml';
import type { Workspace } from '../../src/local/workspace/workspace';
import { cellDay, installed, sheetValues } from '../helpers';
import { DEADLINE_CORPUS } from '../core/fixtures/deadline-corpus';

const YEAR = planYear('2025-2026')!;
const DIRECTOR = 'director.example@edu.ektu.kz';
const DAYS_OFF = new Set(DAYS_OFF_2025_2026);

// ---- the fixed pattern: what each item's Status and Date done say on a given day ----

type Final = { kind: 'cancelled' } | { kind: 'done'; on: string } | { kind: 'in-progress' } | { kind: 'planned' };

/** The pattern by the item's place in the plan: a ninth cancelled, done on time, done late, in progress, planned. */
function finalOf(index: number, due: readonly string[]): Final {
  const last = due[due.length - 1];
  switch (index % 9) {
    case 0:
      return { kind: 'cancelled' };
    case 1:
    case 2: // on time: three days before its last date (or in December for an item without dates)
      return { kind: 'done', on: last ? addDays(last, -3) : '2025-12-01' };
    case 3: // late: five days after its last date
      return { kind: 'done', on: last ? addDays(last, 5) : '2026-02-02' };
    case 4:
      return { kind: 'in-progress' };
    default:
      return { kind: 'planned' };
  }
}

/** The cells a person has filled in by `day`: done only from its date done on; before that, in progress. */
function cellsOn(f: Final, day: string): { status: string; doneOn: string } {
  if (f.kind === 'cancelled') return { status: 'Тоқтатылды', doneOn: '' };
  if (f.kind === 'done')
    return f.on <= day ? { status: 'Орындалды', doneOn: f.on } : { status: 'Орындалуда', doneOn: '' };
  return { status: f.kind === 'in-progress' ? 'Орындалуда' : 'Жоспарланған', doneOn: '' };
}

// ---- the embedded plan, evaluated once (the schedule does not depend on the day) ----

const NO_SHEETS = {
  plan: null,
  roles: null,
  calendar: null,
  templates: null,
  register: null,
  settings: null,
  log: null,
  notifications: null,
  state: null,
};
const setup = planSetup({
  sheets: NO_SHEETS,
  plan: PLAN_2025_2026,
  suggestedLinks: SUGGESTED_LINKS_2025_2026,
  today: YEAR.start,
});
const FINALS = new Map(setup.rows.map((r, i) => [r.id, finalOf(i, r.evaluation.schedule.dueWorking)]));

function rowsOn(day: string): RowResult[] {
  return setup.rows.map((r) => ({ ...r, cells: { ...r.cells, ...cellsOn(FINALS.get(r.id)!, day) } }));
}

interface Sets {
  overdue: string[];
  due14: string[];
}
const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

const DONE = Object.values(STATUS_LABELS.done);
const CANCELLED = Object.values(STATUS_LABELS.cancelled);
/** Reported done where a keeper confirms: neither done nor late, and not due (no one is chased for it). */
const SUBMITTED = Object.values(STATUS_LABELS.submitted);

/**
 * The rule, from the due dates and the cells alone: open (not cancelled, not submitted for review, not done on or
 * before the day), not on demand, and every date passed / a date from today to 14 days on.
 */
function expectedSets(day: string, rows: RowResult[] = rowsOn(day)): Sets {
  const overdue: string[] = [];
  const due14: string[] = [];
  for (const r of rows) {
    const { status = '', doneOn = '' } = r.cells;
    const word = status.trim();
    const closed = CANCELLED.includes(word) || SUBMITTED.includes(word) || (DONE.includes(word) && !(doneOn > day));
    const due = r.evaluation.schedule.dueWorking;
    if (closed || r.evaluation.schedule.onDemand || due.length === 0) continue;
    if (due.every((d) => d < day)) overdue.push(r.id);
    else if (due.some((d) => d >= day && d <= addDays(day, UPCOMING_DAYS))) due14.push(r.id);
  }
  return { overdue: sorted(overdue), due14: sorted(due14) };
}

/** The Plan's system cells as written for each row: days overdue, and the state word beside the status. */
function planCellSets(rows: RowResult[], day: string): Sets {
  const cells = rows.map((r) => ({
    id: r.id,
    ...evaluatedColumns(r.evaluation, 'kk', { status: r.cells.status, doneOn: r.cells.doneOn, today: day }),
  }));
  return {
    overdue: sorted(cells.filter((c) => typeof c.overdue === 'number' && c.overdue > 0).map((c) => c.id)),
    due14: sorted(cells.filter((c) => /^Мерзімі (жақын|бүгін)/.test(c.state)).map((c) => c.id)),
  };
}

/**
 * The director's message as a person reads its plain text: the summary's counts line ("Мерзімі өткен: 3. … Алдағы 14
 * күнде: 5.") and the items it lists per unit under "Мерзімі өткен (n):" and "Алдағы 14 күнде (n):", with the items
 * the same message lists above in its own groups (the summary does not repeat those). Every overdue item is listed;
 * the coming ones are cut at ten a unit, so for them the count is whole and the list a part.
 */
function summaryOf(text: string): { overdue: string[]; overdueCount: number; next: string[]; nextCount: number } {
  const at = text.indexOf(`== ${mt('kk', 'groupSummary')} ==`);
  const counts = new RegExp(
    mt('kk', 'summaryCounts', { overdue: '(\\d+)', done: '(\\d+)', week: '(\\d+)' }).replace(/[.]/g, '\\.'),
  ).exec(text.slice(at))!;
  const lists = new Map<string, string[]>();
  let current = '';
  for (const line of text.split('\n')) {
    const heading = /^== (.+?)(?: \(\d+\))? ==$/.exec(line) ?? /^(.+) \(\d+\):$/.exec(line);
    if (heading) current = heading[1];
    const item = /^ {0,2}\[(\d+\.\d+)\]/.exec(line);
    if (item) lists.set(current, [...(lists.get(current) ?? []), item[1]]);
  }
  const of = (...titles: string[]) => sorted(titles.flatMap((t) => lists.get(t) ?? []));
  return {
    overdue: of(mt('kk', 'groupOverdue'), mt('kk', 'groupEscalated')),
    overdueCount: Number(counts[1]),
    next: of(mt('kk', 'summaryNext'), mt('kk', 'groupToday'), mt('kk', 'groupComing')),
    nextCount: Number(counts[3]),
  };
}

/** What the summary shows agrees with the sets: every overdue item, the count of those coming, a part of them. */
function expectSummary(text: string, want: Sets, day: string): void {
  const m = summaryOf(text);
  expect({ day, overdue: m.overdue, count: m.overdueCount }).toEqual({
    day,
    overdue: want.overdue,
    count: want.overdue.length,
  });
  expect({ day, next: m.nextCount }).toEqual({ day, next: want.due14.length });
  for (const id of m.next) expect({ day, id, listed: want.due14.includes(id) }).toEqual({ day, id, listed: true });
}

function summaryText(rows: RowResult[], day: string): string {
  const items: ReminderItem[] = rows.map((r) => ({
    id: r.id,
    row: r.row,
    unit: r.cells.unit,
    activity: r.cells.activity,
    deadline: r.cells.deadline,
    deliverable: r.cells.deliverable,
    docLink: '',
    responsible: r.cells.responsible,
    status: r.cells.status,
    doneOn: r.cells.doneOn,
    onDemand: r.evaluation.onDemand,
    throughoutYear: !!r.evaluation.schedule.throughoutYear,
    due: r.evaluation.schedule.dueWorking,
    owners: [],
    escalation: [],
  }));
  const summary = { recipient: DIRECTOR, item: '*', due: day, rule: 'summary', group: 'summary' as const, key: 's' };
  const [message] = composeMessages(
    [summary],
    new Map([[DIRECTOR, { email: DIRECTOR, lang: 'kk' as const, muted: false, roles: [] }]]),
    new Map(items.map((i) => [i.id, i])),
    {
      today: day,
      planTitle: 'Jospar',
      subjectName: () => 'Jospar',
      planUrl: 'https://x/#gid=0',
      daysOff: DAYS_OFF,
      allItems: items,
    },
  );
  return message.text;
}

/** The year's report: run on `day`, it looks from that day (its overdue list is the Plan's of that day). */
const YEAR_PERIOD = { key: 'year', start: YEAR.start, end: YEAR.end };

/** The Plan's cells, the Overview, the summary mail and the year's report, made from `rows` on `day`, give `want`. */
function expectCoreViews(rows: RowResult[], day: string, want: Sets): void {
  const ov = overviewOfRows(rows, day);
  expectSummary(summaryText(rows, day), want, day);
  const report = executionReport(rows, YEAR_PERIOD, day, 'kk');
  const got = {
    plan: planCellSets(rows, day),
    overview: { overdue: sorted(ov.overdue.map((i) => i.id)), due14: sorted(ov.next14.map((i) => i.id)) },
  };
  expect({ day, ...got }).toEqual({ day, plan: want, overview: want });
  // After the year's end, the year's report looks from its last day (the Plan's overdue list of that day).
  const asOf = day > YEAR.end ? YEAR.end : day;
  const wantReport = asOf === day ? want.overdue : expectedSets(asOf, rows).overdue;
  expect({ day, report: sorted(report.overdue.map((o) => o.id)) }).toEqual({ day, report: wantReport });
}

describe('one truth, every day of the plan year (core projections)', () => {
  it('the Plan cells, the Overview, the summary mail and the report agree with the rule on all 365 days', () => {
    let overdueDays = 0;
    for (let day = YEAR.start; day <= YEAR.end; day = addDays(day, 1)) {
      const want = expectedSets(day);
      expectCoreViews(rowsOn(day), day, want);
      if (want.overdue.length > 0) overdueDays++;
    }
    // The pattern is not trivial: items fall overdue on most days of the year.
    expect(overdueDays).toBeGreaterThan(300);
  });
});

// ---- part 3: generated plans ----

describe('one truth on generated plans (fast-check)', () => {
  // Deadlines as people write them: the public corpus of deadline phrases (test/core/fixtures, kk/ru/en, the phrases
  // the deadline tests read) and the embedded plan's own; any status word a person may pick, in any language, or none.
  const phrases = [...new Set([...DEADLINE_CORPUS.map((e) => e.text), ...PLAN_2025_2026.items.map((i) => i.deadline)])];
  const statuses = ['', ...Object.values(STATUS_LABELS).flatMap((t) => [t.kk, t.ru, t.en])];
  // Days from a fortnight before the plan year to a fortnight after it.
  const day = fc.integer({ min: -14, max: 379 }).map((n) => addDays(YEAR.start, n));
  const item = fc.record({
    deadline: fc.constantFrom(...phrases),
    status: fc.constantFrom(...statuses),
    doneOn: fc.oneof(fc.constant(''), day),
  });

  it('the Plan cells, the Overview, the summary mail and the report agree with the rule on any plan and day', () => {
    const seen = { overdue: 0, due14: 0 };
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 10 }), day, (drawn, today) => {
        const plan = {
          ...PLAN_2025_2026,
          sections: PLAN_2025_2026.sections.slice(0, 1),
          items: drawn.map((d, i) => ({ ...PLAN_2025_2026.items[i], section: 1, no: i + 1, deadline: d.deadline })),
        };
        // Each row gets the status and date done drawn for its item (by its №, whatever order Set up lays out).
        const rows = planSetup({ sheets: NO_SHEETS, plan, today }).rows.map((r) => {
          const { status, doneOn } = drawn[Number(r.cells.no) - 1];
          return { ...r, cells: { ...r.cells, status, doneOn } };
        });
        expect(rows.length).toBe(drawn.length);
        const want = expectedSets(today, rows);
        expectCoreViews(rows, today, want);
        if (want.overdue.length) seen.overdue++;
        if (want.due14.length) seen.due14++;
      }),
      { numRuns: 120 },
    );
    // The draws are not empty of what they test: many plans have overdue items, and many items due within 14 days.
    expect(seen.overdue).toBeGreaterThan(50); // about 72% of plans drawn
    expect(seen.due14).toBeGreaterThan(4); // about 15%
  });
});

// ---- part 2: the real add-on on a sample of days ----

/** Writes the Status and Date done columns as they stand on `day` (two column writes, as a person's edits leave). */
function writeStatuses(ws: Workspace, day: string): void {
  const sheet = ws.spreadsheet.getSheetByName('Жоспар')!;
  const values = sheet.getDataRange().getValues();
  const h = values[0] as string[];
  const cells = values.slice(1).map((r) => cellsOn(FINALS.get(String(r[h.indexOf('ID')]))!, day));
  sheet.getRange(2, h.indexOf('Мәртебе') + 1, cells.length, 1).setValues(cells.map((c) => [c.status]));
  sheet.getRange(2, h.indexOf('Орындалған күні') + 1, cells.length, 1).setValues(cells.map((c) => [c.doneOn]));
}

function sheetSets(ws: Workspace): Sets {
  const values = sheetValues(ws, 'Жоспар');
  const h = values[0] as string[];
  const rows = values.slice(1);
  const id = (r: unknown[]) => String(r[h.indexOf('ID')]);
  return {
    overdue: sorted(rows.filter((r) => Number(r[h.indexOf('Кешігу, күн')]) > 0).map(id)),
    due14: sorted(rows.filter((r) => /^Мерзімі (жақын|бүгін)/.test(String(r[h.indexOf('Күйі')]))).map(id)),
  };
}

/** The Overview sheet's two lists as written: the ids under "Мерзімі өткен (n)" and "Келесі 14 күн (n)". */
function overviewSheetSets(ws: Workspace): Sets {
  const first = sheetValues(ws, 'Шолу').map((r) => String(r[0]).replace(/^'/, ''));
  const list = (title: string) => {
    const at = first.findIndex((c) => c.startsWith(`${title} (`));
    const ids: string[] = [];
    for (let i = at + 2; i < first.length && /^\d+\.\d+$/.test(first[i]); i++) ids.push(first[i]);
    expect(ids.length).toBe(Number(/\((\d+)\)/.exec(first[at])![1]));
    return sorted(ids);
  };
  return { overdue: list('Мерзімі өткен'), due14: list('Келесі 14 күн') };
}

/** The report's overdue list, from the Doc's paragraphs: "1.05 · 30.09.2025 · …" after its heading. */
function reportOverdue(ws: Workspace, docId: string): string[] {
  const doc = ws.docs.documents.find((d) => d.id === docId)!;
  // The report's overdue lines: "1.05 · 28.11.2025 бастап 3 күн · <activity>" (year-messages.ts, overdueLine).
  const texts = JSON.stringify(doc.body).match(/"(\d+\.\d+) · \d\d\.\d\d\.\d{4} бастап \d+ күн · /g) ?? [];
  return sorted(texts.map((t) => t.slice(1, t.indexOf(' '))));
}

describe('one truth through the add-on (a sample of days)', () => {
  // The boundaries of one dated item in November: out of the 14 days, entering them, due today, overdue.
  const probe = setup.rows.find(
    (r) =>
      r.evaluation.schedule.dueWorking.length === 1 &&
      r.evaluation.schedule.dueWorking[0] >= '2025-11-20' &&
      FINALS.get(r.id)!.kind === 'planned',
  )!;
  const d = probe.evaluation.schedule.dueWorking[0];
  const days = sorted([
    '2025-10-06', // the date the zero was seen on
    addDays(d, -UPCOMING_DAYS - 1),
    addDays(d, -UPCOMING_DAYS),
    d,
    addDays(d, 1),
    '2026-03-02', // the date: 25 late in the Plan, 0 in the Overview before
    '2026-03-08', // a Sunday
    YEAR.end,
  ]);

  it(`Plan cells, Overview sheet, sidebar, director's mail and report agree on ${days.length} days`, async () => {
    const { ws, addon } = await installed({ now: Date.parse(`${days[0]}T04:00:00Z`) });
    addon.josparSetUpPlan();
    const roles = ws.spreadsheet.getSheetByName('Рөлдер')!;
    const rv = roles.getDataRange().getValues();
    roles
      .getRange(rv.findIndex((r) => r[0] === 'АҚД директоры') + 1, (rv[0] as string[]).indexOf('Email') + 1)
      .setValue(DIRECTOR);
    const settings = ws.spreadsheet.getSheetByName('Баптаулар')!;
    const sv = settings.getDataRange().getValues();
    const weekdayRow = sv.findIndex((r) => r[0] === 'digestWeekday') + 1;
    const valueCol = (sv[0] as string[]).indexOf('Мәні') + 1;
    let now = Date.parse(`${days[0]}T04:00:00Z`);
    for (const day of days) {
      ws.clock.advance(Date.parse(`${day}T04:00:00Z`) - now);
      now = Date.parse(`${day}T04:00:00Z`);
      const want = expectedSets(day);
      writeStatuses(ws, day);
      // The summary goes on its weekday: today's (1 Monday … 7 Sunday).
      settings.getRange(weekdayRow, valueCol).setValue(String(weekday(day) || 7));
      addon.josparRefreshDeadlines();
      const sent = ws.mail.sent.length;
      addon.josparSendRemindersNow({ interactive: false });
      const summary = ws.mail.sent.slice(sent).find((m) => m.to[0] === DIRECTOR);
      // The summary goes on working days only (a week whose day is off has it on the next working day).
      expect({ day, summary: !!summary }).toEqual({ day, summary: isWorkingDay(day, DAYS_OFF) });
      if (summary) expectSummary((await simpleParser(await mailToEml(summary))).text ?? '', want, day);
      const sidebar = addon.josparSidebarOverview() as {
        ok: boolean;
        value: { overview: { overdue: []; next14: [] } };
      };
      const ov = sidebar.value.overview as unknown as { overdue: Array<{ id: string }>; next14: Array<{ id: string }> };
      const report = addon.josparExecutionReport('year', false) as { ok: boolean; docId: string };
      expect({
        day,
        plan: sheetSets(ws),
        overviewSheet: overviewSheetSets(ws),
        sidebar: { overdue: sorted(ov.overdue.map((i) => i.id)), due14: sorted(ov.next14.map((i) => i.id)) },
        report: reportOverdue(ws, report.docId),
      }).toEqual({ day, plan: want, overviewSheet: want, sidebar: want, report: want.overdue });
      // The probe item's date cell stays the date it is due, late or not.
      const values = sheetValues(ws, 'Жоспар');
      const h = values[0] as string[];
      const row = values.find((r) => r[h.indexOf('ID')] === probe.id)!;
      expect(cellDay(row[h.indexOf('Келесі мерзім')])).toBe(d);
    }
    expect(expectedSets(addDays(d, 1)).overdue).toContain(probe.id);
  });
});
