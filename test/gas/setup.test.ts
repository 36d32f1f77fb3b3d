import { PLAN_2025_2026 } from '../../src/core/plan/plan-2025-2026';
import { columnOf, installed, sheetValues } from '../helpers';

/** Value writes and reads of Jospar's own sheets (the sidebar's Overview sheet is refreshed after Set up, apart). */
const io = (ws: { counter: { perSheet: Map<string, number> } }, kind: 'read' | 'write') =>
  SHEETS.map((n) => ws.counter.perSheet.get(`${kind}:${n}`) ?? 0);

const SHEETS = [
  'Жоспар',
  'Рөлдер',
  'Академиялық күнтізбе',
  'Үлгілер',
  'Бұйрықтар тізілімі',
  'Баптаулар',
  'Журнал',
  'Хабарламалар',
  '_jospar',
];

describe('Set up plan on the local Workspace', () => {
  it('lays out every sheet with one value write each, and reads nothing that does not exist', async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    for (const name of SHEETS) expect(ws.spreadsheet.getSheetByName(name)).not.toBeNull();
    expect(io(ws, 'write')).toEqual(SHEETS.map(() => 1));
    // nothing read: Set up reads no sheet that does not exist, and the Overview after it projects Set up's own result
    expect(io(ws, 'read')).toEqual(SHEETS.map(() => 0));
    const plan = sheetValues(ws, 'Жоспар');
    expect(plan).toHaveLength(128);
    const id = columnOf(ws, 'Жоспар', 'ID');
    expect(plan.slice(1).map((r) => r[id])).toEqual(
      PLAN_2025_2026.items.map((i) => `${i.section}.${String(i.no).padStart(2, '0')}`),
    );
    const sheet = ws.spreadsheet.getSheetByName('Жоспар')!;
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet._protections.every((p) => p.warningOnly)).toBe(true);
    expect(sheet._protections.length).toBeGreaterThan(0);
    expect(sheet._validations.some((v) => v.rule.values.includes('Жоспарланған'))).toBe(true);
    expect(ws.spreadsheet.getSheetByName('_jospar')!.isSheetHidden()).toBe(true);
    // A user column of the Plan sheet holds the document's text; system columns are filled.
    const activity = columnOf(ws, 'Жоспар', 'Іс-шаралар');
    expect(plan[1][activity]).toBe(PLAN_2025_2026.items[0].activity);
    const next = columnOf(ws, 'Жоспар', 'Келесі мерзім');
    expect(Object.prototype.toString.call(plan[24][next])).toBe('[object Date]'); // 1.24 monthly: a real date cell
  });

  it('changes nothing on a second run: one read per sheet, no writes', async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    const before = SHEETS.map((n) => JSON.stringify(sheetValues(ws, n)));
    ws.counter.reset();
    const outcome = addon.josparSetUpPlan() as { report: string[] };
    expect(io(ws, 'write')).toEqual(SHEETS.map(() => 0));
    expect(io(ws, 'read')).toEqual(SHEETS.map(() => 1));
    expect(SHEETS.map((n) => JSON.stringify(sheetValues(ws, n)))).toEqual(before);
    expect(outcome.report[0]).toMatch(/ештеңе өзгертілмеді/);
  });

  it('keeps what users did when they sort, edit and delete rows, and restores deleted plan items', async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    const sheet = ws.spreadsheet.getSheetByName('Жоспар')!;
    const notes = columnOf(ws, 'Жоспар', 'Түсініктеме') + 1;
    const id = columnOf(ws, 'Жоспар', 'ID') + 1;
    const deadline = columnOf(ws, 'Жоспар', 'Орындау мерзімі') + 1;
    // A user writes notes, sorts by deadline (descending), and deletes two rows.
    sheet.getRange(2, notes).setValue('бастық қарады');
    sheet.getRange(2, 1, 127, sheet.getLastColumn()).sort({ column: deadline, ascending: false });
    const rows = sheet.getDataRange().getValues();
    const rowOf = (x: string) => rows.findIndex((r) => r[id - 1] === x) + 1;
    const deleted = ['3.26', '2.05'];
    for (const r of deleted.map(rowOf).sort((a, b) => b - a)) sheet.deleteRow(r);
    ws.counter.reset();

    const outcome = addon.josparSetUpPlan() as { report: string[] };
    const after = sheetValues(ws, 'Жоспар');
    const ids = after.slice(1).map((r) => r[id - 1]);
    expect(ids).toHaveLength(127);
    expect(new Set(ids).size).toBe(127);
    expect(ids.slice(-2)).toEqual(['2.05', '3.26']); // restored at the bottom
    expect(after.find((r) => r[id - 1] === '1.01')![notes - 1]).toBe('бастық қарады');
    expect(outcome.report.join(' ')).toMatch(/2\.05, 3\.26/);
    // the restored rows, and the Log line
    expect(io(ws, 'write')).toEqual(SHEETS.map((n) => (n === 'Жоспар' || n === 'Журнал' ? 1 : 0)));
  });

  it('gives ids to rows a user inserted and fixes a copied id, without touching user columns', async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    const sheet = ws.spreadsheet.getSheetByName('Жоспар')!;
    const width = sheet.getLastColumn();
    const header = sheet.getRange(1, 1, 1, width).getValues()[0] as string[];
    const row = header.map(() => '');
    row[header.indexOf('Бөлім')] = '2';
    row[header.indexOf('Іс-шаралар')] = 'Жаңа іс-шара';
    row[header.indexOf('Жауапты')] = 'ББТО мамандары, Проректор';
    row[header.indexOf('Орындау мерзімі')] = 'ай сайын';
    sheet.insertRowBefore(5);
    sheet.getRange(5, 1, 1, width).setValues([row]);
    addon.josparSetUpPlan();
    const values = sheetValues(ws, 'Жоспар');
    const added = values[4] as string[];
    expect(added[header.indexOf('ID')]).toBe('2.18');
    expect(added[header.indexOf('Іс-шаралар')]).toBe('Жаңа іс-шара');
    expect(added[header.indexOf('Мерзім саны')]).toBe(12);
    expect(added[header.indexOf('Мәселелер')]).toMatch(/Проректор/);
    // A row whose unit nobody can tell is said so, beside its other warnings.
    sheet.getRange(5, header.indexOf('Бөлім') + 1).setValue('белгісіз');
    addon.josparSetUpPlan();
    const warned = sheet.getRange(5, header.indexOf('Мәселелер') + 1).getValue() as string;
    expect(warned).toMatch(/Проректор/);
    expect(warned).toMatch(/бөлім анықталмады/);
    // The unknown role is added to the Roles sheet to be described.
    expect(sheetValues(ws, 'Рөлдер').some((r) => r[0] === 'Проректор')).toBe(true);
  });

  it('writes user text as text, never as a formula', async () => {
    const { ws, addon } = await installed();
    const items = [
      {
        section: 1,
        sectionTitle: 'Бөлім',
        no: 1,
        activity: '=HYPERLINK("http://x","y")',
        responsible: '+7 777 123 45 67',
        deadline: '@ай сайын',
        deliverable: '01.06.2026',
      },
    ];
    addon.josparImportPlan(items, 'bad.json');
    const sheet = ws.spreadsheet.getSheetByName('Жоспар')!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as string[];
    const row = sheet.getRange(2, 1, 1, header.length);
    expect(row.getFormulas()[0].every((f) => f === '')).toBe(true);
    const v = row.getValues()[0];
    expect(v[header.indexOf('Іс-шаралар')]).toBe('=HYPERLINK("http://x","y")');
    expect(v[header.indexOf('Жауапты')]).toBe('+7 777 123 45 67');
    expect(v[header.indexOf('Аяқталу түрі')]).toBe('01.06.2026');
  });

  it('flags roles without emails, and invites only emails of the allowed domain', async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    const roles = ws.spreadsheet.getSheetByName('Рөлдер')!;
    const values = roles.getDataRange().getValues();
    const emailCol = (values[0] as string[]).indexOf('Email') + 1;
    const r = values.findIndex((x) => x[0] === 'ОПҰжМБ бастығы') + 1;
    roles.getRange(r, emailCol).setValue('head@edu.ektu.kz, someone@gmail.com, not-an-email');
    addon.josparRefreshDeadlines();
    const plan = sheetValues(ws, 'Жоспар');
    const header = plan[0] as string[];
    const row = plan.find((x) => x[header.indexOf('ID')] === '1.02')!;
    expect(row[header.indexOf('Жауаптылар email')]).toBe('head@edu.ektu.kz');
    // A role's bad addresses are said once, on the Roles sheet and in the Overview, not on each of its rows.
    expect(row[header.indexOf('Мәселелер')]).not.toMatch(/someone@gmail\.com|not-an-email/);
    const rolesNow = sheetValues(ws, 'Рөлдер');
    const checkCol = (values[0] as string[]).indexOf('Тексеру');
    expect(rolesNow.find((x) => x[0] === 'ОПҰжМБ бастығы')![checkCol]).toMatch(/not-an-email/);
    const check = rolesNow.find((x) => x[0] === 'АҚД директоры')!;
    expect(check[checkCol]).toBe('email енгізілмеген');
    const overview = sheetValues(ws, 'Шолу').map((r) => String(r[0]));
    expect(overview.filter((c) => c.includes('ОПҰжМБ бастығы:'))).toEqual([
      expect.stringMatching(/ОПҰжМБ бастығы: .*not-an-email/),
    ]);
  });

  it('recomputes a row at once when its deadline is edited (simple onEdit)', async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    const sheet = ws.spreadsheet.getSheetByName('Жоспар')!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as string[];
    const range = sheet.getRange(3, header.indexOf('Орындау мерзімі') + 1);
    range.setValue('Тоқсан сайын');
    addon.onEdit({ range, source: ws.spreadsheet, value: 'Тоқсан сайын' });
    const row = sheet.getRange(3, 1, 1, header.length).getValues()[0];
    expect(row[header.indexOf('Мерзім саны')]).toBe(4);
    range.setValue('32.13.2025');
    addon.onEdit({ range, source: ws.spreadsheet });
    expect(sheet.getRange(3, header.indexOf('Мәселелер') + 1).getValue()).toMatch(/мүмкін емес күн/);
  });

  it('does not run while another run holds the lock', async () => {
    const { ws, addon } = await installed();
    ws.holdLock('document');
    const outcome = addon.josparSetUpPlan() as { ok: boolean };
    expect(outcome.ok).toBe(false);
    expect(ws.spreadsheet.getSheetByName('Жоспар')).toBeNull();
    expect(ws.ui.alerts[0].message).toMatch(/басқа жұмысты/);
  });
});

describe('Set up on sheets users emptied', () => {
  it('puts the calendar estimate back under a header left with no periods', async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    const cal = ws.spreadsheet.getSheetByName('Академиялық күнтізбе')!;
    cal.deleteRows(2, cal.getLastRow() - 1);
    expect(cal.getLastRow()).toBe(1);
    addon.josparSetUpPlan();
    const ids = cal
      .getDataRange()
      .getValues()
      .slice(1)
      .map((r) => r[0]);
    expect(ids).toContain('exam-1');
    expect(ids).toHaveLength(12);
  });
});

describe('the Log', () => {
  it('gains one line per Set up that changed something, below the lines already there', async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    const log = ws.spreadsheet.getSheetByName('Журнал')!;
    expect(log.getLastRow()).toBe(2);
    log
      .getRange(3, 1, 40, 5)
      .setValues(
        Array.from({ length: 40 }, (_, i) => ['2025-10-01 09:00:00', 'x@edu.ektu.kz', 'manual', '', `line ${i}`]),
      );
    const plan = ws.spreadsheet.getSheetByName('Жоспар')!;
    plan.deleteRow(2);
    addon.josparSetUpPlan();
    expect(log.getLastRow()).toBe(43);
    expect(log.getRange(43, 3).getValue()).toBe('Жоспарды орнату'); // the action as a word of the Settings language;
    expect(log.getRange(43, 5).getValue()).toMatch(/1\.01/);
    expect(log.getRange(42, 5).getValue()).toBe('line 39');
  });
});

describe('Settings drive the deadlines', () => {
  it('a changed convention changes the Plan on the next recalculation', async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    const settings = ws.spreadsheet.getSheetByName('Баптаулар')!;
    const keys = settings
      .getDataRange()
      .getValues()
      .map((r) => r[0]);
    settings.getRange(keys.indexOf('monthDueDay') + 1, columnOf(ws, 'Баптаулар', 'Мәні') + 1).setValue('25');
    addon.josparRefreshDeadlines();
    const plan = sheetValues(ws, 'Жоспар');
    const header = plan[0] as string[];
    const row = plan.find((r) => r[header.indexOf('ID')] === '1.09')!; // "2025 ж. желтоқсан"
    const next = row[header.indexOf('Келесі мерзім')] as Date;
    expect(next.getTime()).toBe(Date.parse('2025-12-25T00:00:00+05:00')); // midnight in the spreadsheet's zone
  });
});
