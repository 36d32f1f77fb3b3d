/** Sheets' limits the add-on meets: a sheet has 1,000 rows until it is grown, and Sheets refuses ranges past them. */
import { scaled } from '../../src/local/cli/bench-command';
import type { LocalSheet } from '../../src/local/workspace/spreadsheet';
import { columnOf, installed, sheetValues } from '../helpers';

/** What a row shows beyond its values: number format, background and dropdown of each column. */
function look(sheet: LocalSheet, row: number): unknown[] {
  return Array.from({ length: sheet.getLastColumn() }, (_, i) => {
    const cell = sheet.getRange(row, i + 1);
    return [cell.getNumberFormat(), cell.getBackground(), cell.getDataValidation()?.getCriteriaValues() ?? null];
  });
}

/** The columns (1-based) of a row that a warning protection of Jospar covers. */
function guarded(sheet: LocalSheet, row: number): number[] {
  return sheet._protections
    .filter((p) => !p.sheetLevel && p.warningOnly && p.description.startsWith('Jospar'))
    .map((p) => sheet.getRange(p.a1))
    .filter((r) => r.getRow() <= row && row <= r.getLastRow())
    .flatMap((r) => Array.from({ length: r.getNumColumns() }, (_, i) => r.getColumn() + i))
    .sort((a, b) => a - b);
}

/** How many runs of adjacent columns a sorted list of columns makes (one protection a run). */
function adjacentSystemRuns(cols: number[]): number {
  return cols.filter((c, i) => i === 0 || c !== cols[i - 1] + 1).length;
}

describe('sheets past their first 1,000 rows', () => {
  it('the Log keeps taking lines past row 1,000, its item ids still text', async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    const log = ws.spreadsheet.getSheetByName('Журнал')!;
    const filler = Array.from({ length: 1000 - log.getLastRow() }, (_, i) => [`old ${i}`]);
    log.getRange(log.getLastRow() + 1, 3, filler.length, 1).setValues(filler);
    expect(log.getLastRow()).toBe(1000); // the sheet is full
    addon.josparSyncCalendar(); // logs its lines past the sheet's first 1,000 rows
    expect(log.getLastRow()).toBeGreaterThan(1000);
    expect(log.getMaxRows()).toBeGreaterThan(1000);
    const item = columnOf(ws, 'Журнал', 'Тармақ') + 1;
    expect(log.getRange(1001, item).getNumberFormat()).toBe('@');
    expect(
      sheetValues(ws, 'Журнал')
        .slice(1000)
        .every((row) => row[2] !== ''),
    ).toBe(true);
  });
});

describe('rows past the first 1,000 look like the first 1,000', () => {
  it('a Plan of 1,100 items: the status dropdown, the grey system columns and the formats reach its last row', async () => {
    const { ws, addon } = await installed();
    addon.josparImportPlan(
      scaled(1100).map((i) => ({ ...i })),
      'test',
    );
    const plan = ws.spreadsheet.getSheetByName('Жоспар')!;
    expect(plan.getLastRow()).toBe(1101);
    const status = columnOf(ws, 'Жоспар', 'Мәртебе') + 1;
    expect(plan.getRange(1101, status).getDataValidation()?.getCriteriaValues()[0]).toEqual(
      plan.getRange(2, status).getDataValidation()?.getCriteriaValues()[0],
    );
    expect(look(plan, 1101)).toEqual(look(plan, 500));
    expect(look(plan, plan.getMaxRows())).toEqual(look(plan, 500));
    expect(guarded(plan, 500).length).toBeGreaterThan(0);
    expect(guarded(plan, plan.getMaxRows())).toEqual(guarded(plan, 500));
  });

  it('the Log, grown past row 1,000, keeps its grey system columns', async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    const log = ws.spreadsheet.getSheetByName('Журнал')!;
    const filler = Array.from({ length: 1000 - log.getLastRow() }, (_, i) => [`old ${i}`]);
    log.getRange(log.getLastRow() + 1, 3, filler.length, 1).setValues(filler);
    addon.josparSyncCalendar();
    expect(log.getLastRow()).toBeGreaterThan(1000);
    expect(look(log, 1001)).toEqual(look(log, 999));
    expect(look(log, log.getMaxRows())).toEqual(look(log, 999));
    // Its system columns warn before an edit on the new rows too, by the same one protection (not a second one).
    expect(guarded(log, 999).length).toBeGreaterThan(0);
    expect(guarded(log, log.getMaxRows())).toEqual(guarded(log, 999));
    expect(log._protections.filter((p) => !p.sheetLevel).length).toBe(adjacentSystemRuns(guarded(log, 999)));
  });
});

describe('the order register past row 1,000', () => {
  it('takes the next order on row 1,001 with the look of the rows above, numbered on from the last', async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    addon.josparCreateTemplates();
    const register = ws.spreadsheet.getSheetByName('Бұйрықтар тізілімі')!;
    const number = columnOf(ws, 'Бұйрықтар тізілімі', 'Жоба №') + 1;
    const item = columnOf(ws, 'Бұйрықтар тізілімі', 'Тармақ') + 1;
    const generate = (id: string) =>
      (addon.josparGenerateDocuments({ ids: [id], interactive: false }) as { created: number }).created;
    expect(generate('1.07')).toBe(1);
    // A register as full as a new sheet holds: the first order copied as 998 more of the same series and year.
    const first = register.getRange(2, 1, 1, register.getLastColumn()).getValues()[0];
    const more = Array.from({ length: 998 }, (_, i) =>
      first.map((v, c) => (c === number - 1 ? i + 2 : c === item - 1 ? `'9.${i + 1}` : v)),
    );
    register.getRange(3, 1, more.length, first.length).setValues(more);
    expect(register.getLastRow()).toBe(1000);
    expect(generate('1.44')).toBe(1);
    expect(register.getLastRow()).toBe(1001);
    expect(register.getRange(1001, number).getValue()).toBe(1000);
    expect(register.getRange(1001, item).getValue()).toBe('1.44');
    expect(look(register, 1001)).toEqual(look(register, 999));
  });
});

describe('a Settings value Google would refuse', () => {
  it('is reported in the Log on its own Settings row', async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    const settings = ws.spreadsheet.getSheetByName('Баптаулар')!;
    const row =
      settings
        .getDataRange()
        .getValues()
        .findIndex((r) => r[0] === 'reminderDays') + 1;
    settings.getRange(row, columnOf(ws, 'Баптаулар', 'Мәні') + 1).setValue('30, 7, 1');
    addon.josparRefreshDeadlines();
    const lines = sheetValues(ws, 'Журнал').map((r) => `${r[3]} ${r[4]}`);
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(`^Баптаулар:${row} Күнтізбе еске салулары \\(reminderDays\\): «30, 7, 1» — .*28`),
      ),
    );
  });
});
