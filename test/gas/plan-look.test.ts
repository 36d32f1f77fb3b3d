import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeXlsx } from '../../src/local/export/xlsx';
import { columnOf, installed, sheetValues } from '../helpers';

const OLD_ORDER = [
  'Бөлім',
  '№',
  'Іс-шаралар',
  'Жауапты',
  'Орындау мерзімі',
  'Аяқталу түрі',
  'Мәртебе',
  'Күнтізбе кезеңдері',
  'Дәлел сілтемесі',
  'Түсініктеме',
  'ID',
  'Келесі мерзім',
  'Мерзім саны',
  'Сұраныс бойынша',
  'Жауаптылар email',
  'Құжат',
  'Күнтізбе күйі',
  'Мәселелер',
];

describe('the Plan sheet as a person sees it', () => {
  it('freezes ID and activity, filters, formats dates as the plan writes them, colours overdue rows', async () => {
    // 10 November 2025: 1.01 (due 1 September, a day off: 29 August) is overdue, 1.24 (monthly) is not.
    const { ws, addon } = await installed({ now: Date.parse('2025-11-10T04:00:00Z') });
    addon.josparSetUpPlan();
    const sheet = ws.spreadsheet.getSheetByName('Жоспар')!;
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getFrozenColumns()).toBe(2);
    expect(sheet.getFilter()!.getRange().getA1Notation()).toMatch(/^A1:V\d+$/);
    const values = sheetValues(ws, 'Жоспар');
    const header = values[0] as string[];
    expect(header.slice(0, 6)).toEqual(['ID', 'Іс-шаралар', 'Жауапты', 'Орындау мерзімі', 'Келесі мерзім', 'Мәртебе']);
    const next = columnOf(ws, 'Жоспар', 'Келесі мерзім');
    const late = columnOf(ws, 'Жоспар', 'Кешігу, күн');
    expect(sheet.getRange(2, next + 1).getNumberFormat()).toBe('dd.mm.yyyy');
    const row = (id: string) => values.find((r) => r[0] === id)!;
    // "Next due" stays a date cell even when the item is late (the date it missed); the lateness is beside it.
    expect(Object.prototype.toString.call(row('1.01')[next])).toBe('[object Date]');
    expect((row('1.01')[next] as Date).toISOString()).toBe('2025-08-28T19:00:00.000Z'); // 29.08.2025 in Asia/Almaty
    expect(row('1.01')[late]).toBe(73);
    expect(row('1.01')[columnOf(ws, 'Жоспар', 'Күйі')]).toBe('Мерзімі өткен: 73 күн');
    expect(header.indexOf('Күйі')).toBe(header.indexOf('Мәртебе') + 1);
    expect(Object.prototype.toString.call(row('1.24')[next])).toBe('[object Date]');
    expect(row('1.24')[late]).toBe('');
    const rules = sheet.getConditionalFormatRules();
    expect(rules.map((r) => r.getBooleanCondition()!.getCriteriaValues()[0])).toEqual([0, '=$H2>0']);
    // The unit is a short label.
    expect(row('1.01')[columnOf(ws, 'Жоспар', 'Бөлім')]).toBe('1. ОПҰжМБ');
  });

  it('says a missing email once (Roles sheet and one summary line), leaving the Problems column to real problems', async () => {
    const { ws, addon } = await installed();
    const outcome = addon.josparSetUpPlan() as { report: string[] };
    const problems = columnOf(ws, 'Жоспар', 'Мәселелер');
    const withProblems = sheetValues(ws, 'Жоспар')
      .slice(1)
      .filter((r) => r[problems] !== '');
    // the real ones: 1.02 and 1.03 (28.08.2025, before the plan year), 3.09 (a word not understood)
    expect(withProblems.length).toBeLessThanOrEqual(3);
    expect(withProblems.every((r) => !/email/.test(String(r[problems])))).toBe(true);
    expect(outcome.report.filter((l) => /email/.test(l))).toHaveLength(1);
    expect(outcome.report.join('\n')).toMatch(/9 рөлдің email-ы жоқ/);
  });

  it('removes the untouched first sheet and protects its own state sheet', async () => {
    const { ws, addon } = await installed();
    expect(ws.spreadsheet.getSheets()[0].getName()).toBe('Sheet1');
    addon.josparSetUpPlan();
    expect(ws.spreadsheet.getSheetByName('Sheet1')).toBeNull();
    expect(ws.spreadsheet.getSheets()[0].getName()).toBe('Жоспар');
    const state = ws.spreadsheet.getSheetByName('_jospar')!;
    expect(state._protections.filter((p) => p.sheetLevel)).toHaveLength(1);
    // A first sheet someone wrote in stays.
    const other = await installed();
    other.ws.spreadsheet.getSheets()[0].getRange('A1').setValue('мой список');
    other.addon.josparSetUpPlan();
    expect(other.ws.spreadsheet.getSheetByName('Sheet1')).not.toBeNull();
  });

  it('rearranges a Plan of the older layout without losing a cell, once', async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    const sheet = ws.spreadsheet.getSheetByName('Жоспар')!;
    // Rebuild the sheet as the older layout: old column order, old headers, a user's own column after the activity.
    const now = sheetValues(ws, 'Жоспар') as unknown[][];
    const at = (h: string) => (now[0] as string[]).indexOf(h);
    const order = OLD_ORDER.map(at);
    const old = now.map((r, i) => {
      const line = order.map((c) => r[c]);
      line.splice(3, 0, i === 0 ? 'Менің бағам' : `баға ${i}`);
      return line;
    });
    old[0][10] = 'Ескертпе';
    old[0][18] = 'Ескертулер';
    old[5][10] = 'қолмен жазылған ескертпе';
    sheet.getRange(1, 1, 1000, 26).clearContent();
    sheet.getFilter()?.remove();
    sheet.getRange(1, 1, old.length, old[0].length).setValues(old as string[][]);
    ws.properties.document.delete('jospar.planLayout');

    addon.josparSetUpPlan();
    const after = sheetValues(ws, 'Жоспар');
    const header = after[0] as string[];
    expect(header.slice(0, 7)).toEqual([
      'ID',
      'Іс-шаралар',
      'Менің бағам',
      'Жауапты',
      'Орындау мерзімі',
      'Келесі мерзім',
      'Мәртебе',
    ]);
    expect(header).toContain('Түсініктеме');
    expect(header).toContain('Мәселелер');
    expect(header).toContain('Кешігу, күн');
    const row5 = after[5] as unknown[];
    expect(row5[header.indexOf('Менің бағам')]).toBe('баға 5');
    expect(row5[header.indexOf('Түсініктеме')]).toBe('қолмен жазылған ескертпе');
    expect(row5[header.indexOf('Іс-шаралар')]).toBe(old[5][2]);
    // Every old cell is still somewhere in its row.
    for (let r = 1; r < old.length; r++)
      for (const v of old[r]) if (v !== '' && typeof v === 'string') expect(after[r]).toContain(v);

    // The user moves a column afterwards: Set up leaves it where they put it.
    sheet.moveColumns(sheet.getRange(1, header.indexOf('Менің бағам') + 1), header.length + 1);
    ws.counter.reset();
    addon.josparSetUpPlan();
    expect(ws.counter.counts.get('Sheet.moveColumns') ?? 0).toBe(0);
  });

  it('exports what Sheets would show: frozen panes, the filter, conditional formats, date formats', async () => {
    const { ws, addon } = await installed({ now: Date.parse('2025-11-10T04:00:00Z') });
    addon.josparSetUpPlan();
    const file = join(mkdtempSync(join(tmpdir(), 'jospar-')), 'plan.xlsx');
    await writeXlsx(ws.spreadsheet, file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const plan = wb.getWorksheet('Жоспар')!;
    expect(plan.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 1 });
    expect(String(plan.autoFilter)).toBe('A1:V128');
    const cf = (plan as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ type: string }> }> })
      .conditionalFormattings;
    expect(cf.map((c) => [c.ref, c.rules[0].type])).toEqual([
      ['H2:H1000', 'cellIs'],
      ['A2:H1000', 'expression'],
    ]);
    expect(plan.getCell('E30').numFmt).toBe('dd.mm.yyyy');
  });
});
