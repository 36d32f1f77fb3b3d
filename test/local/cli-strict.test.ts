/**
 * The small list of #18 (item 10): strict CLI arguments with one-line errors, imports that end in one message,
 * UTF-16 CSVs imported as `--plan` reads them, bounded error lists, a checked `--people` roster, order numbers never
 * given twice, no direction controls in what Jospar writes, and a preview cut in its first Set up that still gets its
 * roster. The CLI runs in-process; the add-on on the smallest plan that shows each behaviour.
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/local/cli/main';
import { printSummary, type Summary } from '../../src/local/cli/summary';
import { applyPeople, EXAMPLE_PEOPLE, readPeopleCsv } from '../../src/local/cli/people';
import { Workspace } from '../../src/local/workspace/workspace';
import { installed, sheetValues } from '../helpers';

const dir = mkdtempSync(join(tmpdir(), 'jospar-strict-'));
const HEADER = 'section,sectionTitle,no,activity,responsible,deadline,deliverable';
type Outcome = { ok: boolean; report: string[] };

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function cli(...args: string[]): Promise<{ code: number; err: string; out: string }> {
  let err = '';
  let out = '';
  const e = jest.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  const o = jest.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  try {
    return { code: await main(args), err, out };
  } finally {
    e.mockRestore();
    o.mockRestore();
  }
}

const oneLine = (text: string) => text.trimEnd().split('\n').length === 1 && !/\n\s+at /.test(text);

describe('strict arguments, one-line errors', () => {
  it.each([
    ['preview', '--today', '2025-13-45'],
    ['preview', '--today', '2025-02-29'],
    ['serve', '--today', '2025-13-45'],
    ['preview', '--bogus'],
    ['import'],
  ])('%s %s %s: exit 2, one line, no usage', async (...args) => {
    const r = await cli(...args);
    expect(r.code).toBe(2);
    expect(oneLine(r.err)).toBe(true);
    expect(r.err).not.toMatch(/usage: jospar <command>/);
  });

  it('the message names what is wrong with --today', async () => {
    expect((await cli('preview', '--today', '2025-13-45')).err).toMatch(/--today takes a real date.*2025-13-45/);
  });

  it('import of a directory: one message, exit 2', async () => {
    mkdirSync(join(dir, 'plan-dir.csv'), { recursive: true });
    const r = await cli('import', join(dir, 'plan-dir.csv'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/plan-dir\.csv is a directory/);
    expect(oneLine(r.err)).toBe(true);
  });

  it.each([
    ['no header', 'АҚД директоры,director@edu.ektu.kz\n', /row 1: missing column "role"/],
    ['a bad email', 'role,email\nАҚД директоры,director(at)edu.ektu.kz\n', /row 2, column "email": "director\(at\)/],
  ])('--people with %s: exit 2, one message, nothing run', async (what, content, message) => {
    const out = join(dir, `people-${what.replace(/\W/g, '')}`);
    const r = await cli('preview', '--people', file(`${what.replace(/\W/g, '')}.csv`, content), '--out', out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(r.out).toBe('');
  });
});

describe('import of text files', () => {
  const GOOD = `${HEADER}\n1,Unit,1,Есеп жазу,Бөлім басшысы,2025 ж. 1 қазанына дейін,есеп\n`;

  it.each([
    ['LE without BOM', Buffer.from(GOOD, 'utf16le')],
    ['BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(GOOD, 'utf16le').swap16()])],
  ])('a UTF-16 CSV (%s) is imported as --plan reads it', async (_what, bytes) => {
    const { ws, addon } = await installed();
    const out = addon.josparImportPlanFile('utf16.csv', bytes.toString('base64'), false) as Outcome;
    expect(out.ok).toBe(true);
    const plan = sheetValues(ws, 'Жоспар');
    expect(plan[1][(plan[0] as string[]).indexOf('Іс-шаралар')]).toBe('Есеп жазу');
  });

  it('a CSV with a cell longer than Sheets holds: one message naming row and column, nothing changed', async () => {
    // 60,000 characters take the same path as the 10 MB cell that once ended in a stack trace, in a fraction of it.
    const { ws, addon } = await installed();
    const big = `${HEADER}\n1,Unit,1,${'x'.repeat(60_000)},Head,by 1 October 2025,report\n`;
    const out = addon.josparImportPlanFile('cell.csv', Buffer.from(big).toString('base64'), false) as Outcome;
    expect(out.ok).toBe(false);
    expect(out.report[0]).toMatch(/cell\.csv, row 2, column "activity": 60000 characters, more than a cell holds/);
    expect(ws.spreadsheet.getSheetByName('Жоспар')).toBeNull();
  });

  it('a 5,000-row CSV with an error on each row: twenty lines and the count', async () => {
    const { addon } = await installed();
    const rows = Array.from({ length: 5000 }, (_, i) => `1,Unit,${(i % 999) + 1},,Head,by 1 October 2025,x`);
    const text = `${HEADER}\n${rows.join('\n')}\n`;
    const out = addon.josparImportPlanFile('many.csv', Buffer.from(text).toString('base64'), false) as Outcome;
    expect(out.ok).toBe(false);
    const lines = out.report.join('\n').split('\n');
    expect(lines.length).toBeLessThanOrEqual(23);
    expect(lines[lines.length - 1]).toMatch(/… and 4980 more \(5000 in all\)/);
  });

  it('the preview prints a bounded list of problems too', () => {
    let printed = '';
    const o = jest.spyOn(process.stdout, 'write').mockImplementation((s) => ((printed += String(s)), true));
    const problems = Array.from({ length: 500 }, (_, i) => `row ${i + 2}: bad`);
    try {
      printSummary({ ...emptySummary(), problems });
    } finally {
      o.mockRestore();
    }
    expect(printed.split('\n').filter((l) => l.startsWith('  ! ')).length).toBe(21);
    expect(printed).toMatch(/… and 480 more \(500 in all\)/);
  });
});

/** A summary with nothing in it but its problems. */
function emptySummary(): Summary {
  const deadlines = { understood: 0, onDemand: 0, calendarAnchored: 0, withWarnings: 0, withErrors: 0, dueDates: 0 };
  return {
    ok: true,
    cutOff: null,
    spreadsheet: 'Jospar',
    sheets: [],
    items: { total: 0, perSection: {}, withWarnings: 0 },
    deadlines,
    calendar: null,
    documents: null,
    mail: null,
    report: [],
    problems: [],
    calls: {},
    totalCalls: 0,
    seconds: 0,
    files: [],
  };
}

describe('what Jospar writes', () => {
  const PLAN = [
    { section: 1, sectionTitle: 'Unit', no: 1, activity: 'Апелляциялық комиссия құру', deliverable: 'Бұйрық' },
    { section: 1, sectionTitle: 'Unit', no: 2, activity: 'Емтихан кестесін бекіту', deliverable: 'Бұйрық' },
  ].map((i) => ({ ...i, responsible: 'АҚД директоры', deadline: '2025 ж. 20 қазанына дейін' }));

  it('deleting the register’s last row does not give its number again', async () => {
    const { ws, addon } = await installed();
    addon.josparImportPlan(PLAN, 'plan.json');
    addon.josparCreateTemplates();
    addon.josparGenerateDocuments({ ids: ['1.01'], interactive: false });
    const register = ws.spreadsheet.getSheetByName('Бұйрықтар тізілімі')!;
    expect(register.getRange(2, 1).getValue()).toBe(1);
    register.deleteRow(2);
    addon.josparGenerateDocuments({ ids: ['1.02'], interactive: false });
    expect(register.getRange(2, 1).getValue()).toBe(2);
  });

  it('direction controls typed into a cell reach no calendar title, message or Doc', async () => {
    const { ws, addon } = await installed();
    const RLO = '\u202e';
    addon.josparImportPlan(
      PLAN.map((i) => ({ ...i, activity: `${i.activity} ${RLO}fdp.exe\u2066x\u2069` })),
      'plan.json',
    );
    applyPeople(ws, readPeopleCsv(EXAMPLE_PEOPLE).people);
    addon.josparCreateTemplates();
    addon.josparGenerateDocuments({ ids: ['1.01'], interactive: false });
    addon.josparSyncCalendar();
    addon.josparRemindRows(['1.01'], { interactive: false });
    const events = ws.calendars.calendars.flatMap((c) => c.events.map((e) => `${e.summary} ${e.description ?? ''}`));
    const mail = ws.mail.sent.map((m) => `${m.subject} ${m.body} ${m.htmlBody ?? ''}`);
    const docs = ws.docs.documents.map((d) => JSON.stringify(d));
    expect(events.some((e) => e.includes('fdp.exe'))).toBe(true);
    expect(mail.some((m) => m.includes('fdp.exe'))).toBe(true);
    expect(docs.some((d) => d.includes('fdp.exe'))).toBe(true);
    for (const text of [...events, ...mail, ...docs]) expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });
});

describe('a preview cut off during its first Set up', () => {
  it('gets the example roster on the re-run', async () => {
    const state = join(dir, 'cut.json');
    const out = join(dir, 'cut-out');
    const plan = file('small.csv', `${HEADER}\n1,Unit,1,Есеп жазу,АҚД директоры,2025 ж. 1 қазанына дейін,есеп\n`);
    const run = ['preview', '--state', state, '--out', out, '--plan', plan, '--today', '2025-10-01', '--json'];
    const cut = await cli(...run, '--fault', 'sheets:3');
    expect(cut.code).toBe(1);
    const rerun = await cli(...run);
    expect(rerun.code).toBe(0);
    const ws = Workspace.fromJSON(JSON.parse(readFileSync(state, 'utf8')));
    const roles = ws.spreadsheet.getSheetByName('Рөлдер')!.getDataRange().getValues();
    const email = (roles[0] as string[]).indexOf('Email');
    expect(roles.slice(1).filter((r) => String(r[email]).includes('@')).length).toBe(roles.length - 1);
  });
});
