import { PLAN_2025_2026 } from '../../src/core/plan/plan-2025-2026';
import { unitLabel } from '../../src/core/plan/unit-label';
import type { PlanDocument } from '../../src/core/plan/types';
import type { Workspace } from '../../src/local/workspace/workspace';
import { installed, settingsMap, sheetValues } from '../helpers';
import { planDocx, planXlsx } from './plan-docx';

type Outcome = { ok: boolean; report: string[]; added: string[]; changed: string[]; removed: string[] };
const id = (s: number, n: number) => `${s}.${String(n).padStart(2, '0')}`;

function planOf(ws: Workspace) {
  const values = sheetValues(ws, 'Жоспар');
  const h = values[0] as string[];
  const col = (name: string) => h.indexOf(name);
  return values.slice(1).map((r) => ({
    id: String(r[col('ID')]),
    unit: String(r[col('Бөлім')]),
    no: String(r[col('№')]),
    activity: String(r[col('Іс-шаралар')]),
    responsible: String(r[col('Жауапты')]),
    deadline: String(r[col('Орындау мерзімі')]),
    deliverable: String(r[col('Аяқталу түрі')]),
    status: String(r[col('Мәртебе')]),
    notes: String(r[col('Түсініктеме')]),
    warnings: String(r[col('Мәселелер')]),
  }));
}

function snapshot(ws: Workspace): string {
  return JSON.stringify(ws.spreadsheet._sheets.map((s) => [s._name, s.getDataRange().getValues()]));
}

const expected = (plan: PlanDocument) =>
  plan.items.map((i) => ({
    id: id(i.section, i.no),
    unit: unitLabel(i), // the Plan shows a unit by its short label (issue 13)
    no: String(i.no),
    activity: i.activity,
    responsible: i.responsible,
    deadline: i.deadline,
    deliverable: i.deliverable,
  }));

const strip = (rows: ReturnType<typeof planOf>) =>
  rows.map(({ id, unit, no, activity, responsible, deadline, deliverable }) => ({
    id,
    unit,
    no,
    activity,
    responsible,
    deadline,
    deliverable,
  }));

describe('Import plan', () => {
  it('reads a .docx in the seed’s structure item for item, with its year, approver and signatory', async () => {
    const { ws, addon } = await installed();
    const file = await planDocx(PLAN_2025_2026, { splitCells: true });
    const out = addon.josparImportPlanFile('plan.docx', file.toString('base64'), false) as Outcome;
    expect(out.ok).toBe(true);
    // 127 items, section 3 without 24 and 25, each cell as the approved text (a cell's lines joined by spaces).
    expect(strip(planOf(ws))).toEqual(expected(PLAN_2025_2026));
    const settings = settingsMap(ws);
    expect(settings.get('academicYear')).toBe('2025-2026');
    expect(settings.get('approverName')).toBe('Ж.Қ. Шаймарданов');
    expect(settings.get('approverPosition')).toBe('Басқарма Төрағасы – Ректор');
    expect(settings.get('signatoryName')).toBe('Э.С. Нурекенова');
    expect(sheetValues(ws, '_jospar').find((r) => r[0] === 'planSource')?.[1]).toBe('import:plan.docx');
  });

  it('reads an .xlsx with unit heading rows', async () => {
    const { ws, addon } = await installed();
    const file = await planXlsx(PLAN_2025_2026);
    const out = addon.josparImportPlanFile('plan.xlsx', file.toString('base64'), false) as Outcome;
    expect(out.ok).toBe(true);
    expect(strip(planOf(ws))).toEqual(expected(PLAN_2025_2026));
  });

  it('re-import keeps statuses and notes, updates changed text, adds new items and marks a removed one', async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    const sheet = ws.spreadsheet.getSheetByName('Жоспар')!;
    const h = sheetValues(ws, 'Жоспар')[0] as string[];
    const rowOf = (x: string) => planOf(ws).findIndex((r) => r.id === x) + 2;
    sheet.getRange(rowOf('1.02'), h.indexOf('Мәртебе') + 1).setValue('Орындалды');
    sheet.getRange(rowOf('1.02'), h.indexOf('Түсініктеме') + 1).setValue('бекітілді');
    sheet.getRange(rowOf('1.03'), h.indexOf('Түсініктеме') + 1).setValue('тексеру');

    const items = PLAN_2025_2026.items
      .filter((i) => !(i.section === 4 && i.no === 25))
      .map((i) => (i.section === 1 && i.no === 3 ? { ...i, deadline: '15.09.2025 ж. дейін' } : i));
    items.push({ ...items[54], no: 56, activity: 'Жаңа іс-шара', deadline: 'Ай сайын' });
    const edited = { ...PLAN_2025_2026, items };
    const file = await planDocx(edited);
    const out = addon.josparImportPlanFile('plan-v2.docx', file.toString('base64'), false) as Outcome;
    expect(out.ok).toBe(true);
    expect(out.added).toEqual(['1.56']);
    expect(out.changed).toEqual(['1.03']);
    expect(out.removed).toEqual(['4.25']);
    const rows = planOf(ws);
    const row = (x: string) => rows.find((r) => r.id === x)!;
    expect(row('1.02')).toMatchObject({ status: 'Орындалды', notes: 'бекітілді' });
    expect(row('1.03')).toMatchObject({ deadline: '15.09.2025 ж. дейін', notes: 'тексеру' });
    expect(row('1.56')).toMatchObject({ activity: 'Жаңа іс-шара', status: 'Жоспарланған' });
    expect(row('4.25').warnings).toMatch(/plan-v2\.docx/); // kept, marked for a person to confirm
    expect(rows).toHaveLength(128);
    // The report goes unit by unit.
    expect(out.report.join('\n')).toMatch(/1\. ОПҰжМБ[^\n]*қосылды 1 \(1\.56\); өзгерді 1 \(1\.03\)/);
    expect(out.report.join('\n')).toMatch(/4\. СҚКО[^\n]*тексеруге белгіленді 1 \(4\.25\)/);
    // The mark survives a refresh; importing the full plan again clears it.
    addon.josparRefreshDeadlines();
    expect(planOf(ws).find((r) => r.id === '4.25')!.warnings).toMatch(/plan-v2\.docx/);
    const again = await planDocx({ ...PLAN_2025_2026, items: [...PLAN_2025_2026.items, items[items.length - 1]] });
    addon.josparImportPlanFile('plan-v3.docx', again.toString('base64'), false);
    expect(planOf(ws).find((r) => r.id === '4.25')!.warnings).not.toMatch(/plan-v2\.docx/);
    expect(planOf(ws).find((r) => r.id === '1.03')!.deadline).toBe(PLAN_2025_2026.items[2].deadline);
  });

  it('rejects files it cannot read, naming file, row and column, and changes nothing', async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    const before = snapshot(ws);
    const tryFile = (name: string, bytes: Buffer) =>
      addon.josparImportPlanFile(name, bytes.toString('base64'), false) as Outcome;

    const notZip = tryFile('plan.docx', Buffer.from('this is not a zip'));
    expect(notZip.ok).toBe(false);
    expect(notZip.report[0]).toMatch(/plan\.docx.*not a zip archive/s);

    const noTable = tryFile('empty.docx', await planDocx(PLAN_2025_2026, { noTable: true }));
    expect(noTable.report[0]).toMatch(/empty\.docx: the document has no table/);

    const missing = tryFile('cols.docx', await planDocx(PLAN_2025_2026, { header: HEADER_WITHOUT_DEADLINE }));
    expect(missing.report[0]).toMatch(/cols\.docx, table row 1, column 1: no column "Орындау мерзімі"/);

    const badNo = { ...PLAN_2025_2026, items: PLAN_2025_2026.items.slice(0, 3) };
    const docx = await planDocx({ ...badNo, items: badNo.items.map((i, k) => (k === 1 ? { ...i, no: NaN } : i)) });
    const bad = tryFile('bad.docx', docx);
    // Header is table row 1, the unit heading row 2, the items rows 3-5: the second item is row 4, column 1 (№).
    expect(bad.report[0]).toMatch(/bad\.docx, table row 4, column 1: "NaN" is not an item number/);

    const other = tryFile('plan.pdf', Buffer.from('%PDF-1.4'));
    expect(other.report[0]).toMatch(/plan\.pdf: not a \.docx, \.xlsx, \.csv or \.json file/);
    expect(snapshot(ws)).toBe(before);
  });
});

const HEADER_WITHOUT_DEADLINE = ['№', 'Іс-шаралар', 'Жауапты', 'Аяқталу түрі'];
