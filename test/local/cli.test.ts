import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import { DEFAULT_CALENDAR_2025_2026 } from '../../src/core/calendar/academic-calendar';
import { planYear } from '../../src/core/calendar/dates';
import { DAYS_OFF_2025_2026 } from '../../src/core/calendar/holidays';
import { parseDeadline } from '../../src/core/deadline/engine';
import { PLAN_2025_2026 } from '../../src/core/plan/plan-2025-2026';
import { SUGGESTED_LINKS_2025_2026 } from '../../src/core/plan/suggested-links';
import { jospar } from '../cli-run';
import { installed } from '../helpers';
import { SMALL_PLAN } from '../warm-fixtures';

const BIN = join(__dirname, '..', '..', 'bin', 'jospar.js');
/** The calendar write a preview's first sync on 24 November 2025 is cut after: one of its last event writes. */
const CALENDAR_CUT = 101;
/** A real launch of bin/jospar.js: kept for what only a launch shows (the launcher, its exit code). */
const launch = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
/** Everything else runs the same main() in-process (test/cli-run.ts): a launch adds a second or more each. */
const run = jospar;

/**
 * The days the embedded plan's calendar should show when first synced on `today`, from the deadline engine alone
 * (core/calendar-sync/event-dates.ts says why): each item's working-day dates from `today` on; an item whose dates
 * have all passed, its latest (it is overdue: nothing is done yet); an item due only because the whole year is its
 * window, none.
 */
function expectedDays(today: string): { days: string[]; all: number; throughoutYear: number; passed: number } {
  const ctx = {
    year: planYear('2025-2026')!,
    calendar: DEFAULT_CALENDAR_2025_2026,
    daysOff: new Set(DAYS_OFF_2025_2026),
    policy: 'previous' as const,
  };
  const out = { days: [] as string[], all: 0, throughoutYear: 0, passed: 0 };
  for (const item of PLAN_2025_2026.items) {
    const id = `${item.section}.${String(item.no).padStart(2, '0')}`;
    const s = parseDeadline(item.deadline, { ...ctx, links: SUGGESTED_LINKS_2025_2026[id] ?? [] });
    out.all += s.dueWorking.length;
    if (s.throughoutYear) {
      out.throughoutYear += s.dueWorking.length;
      continue;
    }
    const ahead = s.dueWorking.filter((d) => d >= today);
    const shown = ahead.length ? ahead : s.dueWorking.slice(-1);
    out.passed += s.dueWorking.length - shown.length;
    out.days.push(...shown);
  }
  return { ...out, days: out.days.sort() };
}

/** "Ай сайын" under the default policy: each month's last working day of the 2025-2026 year. */
function expectedMonthEnds(): string[] {
  const ctx = {
    year: planYear('2025-2026')!,
    calendar: [],
    daysOff: new Set(DAYS_OFF_2025_2026),
    policy: 'previous' as const,
  };
  return parseDeadline('Ай сайын', ctx).dueWorking;
}

/** The calendar as an invited person's program reads the export: its events, how many repeat, and every day shown. */
function readIcs(file: string): { events: number; series: number; days: string[] } {
  return readIcsText(readFileSync(file, 'utf8'));
}

function readIcsText(ics: string): { events: number; series: number; days: string[] } {
  const comp = new ICAL.Component(ICAL.parse(ics));
  const days: string[] = [];
  let series = 0;
  const events = comp.getAllSubcomponents('vevent');
  for (const v of events) {
    const e = new ICAL.Event(v);
    if (!e.isRecurring()) days.push(e.startDate.toString());
    else {
      series++;
      const it = e.iterator();
      for (let next = it.next(); next; next = it.next()) days.push(next.toString());
    }
  }
  return { events: events.length, series, days: days.sort() };
}

describe('the jospar command', () => {
  it('plan --json prints the 127 items in document order', () => {
    const items = JSON.parse(execFileSync(process.execPath, [BIN, 'plan', '--json'], { encoding: 'utf8' }));
    expect(items).toHaveLength(127);
    expect(Object.keys(items[0])).toEqual([
      'section',
      'sectionTitle',
      'no',
      'activity',
      'responsible',
      'deadline',
      'deliverable',
    ]);
    expect(items[126]).toMatchObject({ section: 4, no: 25 });
  });

  it('deadline --json prints the schedule; usage errors exit 2', async () => {
    const r = await run('deadline', 'Әр айдың 20-сына дейін', '--year', '2025-2026', '--json');
    expect(r.status).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s).toMatchObject({ input: 'Әр айдың 20-сына дейін', kind: 'recurring', onDemand: false, errors: [] });
    expect(s.due).toHaveLength(12);
    expect(s.dueWorking[0]).toBe('2025-09-19'); // 20 September 2025 is a Saturday
    expect(s.rrule).toBe('FREQ=MONTHLY;BYMONTHDAY=20;COUNT=12');
    expect(
      JSON.parse(
        (await run('deadline', '2025 ж. қыркүйек', '--year', '2025-2026', '--convention', 'monthDueDay=25', '--json'))
          .stdout,
      ).due,
    ).toEqual(['2025-09-25']);
    expect((await run('deadline', 'x', '--convention', 'monthDueDay=abc')).status).toBe(2);
    expect((await run('deadline', 'бірдеңе', '--json')).status).toBe(0);
    expect((await run('deadline')).status).toBe(2);
    expect((await run('deadline', 'x', '--year', 'abc')).status).toBe(2);
    expect((await run('nonsense')).status).toBe(2);
    // The launcher passes main()'s exit code on.
    expect(launch('nonsense').status).toBe(2);
  });

  it('preview writes the spreadsheet and the summary; a second run on the same state changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jospar-'));
    const state = join(dir, 'state.json');
    const first = await run('preview', '--out', dir, '--state', state, '--json', '--today', '2025-10-01');
    expect(first.status).toBe(0);
    const summary = JSON.parse(first.stdout);
    expect(summary.items).toMatchObject({ total: 127, perSection: { 1: 55, 2: 17, 3: 30, 4: 25 } });
    expect(summary.deadlines.withErrors).toBe(0);
    // Set up writes each of its eight sheets once; the sync then writes the Plan's calendar states, its state records,
    // the new calendar's id in Settings and a Log line (one more write to each of four sheets); the default templates
    // go into the Templates sheet (their ids, folder and check column in one write, so no cut-off separates them);
    // generating the orders writes the register, the Plan's Document column and the Log once each; the Overview sheet
    // is written once after Set up (the sync leaves it as it was). Set up also makes the Notifications sheet (a ninth
    // write); after the example roster goes into Roles, recomputing writes the Plan's and the Roles' system columns, a
    // Log line and the Overview (its role warnings, said once there, lose the roles that now have emails); the daily
    // mail appends its messages to Notifications and a line to the Log.
    expect(summary.calls.Range.setValues).toBe(9 + 4 + 3 + 1 + 3 + 1 + 1 + 2);
    expect(summary.mail).toMatchObject({ deferred: 0, unconfirmed: 0, failed: 0 });
    expect(summary.mail.messages).toBeGreaterThan(0);
    expect(summary.documents).toEqual({ created: 14, skipped: 0, errors: 0 });
    // The plan's 228 due dates, less the 42 whole-year items' (no pile on 31 August) and the dates already past on
    // 1 October but an overdue item's latest: exactly those days, as a calendar program reads the export; 8 regular
    // recurrences are one series each, the other dates single events (107 events in all).
    const want = expectedDays('2025-10-01');
    expect(want).toMatchObject({ all: 228, throughoutYear: 42 });
    const ics = readIcs(join(dir, 'calendar.ics'));
    expect(ics.days).toEqual(want.days);
    expect(ics.days).toHaveLength(want.all - want.throughoutYear - want.passed);
    expect(ics.series).toBe(8);
    expect(summary.calendar).toMatchObject({ created: ics.events, updated: 0, deleted: 0, errors: 0 });
    // One Calendar API call per event, and one for the calendar.
    expect(summary.calls.CalendarEvents).toEqual({ insert: ics.events });
    expect(summary.calls.CalendarCalendars).toEqual({ insert: 1 });
    expect(readFileSync(join(dir, 'calendar.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'))).toEqual(summary);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'jospar.xlsx'));
    const plan = wb.getWorksheet('Жоспар')!;
    expect(plan.rowCount).toBe(128);
    expect(plan.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(wb.getWorksheet('_jospar')!.state).toBe('hidden');
    const second = JSON.parse(
      (await run('preview', '--out', dir, '--state', state, '--json', '--today', '2025-10-01')).stdout,
    );
    expect(second.calls.Range.setValues ?? 0).toBe(0);
    expect(second.calendar).toMatchObject({ created: 0, updated: 0, deleted: 0, unchanged: ics.events });
    expect(second.documents).toEqual({ created: 0, skipped: 14, errors: 0 });
  });

  it('preview --plan reports bad rows by file, row and column, and sets up the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jospar-'));
    const csv = join(dir, 'plan.csv');
    writeFileSync(
      csv,
      [
        'section,sectionTitle,no,activity,responsible,deadline,deliverable',
        '1,Бөлім,1,Бірінші,ОПҰжМБ бастығы,Ай сайын,Есеп',
        ',,,,,,',
        '1,Бөлім,1,Қайталанған,ОПҰжМБ бастығы,Ай сайын,Есеп',
        '1,Бөлім,2,"=HYPERLINK(""http://x"",""y"")",+7 777,@ай,Есеп',
        'x,Бөлім,3,Жаман,ОПҰжМБ бастығы,Ай сайын,Есеп',
        '1,Бөлім,4,,ОПҰжМБ бастығы,Ай сайын,Есеп',
      ].join('\n'),
    );
    const r = await run('preview', '--plan', csv, '--out', dir, '--json');
    expect(r.status).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.items.total).toBe(2);
    // Without --today, a plan of a year that is not the current one is previewed from that year's first day
    // (1 September 2025): nothing is past yet, so the monthly item shows all twelve month ends.
    expect(readIcs(join(dir, 'calendar.ics')).days).toEqual(expectedMonthEnds());
    const problems = summary.problems.join('\n');
    expect(problems).toMatch(/plan\.csv, row 3: empty row/);
    expect(problems).toMatch(/plan\.csv, row 4, column "no": item 1\.01 already appears in row 2/);
    expect(problems).toMatch(/plan\.csv, row 5, column "activity": starts with "="/);
    expect(problems).toMatch(/plan\.csv, row 6, column "section"/);
    expect(problems).toMatch(/plan\.csv, row 7, column "activity": empty/);
    const missing = await run('preview', '--plan', join(dir, 'none.csv'), '--out', dir);
    expect(missing.status).toBe(2);
    writeFileSync(join(dir, 'cols.csv'), 'section,no,activity\n1,1,Бір\n');
    const cols = JSON.parse((await run('preview', '--plan', join(dir, 'cols.csv'), '--out', dir, '--json')).stdout);
    expect(cols.problems.join('\n')).toMatch(/cols\.csv, row 1: missing column "deadline"/);
    expect(existsSync(join(dir, 'jospar.xlsx'))).toBe(true);
  });
});

/**
 * One workspace cut off four times, then run to the end, each run going on from the state the one before kept: a cut
 * in Set up (a Sheets write), in the calendar sync (an event write), among the orders (a Docs write) and in the daily
 * mail (its first send). Five previews, four of them cut short, instead of a cut and a whole re-run for each.
 */
describe('jospar preview cut off, then run again', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jospar-'));
  const state = join(dir, 'state.json');
  const people = join(dir, 'people.csv');
  const args = ['preview', '--out', dir, '--state', state, '--people', people, '--json', '--today', '2025-11-24'];
  /** The orders in the saved state: Drive files with an item's key (item#…), not in the bin. */
  const orders = () =>
    (
      JSON.parse(readFileSync(state, 'utf8')).drive.files as Array<{
        appProperties?: Record<string, string>;
        trashed: boolean;
      }>
    ).filter((f) => /#/.test(f.appProperties?.josparKey ?? '') && !f.trashed);
  type Run = { status: number; summary: Record<string, unknown> & { mail?: Record<string, number> } };
  const runs: Record<'sheets' | 'calendar' | 'docs' | 'mail' | 'last', Run> = {} as never;
  let kept = false;
  let docsCut = 0;
  let ordersAfterDocsCut = 0;
  let ordersAfterNext = 0;
  let icsAfterSync = '';
  /** The .eml files in out/mail after the mail's cut and after the last run (a run removes the earlier run's first). */
  const mails: Buffer[] = [];
  const keepMail = () => mails.push(...readdirSync(join(dir, 'mail')).map((f) => readFileSync(join(dir, 'mail', f))));

  beforeAll(async () => {
    writeFileSync(
      people,
      'role,email,language\nОПҰжМБ бастығы,aigerim.example@edu.ektu.kz,en\nТО бастығы,gulnara.example@edu.ektu.kz,ru\n',
    );
    const preview = async (...more: string[]): Promise<Run> => {
      const r = await run(...args, ...more);
      return { status: r.status, summary: JSON.parse(r.stdout) as Run['summary'] };
    };
    runs.sheets = await preview('--fault', 'sheets:10');
    kept = existsSync(state);
    runs.calendar = await preview('--fault', `calendar:${CALENDAR_CUT}`);
    // The default templates' Docs writes (per kind, not per item: the small plan makes them all); the orders come
    // next, one batchUpdate each at least: the seventh falls inside the generation of the 14 orders.
    const { ws, addon } = await installed();
    addon.josparImportPlan(SMALL_PLAN, 'small-plan.json', 1);
    ws.counter.writes.set('docs', 0);
    addon.josparCreateTemplates();
    docsCut = ws.counter.writes.get('docs')! + 7;
    runs.docs = await preview('--fault', `docs:${docsCut}`);
    ordersAfterDocsCut = orders().length;
    // The sync finished in the run after its cut, before that run's own cut among the orders.
    icsAfterSync = readFileSync(join(dir, 'calendar.ics'), 'utf8');
    runs.mail = await preview('--fault', 'mail:1');
    ordersAfterNext = orders().length;
    keepMail();
    runs.last = await preview();
    keepMail();
  }, 600_000);

  it('--fault cuts the run off, exits non-zero and keeps the state; the next run goes on from it', () => {
    expect(runs.sheets.status).toBe(1);
    expect(runs.sheets.summary.cutOff).toMatch(/sheets write #10/);
    expect(kept).toBe(true);
    expect(runs.last.status).toBe(0);
    expect(runs.last.summary).toMatchObject({ ok: true, items: { total: 127 } });
  });

  it('--fault calendar:N cuts the sync off; the next run ends with each event once', () => {
    expect(runs.calendar.status).toBe(1);
    expect(runs.calendar.summary.cutOff).toMatch(new RegExp(`calendar write #${CALENDAR_CUT} `));
    const keys = [...icsAfterSync.matchAll(/^X-JOSPAR-KEY:(.+)\r$/gm)].map((m) => m[1]);
    // Every event once, and exactly the days an uncut first sync on that day shows; the later runs keep them.
    expect(new Set(keys).size).toBe(keys.length);
    const want = expectedDays('2025-11-24').days;
    expect(readIcsText(icsAfterSync).days).toEqual(want);
    expect(readIcs(join(dir, 'calendar.ics')).days).toEqual(want);
  });

  it('--fault docs:N cuts the generation off; the next run leaves each order once', () => {
    expect(runs.docs.status).toBe(1);
    expect(runs.docs.summary.cutOff).toMatch(new RegExp(`docs write #${docsCut} \\(documents\\.batchUpdate\\)`));
    // Cut among the orders: some made, not all.
    expect(ordersAfterDocsCut).toBeGreaterThan(0);
    expect(ordersAfterDocsCut).toBeLessThan(14);
    expect(ordersAfterNext).toBe(14);
    const live = orders();
    expect(live).toHaveLength(14);
    expect(new Set(live.map((f) => f.appProperties!.josparKey)).size).toBe(14);
  });

  it('--today runs the daily mail: real MIME messages, one per person; --fault mail:N never sends twice', async () => {
    expect(runs.mail.status).toBe(1);
    expect(runs.mail.summary.cutOff).toMatch(/mail write #1/);
    expect(runs.last.summary.mail).toMatchObject({ messages: 1, recipients: 1, unconfirmed: 1 });
    // What went out before the cut and what the re-run sent: each person once, as a real MIME message.
    expect(mails).toHaveLength(2);
    for (const bytes of mails) {
      const parsed = await simpleParser(bytes);
      expect(parsed.subject).toMatch(/^(AAD work plan|План работы АД) 2025-2026: /);
      expect(parsed.html).toContain('<li');
    }
    const saved = JSON.parse(readFileSync(state, 'utf8'));
    expect(saved.mail.sent.map((m: { to: string[] }) => m.to[0]).sort()).toEqual([
      'aigerim.example@edu.ektu.kz',
      'gulnara.example@edu.ektu.kz',
    ]);
    expect(saved.mail.sent.find((m: { to: string[] }) => m.to[0] === 'aigerim.example@edu.ektu.kz').subject).toMatch(
      /overdue|due soon|due today/,
    );
  });
});
