/** Sheets' limits the add-on meets: a sheet has 1,000 rows until it is grown, and Sheets refuses ranges past them. */
import { columnOf, installed, sheetValues } from '../helpers';

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
      expect.stringMatching(new RegExp(`^Баптаулар:${row} reminderDays: «30, 7, 1» — .*28`)),
    );
  });
});
