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

  documented(
    `${SPREADSHEET}#getOwner()`,
    'getOwner is the owner of the spreadsheet whoever runs the script; null for a spreadsheet in a shared drive',
    () => {
      const ws = workspace();
      const { SpreadsheetApp } = gas(ws);
      ws.runAs = 'editor@edu.ektu.kz';
      expect(SpreadsheetApp.getActive().getOwner()?.getEmail()).toBe(ws.user);
      ws.spreadsheet._owner = null; // moved to a shared drive
      expect(SpreadsheetApp.getActive().getOwner()).toBeNull();
    },
  );

  documented(`${SPREADSHEET}#insertSheet(String)`, 'a second sheet of the same name is refused', () => {
    const ss = gas(workspace()).SpreadsheetApp.getActive();
    ss.insertSheet('Log');
    expect(() => ss.insertSheet('Log')).toThrow(/already exists/);
  });
});

describe('SpreadsheetApp limits', () => {
  // Google's pages do not quote this message; the wording is the one Apps Script gives (public scripts log it from
  // real runs, word for word), not taken from memory.
  const OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';

  documented(`${SHEET}#getRange(Integer,Integer,Integer,Integer)`, 'a range past the last row or column throws', () => {
    const sheet = activeSheet();
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow(OUTSIDE);
    expect(() => sheet.getRange(1001, 1)).toThrow(OUTSIDE);
    expect(() => sheet.getRange(1, 26, 1, 2)).toThrow(OUTSIDE);
    expect(() => sheet.getRange(0, 1)).toThrow(OUTSIDE);
    sheet.getRange(1000, 26).setValue('last');
    expect(sheet.getRange(1000, 26).getValue()).toBe('last');
  });

  documented(
    `${SHEET}#getRange(String)`,
    "an A1 range past the last row or column is refused with the same message (the reference is silent on A1 ranges past the grid: the emulation takes the numeric form's rule)",
    () => {
      const sheet = activeSheet();
      expect(() => sheet.getRange('A1:Z2000')).toThrow(OUTSIDE);
      expect(() => sheet.getRange('A1001')).toThrow(OUTSIDE);
      expect(() => sheet.getRange('Z1:AA1')).toThrow(OUTSIDE);
      expect(sheet.getRange('A1:Z1000').getValues()).toHaveLength(1000);
      expect(sheet.getRange('B:C').getNumRows()).toBe(1000);
      sheet.insertRowsAfter(1000, 1000);
      expect(sheet.getRange('A1:Z2000').getValues()).toHaveLength(2000);
    },
  );

  documented(
    `${SHEET}#getRange(Integer,Integer,Integer)`,
    'getRange(row, column, numRows) past the last row throws; reading up to the last row works',
    () => {
      const sheet = activeSheet();
      expect(() => sheet.getRange(990, 1, 20)).toThrow(OUTSIDE);
      expect(sheet.getRange(990, 1, 11).getValues()).toHaveLength(11);
    },
  );

  documented(`${SHEET}#insertRowsAfter(Integer,Integer)`, 'insertRowsAfter adds rows: the range then exists', () => {
    const sheet = activeSheet();
    sheet.insertRowsAfter(sheet.getMaxRows(), 5);
    expect(sheet.getMaxRows()).toBe(1005);
    sheet.getRange(1005, 1).setValue('x');
    expect(sheet.getLastRow()).toBe(1005);
  });

  documented(`${SHEET}#appendRow(Object)`, 'appendRow adds a row after the last one, growing a full sheet', () => {
    const sheet = activeSheet();
    sheet.getRange(1000, 1).setValue('full');
    sheet.appendRow(['more']);
    expect(sheet.getRange(1001, 1).getValue()).toBe('more');
    expect(sheet.getMaxRows()).toBe(1001);
  });

  documented(
    `${SPREADSHEET}#insertSheet(String,Integer)`,
    'insertSheet(name, index) puts the sheet there (0 is first)',
    () => {
      const ss = gas(workspace()).SpreadsheetApp.getActive();
      ss.insertSheet('B');
      ss.insertSheet('A', 0);
      ss.insertSheet(1);
      expect(ss.getSheets().map((s) => s.getName())).toEqual(['A', 'Sheet4', 'Sheet1', 'B']);
      expect(ss.getSheetByName('A')!.getIndex()).toBe(1);
    },
  );

  documented(
    'https://developers.google.com/apps-script/guides/services/quotas#current_limitations',
    'a cell holds at most 50,000 characters; a longer value is refused',
    () => {
      const sheet = activeSheet();
      sheet.getRange('A1').setValue('x'.repeat(50000));
      expect(() => sheet.getRange('A2').setValue('x'.repeat(50001))).toThrow(/maximum of 50000 characters/);
      expect(sheet.getRange('A2').getValue()).toBe('');
    },
  );
});

describe('SpreadsheetApp: how a sheet looks (frozen columns, filters, conditional formats, moving columns)', () => {
  const FILTER = `${GAS}spreadsheet/filter`;

  documented(`${SHEET}#setFrozenColumns(Integer)`, 'frozen columns are set and read back', () => {
    const sheet = activeSheet();
    expect(sheet.getFrozenColumns()).toBe(0);
    sheet.setFrozenColumns(2);
    expect(sheet.getFrozenColumns()).toBe(2);
  });

  documented(`${SHEET}#getFilter()`, 'a sheet without a filter returns null', () => {
    expect(activeSheet().getFilter()).toBeNull();
  });

  documented(`${RANGE}#createFilter()`, 'a filter made on a range applies to that range, one per sheet', () => {
    const sheet = activeSheet();
    const filter = sheet.getRange('A1:C10').createFilter();
    expect(filter.getRange().getA1Notation()).toBe('A1:C10');
    expect(sheet.getFilter()!.getRange().getA1Notation()).toBe('A1:C10');
    expect(() => sheet.getRange('E1:F3').createFilter()).toThrow();
  });

  documented(`${FILTER}#remove()`, 'a removed filter is gone, and a new one may be made', () => {
    const sheet = activeSheet();
    sheet.getRange('A1:B2').createFilter();
    sheet.getFilter()!.remove();
    expect(sheet.getFilter()).toBeNull();
    expect(sheet.getRange('A1:D4').createFilter().getRange().getA1Notation()).toBe('A1:D4');
  });

  documented(
    `${SHEET}#setConditionalFormatRules(ConditionalFormatRule)`,
    'the rules given replace every rule of the sheet, and read back with their condition, format and ranges',
    () => {
      const { SpreadsheetApp } = gas(workspace());
      const sheet = SpreadsheetApp.getActive().getActiveSheet();
      const red = SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied('=$G2>0')
        .setBackground('#f4cccc')
        .setRanges([sheet.getRange('A2:G100')])
        .build();
      const big = SpreadsheetApp.newConditionalFormatRule()
        .whenNumberGreaterThan(0)
        .setFontColor('#990000')
        .setBold(true)
        .setRanges([sheet.getRange('G2:G100')])
        .build();
      sheet.setConditionalFormatRules([red]);
      sheet.setConditionalFormatRules([big, red]);
      const rules = sheet.getConditionalFormatRules();
      expect(rules).toHaveLength(2);
      const c = rules[0].getBooleanCondition()!;
      expect(String(c.getCriteriaType())).toBe('NUMBER_GREATER_THAN');
      expect(c.getCriteriaValues()).toEqual([0]);
      expect(c.getFontColor()).toBe('#990000');
      expect(c.getBold()).toBe(true);
      expect(rules[1].getBooleanCondition()!.getCriteriaValues()).toEqual(['=$G2>0']);
      expect(rules[1].getBooleanCondition()!.getBackground()).toBe('#f4cccc');
      expect(rules[1].getRanges().map((r) => r.getA1Notation())).toEqual(['A2:G100']);
      sheet.clearConditionalFormatRules();
      expect(sheet.getConditionalFormatRules()).toHaveLength(0);
    },
  );

  documented(
    `${SHEET}#moveColumns(Range,Integer)`,
    'the columns a range spans move before the destination column, given in coordinates before the move',
    () => {
      const sheet = activeSheet();
      sheet.getRange('A1:E2').setValues([
        ['a', 'b', 'c', 'd', 'e'],
        [0, 1, 2, 3, 4],
      ]);
      sheet.getRange('B2').setNumberFormat('0.00');
      // Google's example for moving dimensions: 0,1,2,3,4 with 1 and 2 moved before 4 ends as 0,3,1,2,4.
      sheet.moveColumns(sheet.getRange('B1:C1'), 5);
      expect(sheet.getRange('A2:E2').getValues()).toEqual([[0, 3, 1, 2, 4]]);
      expect(sheet.getRange('C2').getNumberFormat()).toBe('0.00');
      sheet.moveColumns(sheet.getRange('E1'), 1);
      expect(sheet.getRange('A1:E1').getValues()).toEqual([['e', 'a', 'd', 'b', 'c']]);
    },
  );

  documented(
    `${SHEET}#hideColumns(Integer,Integer)`,
    'hides numColumns consecutive columns from a 1-based index (one without the count), and they move with moveColumns',
    () => {
      const sheet = activeSheet();
      sheet.hideColumns(1);
      sheet.hideColumns(3, 2);
      expect([1, 2, 3, 4, 5].map((c) => sheet.isColumnHiddenByUser(c))).toEqual([true, false, true, true, false]);
      sheet.moveColumns(sheet.getRange('A1'), 3);
      expect([1, 2, 3, 4, 5].map((c) => sheet.isColumnHiddenByUser(c))).toEqual([false, true, true, true, false]);
      expect(() => sheet.hideColumns(0)).toThrow();
      expect(() => sheet.hideColumns(sheet.getMaxColumns(), 2)).toThrow();
    },
  );

  documented(`${SHEET}#showColumns(Integer,Integer)`, 'unhides the columns from a 1-based index', () => {
    const sheet = activeSheet();
    sheet.hideColumns(2, 3);
    sheet.showColumns(3, 2);
    expect([1, 2, 3, 4].map((c) => sheet.isColumnHiddenByUser(c))).toEqual([false, true, false, false]);
  });

  documented(`${SPREADSHEET}#deleteSheet(Sheet)`, 'the last sheet of a spreadsheet cannot be deleted', () => {
    const ss = gas(workspace()).SpreadsheetApp.getActive();
    const first = ss.getSheets()[0];
    ss.insertSheet('Plan');
    ss.deleteSheet(first);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Plan']);
    expect(() => ss.deleteSheet(ss.getSheets()[0])).toThrow();
  });
});
