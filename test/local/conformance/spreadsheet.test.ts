import { documented, gas, GAS, workspace } from './reference';

const RANGE = `${GAS}spreadsheet/range`;
const SHEET = `${GAS}spreadsheet/sheet`;
const SPREADSHEET = `${GAS}spreadsheet/spreadsheet`;

const activeSheet = () => gas(workspace()).SpreadsheetApp.getActive().getActiveSheet();

describe('SpreadsheetApp', () => {
  documented(
    `${RANGE}#setValues(Object)`,
    "setValues with data of another size throws Google's message and writes nothing",
    () => {
      const sheet = activeSheet();
      expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(
        'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
      );
      expect(() => sheet.getRange(1, 1, 1, 2).setValues([[1, 2, 3]])).toThrow(
        'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
      );
      expect(sheet.getRange(1, 1).getValue()).toBe('');
    },
  );

  documented(
    `${RANGE}#getValues()`,
    "getValues gives '' for empty cells, and numbers, booleans, strings as such",
    () => {
      const sheet = activeSheet();
      sheet.getRange(1, 1, 1, 3).setValues([[42, true, 'мәтін']]);
      expect(sheet.getRange(1, 1, 1, 4).getValues()).toEqual([[42, true, 'мәтін', '']]);
    },
  );

  documented(`${RANGE}#setValue(Object)`, 'a string starting with = is a formula', () => {
    const sheet = activeSheet();
    sheet.getRange('A1').setValue('=1+1');
    expect(sheet.getRange('A1').getFormulas()).toEqual([['=1+1']]);
  });

  documented(`${RANGE}#setNumberFormat(String)`, 'in a cell formatted as plain text ("@") a number stays text', () => {
    const sheet = activeSheet();
    sheet.getRange('A1').setNumberFormat('@');
    sheet.getRange('A1').setValue('007');
    expect(sheet.getRange('A1').getValue()).toBe('007');
  });

  documented(
    `${GAS}spreadsheet/data-validation-builder#setAllowInvalid(Boolean)`,
    'a rule that rejects invalid input makes a script write of an invalid value throw',
    () => {
      const { SpreadsheetApp } = gas(workspace());
      const range = SpreadsheetApp.getActive().getActiveSheet().getRange('B2');
      const rule = SpreadsheetApp.newDataValidation().requireValueInList(['a', 'b'], true).setAllowInvalid(false);
      range.setDataValidation(rule.build());
      expect(() => range.setValue('c')).toThrow(/violates the data validation rules/);
      range.setValue('a');
      expect(range.getValue()).toBe('a');
    },
  );

  documented(`${SHEET}#getMaxRows()`, 'a new sheet has 1,000 rows and 26 columns', () => {
    const sheet = gas(workspace()).SpreadsheetApp.getActive().insertSheet('New');
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
  });

  documented(`${SPREADSHEET}#insertSheet(String)`, 'a second sheet of the same name is refused', () => {
    const ss = gas(workspace()).SpreadsheetApp.getActive();
    ss.insertSheet('Log');
    expect(() => ss.insertSheet('Log')).toThrow(/already exists/);
  });
});
