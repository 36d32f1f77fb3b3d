/**
 * The Sheet and Range methods Jospar uses to lay sheets out and find its way in them, beyond values
 * (spreadsheet.test.ts) and looks (its last block): names and ids, hidden sheets, frozen rows, column widths,
 * protections, rows inserted and deleted, and the plain getters of a range.
 */
import { documented, gas, GAS, workspace } from './reference';

const SHEET = `${GAS}spreadsheet/sheet`;
const RANGE = `${GAS}spreadsheet/range`;
const SPREADSHEET = `${GAS}spreadsheet/spreadsheet`;
const PROTECTION = `${GAS}spreadsheet/protection`;

const app = () => gas(workspace()).SpreadsheetApp;

describe('Sheet: names, ids, visibility', () => {
  documented(`${SHEET}#setName(String)`, 'setName renames the sheet: it is found by its new name only', () => {
    const ss = app().getActive();
    const sheet = ss.insertSheet('Жоспар');
    sheet.setName('Жоспар 2025-2026');
    expect(ss.getSheetByName('Жоспар')).toBeNull();
    expect(ss.getSheetByName('Жоспар 2025-2026')!.getName()).toBe('Жоспар 2025-2026');
  });

  documented(
    `${SHEET}#setName(String)`,
    "a name another sheet has is refused with Google's message, as insertSheet refuses it",
    () => {
      const ss = app().getActive();
      ss.insertSheet('A');
      const b = ss.insertSheet('B');
      expect(() => b.setName('A')).toThrow('A sheet with the name "A" already exists. Please enter another name.');
      expect(() => ss.insertSheet('A')).toThrow('A sheet with the name "A" already exists. Please enter another name.');
      expect(b.getName()).toBe('B');
    },
  );

  documented(`${SHEET}#getSheetId()`, 'each sheet has an id unique in the spreadsheet, kept when renamed', () => {
    const ss = app().getActive();
    const a = ss.insertSheet('A');
    const b = ss.insertSheet('B');
    expect(a.getSheetId()).not.toBe(b.getSheetId());
    const id = a.getSheetId();
    a.setName('A2');
    expect(ss.getSheetByName('A2')!.getSheetId()).toBe(id);
  });

  documented(`${SHEET}#getParent()`, 'getParent is the spreadsheet holding the sheet', () => {
    const ss = app().getActive();
    const sheet = ss.insertSheet('A');
    expect(sheet.getParent().getUrl()).toBe(ss.getUrl());
  });

  documented(
    `${SHEET}#hideSheet()`,
    'hideSheet hides it and isSheetHidden says so; showSheet shows it again; the only visible sheet cannot be hidden',
    () => {
      const ss = app().getActive();
      const first = ss.getSheets()[0];
      const state = ss.insertSheet('_state');
      state.hideSheet();
      expect(state.isSheetHidden()).toBe(true);
      expect(() => first.hideSheet()).toThrow("You can't hide all the sheets in a document.");
      state.showSheet();
      expect(state.isSheetHidden()).toBe(false);
    },
  );
});

describe('Sheet: layout', () => {
  documented(`${SHEET}#setFrozenRows(Integer)`, 'setFrozenRows freezes that many rows; getFrozenRows reads it', () => {
    const sheet = app().getActive().getActiveSheet();
    expect(sheet.getFrozenRows()).toBe(0);
    sheet.setFrozenRows(1);
    expect(sheet.getFrozenRows()).toBe(1);
  });

  documented(
    `${SHEET}#setColumnWidths(Integer,Integer,Integer)`,
    'setColumnWidth and setColumnWidths set widths in pixels that getColumnWidth reads back',
    () => {
      const sheet = app().getActive().getActiveSheet();
      sheet.setColumnWidth(2, 320);
      sheet.setColumnWidths(3, 2, 150);
      expect([2, 3, 4].map((c) => sheet.getColumnWidth(c))).toEqual([320, 150, 150]);
    },
  );

  documented(
    `${SHEET}#getLastColumn()`,
    'getLastColumn is the last column with content, and getDataRange spans from A1 to the last row and column',
    () => {
      const sheet = app().getActive().getActiveSheet();
      sheet.getRange('C4').setValue('x');
      sheet.getRange('B7').setValue('y');
      expect(sheet.getLastColumn()).toBe(3);
      expect(sheet.getDataRange().getA1Notation()).toBe('A1:C7');
    },
  );
});

describe('Sheet: rows', () => {
  documented(
    `${SHEET}#insertRowsAfter(Integer,Integer)`,
    'insertRowsAfter adds empty rows after the row given: what was below moves down and the sheet grows',
    () => {
      const sheet = app().getActive().getActiveSheet();
      const max = sheet.getMaxRows();
      sheet.getRange('A1:A3').setValues([['a'], ['b'], ['c']]);
      sheet.insertRowsAfter(1, 2);
      expect(sheet.getRange('A1:A5').getValues()).toEqual([['a'], [''], [''], ['b'], ['c']]);
      expect(sheet.getMaxRows()).toBe(max + 2);
      sheet.insertRowAfter(5);
      expect(sheet.getMaxRows()).toBe(max + 3);
    },
  );

  documented(
    `${SHEET}#insertRowsBefore(Integer,Integer)`,
    'insertRowsBefore and insertRowBefore add empty rows before the row given',
    () => {
      const sheet = app().getActive().getActiveSheet();
      sheet.getRange('A1:A2').setValues([['a'], ['b']]);
      sheet.insertRowsBefore(2, 1);
      sheet.insertRowBefore(1);
      expect(sheet.getRange('A1:A4').getValues()).toEqual([[''], ['a'], [''], ['b']]);
    },
  );

  documented(
    `${SHEET}#deleteRows(Integer,Integer)`,
    'deleteRows and deleteRow remove rows: what was below moves up and the sheet shrinks',
    () => {
      const sheet = app().getActive().getActiveSheet();
      const max = sheet.getMaxRows();
      sheet.getRange('A1:A5').setValues([['a'], ['b'], ['c'], ['d'], ['e']]);
      sheet.deleteRows(2, 2);
      sheet.deleteRow(1);
      expect(sheet.getRange('A1:A2').getValues()).toEqual([['d'], ['e']]);
      expect(sheet.getMaxRows()).toBe(max - 3);
    },
  );
});

describe('Protection', () => {
  documented(
    `${SHEET}#getProtections(ProtectionType)`,
    'protect() on a sheet or a range makes a protection that getProtections lists by its type',
    () => {
      const { SpreadsheetApp } = gas(workspace());
      const sheet = SpreadsheetApp.getActive().getActiveSheet();
      sheet.getRange('A1:B5').protect();
      sheet.protect();
      expect(sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)).toHaveLength(1);
      expect(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(1);
    },
  );

  documented(
    `${PROTECTION}#setWarningOnly(Boolean)`,
    'a protection keeps its description and whether it only warns, as set',
    () => {
      const { SpreadsheetApp } = gas(workspace());
      const sheet = SpreadsheetApp.getActive().getActiveSheet();
      sheet.getRange('A1').protect().setDescription('Jospar (kk): system columns').setWarningOnly(true);
      const [p] = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE);
      expect(p.getDescription()).toBe('Jospar (kk): system columns');
      expect(p.isWarningOnly()).toBe(true);
    },
  );
});

describe('Protection: its range', () => {
  documented(
    `${PROTECTION}#setRange(Range)`,
    "setRange moves a protection to cover the range given instead (rows inserted after a range's end lie outside it, as observed in Sheets)",
    () => {
      const { SpreadsheetApp } = gas(workspace());
      const sheet = SpreadsheetApp.getActive().getActiveSheet();
      const p = sheet.getRange('C1:D1000').protect().setWarningOnly(true);
      sheet.insertRowsAfter(1000, 100);
      expect(p.getRange().getA1Notation()).toBe('C1:D1000');
      p.setRange(sheet.getRange(1, 3, 1100, 2));
      const [again] = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE);
      expect(again.getRange().getA1Notation()).toBe('C1:D1100');
      expect(again.isWarningOnly()).toBe(true);
    },
  );
});

describe('Range: plain getters and content', () => {
  documented(`${RANGE}#getNumRows()`, 'a range knows its sheet, first row and column, size and last column', () => {
    const sheet = app().getActive().getActiveSheet();
    const range = sheet.getRange(3, 2, 4, 5);
    expect(range.getSheet().getName()).toBe(sheet.getName());
    expect([range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns()]).toEqual([3, 2, 4, 5]);
    expect(range.getLastColumn()).toBe(6);
  });

  documented(`${RANGE}#clearContent()`, 'clearContent empties the cells and leaves their formatting', () => {
    const sheet = app().getActive().getActiveSheet();
    const cell = sheet.getRange('A1');
    cell.setValue(5).setNumberFormat('0.00').setFontWeight('bold');
    cell.clearContent();
    expect(cell.getValue()).toBe('');
    expect(cell.getNumberFormat()).toBe('0.00');
    expect(cell.getFontWeight()).toBe('bold');
  });

  documented(`${RANGE}#getNumberFormats()`, 'getNumberFormats gives each cell’s format', () => {
    const sheet = app().getActive().getActiveSheet();
    sheet.getRange('A1').setNumberFormat('dd.mm.yyyy');
    expect(sheet.getRange('A1:B1').getNumberFormats()).toEqual([['dd.mm.yyyy', 'General']]);
  });

  documented(`${RANGE}#setFontWeight(String)`, "font weight is 'bold' or 'normal'; null resets it to normal", () => {
    const cell = app().getActive().getActiveSheet().getRange('A1');
    expect(cell.getFontWeight()).toBe('normal');
    cell.setFontWeight('bold');
    expect(cell.getFontWeight()).toBe('bold');
    cell.setFontWeight(null);
    expect(cell.getFontWeight()).toBe('normal');
  });

  documented(
    `${RANGE}#getDataValidation()`,
    'getDataValidation is the rule of the top-left cell, or null when it has none',
    () => {
      const { SpreadsheetApp } = gas(workspace());
      const sheet = SpreadsheetApp.getActive().getActiveSheet();
      expect(sheet.getRange('A1').getDataValidation()).toBeNull();
      const rule = SpreadsheetApp.newDataValidation().requireValueInList(['иә', 'жоқ'], true).build();
      sheet.getRange('A1:A3').setDataValidation(rule);
      expect(sheet.getRange('A2').getDataValidation()!.getCriteriaValues()[0]).toEqual(['иә', 'жоқ']);
    },
  );
});

describe('Spreadsheet', () => {
  documented(
    `${SPREADSHEET}#setActiveSheet(Sheet)`,
    'setActiveSheet makes the sheet the active one; setActiveRange selects a range that getActiveRange gives back',
    () => {
      const ss = app().getActive();
      const sheet = ss.insertSheet('A');
      ss.insertSheet('B');
      ss.setActiveSheet(sheet);
      expect(ss.getActiveSheet().getName()).toBe('A');
      ss.setActiveRange(sheet.getRange('B3'));
      expect(ss.getActiveRange()!.getA1Notation()).toBe('B3');
    },
  );

  documented(
    `${SPREADSHEET}#getSpreadsheetTimeZone()`,
    'the spreadsheet has a time zone (an IANA name), a locale and a URL',
    () => {
      const ss = app().getActive();
      expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Almaty');
      expect(ss.getSpreadsheetLocale()).toMatch(/^[a-z]{2}(_[A-Z]{2})?$/);
      expect(ss.getUrl()).toMatch(/^https:\/\/docs\.google\.com\/spreadsheets\/d\/[\w-]+\/edit$/);
    },
  );

  documented(
    `${GAS}spreadsheet/spreadsheet-app#getActiveSpreadsheet()`,
    'getActiveSpreadsheet is the same spreadsheet as getActive; flush returns nothing',
    () => {
      const SpreadsheetApp = app();
      expect(SpreadsheetApp.getActiveSpreadsheet().getUrl()).toBe(SpreadsheetApp.getActive().getUrl());
      expect(SpreadsheetApp.flush()).toBeUndefined();
    },
  );
});
