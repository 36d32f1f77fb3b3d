/**
 * An .xlsx plan's cells as Excel shows them: date cells (a serial number under a date format, in the 1900 or the 1904
 * date system) arrive as dates written the plan's way, never as "45931"; an error cell (#REF!, #DIV/0!) refuses the
 * file, naming its row and column, and changes nothing. Workbooks made by ExcelJS, read by the add-on's importer.
 */
import ExcelJS from 'exceljs';
import { dateKind, numberCellText, serialDay } from '../../src/core/plan/import/xlsx-values';
import { installed, sheetValues } from '../helpers';

type Outcome = { ok: boolean; report: string[] };
const HEADER = ['№', 'Іс-шаралар', 'Жауапты', 'Орындау мерзімі', 'Аяқталу түрі'];

async function workbook(rows: ExcelJS.CellValue[][], date1904 = false): Promise<string> {
  const wb = new ExcelJS.Workbook();
  if (date1904) wb.properties.date1904 = true;
  const sheet = wb.addWorksheet('Жоспар');
  sheet.addRow(HEADER);
  sheet.addRow(['1 Оқу процесі']);
  for (const r of rows) sheet.addRow(r);
  sheet.getColumn(4).numFmt = 'dd.mm.yyyy';
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('.xlsx dates', () => {
  it.each([
    ['1900', false],
    ['1904', true],
  ])('a date cell in the %s date system is the date the workbook shows', async (_system, date1904) => {
    const { ws, addon } = await installed();
    const file = await workbook(
      [
        [1, 'Есеп тапсыру', 'Бөлім басшысы', day('2025-10-01'), 'Есеп'],
        [2, 'Жоспар бекіту', 'Директор', day('2026-02-28'), 'Бұйрық'],
      ],
      date1904,
    );
    const out = addon.josparImportPlanFile('dates.xlsx', file, false) as Outcome;
    expect(out.ok).toBe(true);
    const plan = sheetValues(ws, 'Жоспар');
    const col = (plan[0] as string[]).indexOf('Орындау мерзімі');
    expect(plan.slice(1).map((r) => r[col])).toEqual(['01.10.2025', '28.02.2026']);
  });

  it('formats and serials: built-in and custom date formats, times, plain numbers, Lotus’s 1900 leap day', () => {
    expect(dateKind(14, undefined)).toBe('date');
    expect(dateKind(22, undefined)).toBe('datetime');
    expect(dateKind(20, undefined)).toBe('time');
    expect(dateKind(2, undefined)).toBeNull();
    expect(dateKind(164, '[$-409]d mmmm yyyy;@')).toBe('date');
    expect(dateKind(165, 'yyyy "ж." d mmm')).toBe('date');
    expect(dateKind(166, 'h:mm')).toBe('time');
    expect(dateKind(167, '#,##0.00 "дн."')).toBeNull();
    expect(dateKind(168, '[Red]0')).toBeNull();
    expect(serialDay(45931, false)).toBe('2025-10-01');
    expect(serialDay(44469, true)).toBe('2025-10-01');
    expect(serialDay(59, false)).toBe('1900-02-28');
    expect(serialDay(61, false)).toBe('1900-03-01');
    expect(numberCellText('45931.5', 'datetime', false)).toBe('01.10.2025 12:00');
    expect(numberCellText('45931', null, false)).toBe('45931');
  });
});

describe('.xlsx error cells', () => {
  it('#REF! and #DIV/0! refuse the file with their row and column, and change nothing', async () => {
    const { ws, addon } = await installed();
    const file = await workbook([
      [1, { error: '#REF!' }, 'Бөлім басшысы', day('2025-10-01'), 'Есеп'],
      [2, 'Жоспар бекіту', { formula: '1/0', result: { error: '#DIV/0!' } }, day('2026-02-28'), 'Бұйрық'],
    ]);
    const before = JSON.stringify(ws.toJSON().spreadsheet);
    const out = addon.josparImportPlanFile('broken.xlsx', file, false) as Outcome;
    expect(out.ok).toBe(false);
    expect(out.report[0]).toMatch(/broken\.xlsx, row 3, column B: the cell holds the error #REF!/);
    expect(out.report[0]).toMatch(/broken\.xlsx, row 4, column C: the cell holds the error #DIV\/0!/);
    expect(JSON.stringify(ws.toJSON().spreadsheet)).toBe(before);
  });
});
