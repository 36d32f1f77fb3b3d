import { documented, gas, GAS, workspace } from './reference';

/**
 * A string written with setValue/setValues is read as typed input. Google documents the principle (USER_ENTERED:
 * "strings may be converted to numbers, dates, etc. following the same rules that are applied when entering text
 * into a cell via the Google Sheets UI") and the typed forms of each number format type; the exact per-locale rules
 * are not published, so the emulation converts every form some locale converts (src/local/workspace/typed-input.ts).
 */
const RANGE = `${GAS}spreadsheet/range`;
const USER_ENTERED = 'https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption';
const FORMAT_TYPES = 'https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#NumberFormatType';
const FORMATS = 'https://developers.google.com/workspace/sheets/api/guides/formats';

function sheetIn(locale: string) {
  const ss = gas(workspace()).SpreadsheetApp.getActive();
  ss.setSpreadsheetLocale(locale);
  return ss.getActiveSheet();
}

function typed(text: string, locale = 'kk_KZ'): { value: unknown; format: string } {
  const cell = sheetIn(locale).getRange('A1');
  cell.setValue(text);
  return { value: cell.getValue(), format: cell.getNumberFormat() };
}

describe('SpreadsheetApp: typed text becomes a value', () => {
  documented(`${FORMAT_TYPES}`, 'a percentage typed ("15%", "12.5%") is the fraction, in a percent format', () => {
    expect(typed('15%')).toEqual({ value: 0.15, format: '0%' });
    expect(typed('12.5%', 'en_US')).toEqual({ value: 0.125, format: '0.00%' });
    expect(typed('-7%').value).toBe(-0.07);
  });

  documented(`${FORMATS}`, 'money typed in the en_US form ("$1,234.50") is the amount, in a currency format', () => {
    expect(typed('$1,234.50', 'en_US')).toEqual({ value: 1234.5, format: '$#,##0.00' });
    expect(typed('-$5', 'en_US').value).toBe(-5);
  });

  documented(`${FORMATS}`, 'grouping separators follow the spreadsheet locale', () => {
    expect(typed('1,234', 'en_US').value).toBe(1234);
    expect(typed('1,234,567.8', 'en_US').value).toBe(1234567.8);
    // kk_KZ writes 1 234,5: the comma is the decimal separator there.
    expect(typed('1,5', 'kk_KZ').value).toBe(1.5);
    expect(typed('1 234,50 ₸', 'kk_KZ').value).toBe(1234.5);
    // Not grouped in threes: text.
    expect(typed('1,5', 'en_US').value).toBe('1,5');
    expect(typed('1 2', 'en_US').value).toBe('1 2');
  });

  documented(`${FORMAT_TYPES}`, 'scientific notation ("1e3", "1.01E+03") is a number', () => {
    expect(typed('1e3').value).toBe(1000);
    expect(typed('1.01E+03', 'en_US').value).toBe(1010);
  });

  documented(`${USER_ENTERED}`, 'an item id such as "1.07" is read as a number, not kept as text', () => {
    expect(typed('1.07').value).toBe(1.07);
  });

  documented(
    `${FORMAT_TYPES}`,
    'a date and time typed ("2025-10-01 09:30:00") is that instant in the spreadsheet zone',
    () => {
      const { value } = typed('2025-10-01 09:30:00');
      expect(Object.prototype.toString.call(value)).toBe('[object Date]');
      // Asia/Almaty is UTC+5.
      expect((value as Date).toISOString()).toBe('2025-10-01T04:30:00.000Z');
    },
  );

  documented(
    `${USER_ENTERED}`,
    'a date with its month in words ("1 Sep 2025", "September 1, 2025", "1 сентября 2025") is a date',
    () => {
      for (const text of ['1 Sep 2025', 'September 1, 2025', '1-Sep-2025', '1 сентября 2025', '1 қыркүйек 2025']) {
        const { value } = typed(text);
        expect(Object.prototype.toString.call(value)).toBe('[object Date]');
        expect((value as Date).toISOString()).toBe('2025-08-31T19:00:00.000Z');
      }
      // A sentence with a date in it is text; so is an impossible day.
      expect(typed('by 15 October 2025').value).toBe('by 15 October 2025');
      expect(typed('31 Feb 2025').value).toBe('31 Feb 2025');
    },
  );

  documented(`${FORMAT_TYPES}`, 'a time of day typed ("9:00", "3:59 PM") becomes a date-time value', () => {
    expect(Object.prototype.toString.call(typed('9:00').value)).toBe('[object Date]');
    expect(Object.prototype.toString.call(typed('3:59 PM', 'en_US').value)).toBe('[object Date]');
  });

  documented(`${RANGE}#setValue(Object)`, 'a leading apostrophe keeps any of these as the text after it', () => {
    for (const text of ['15%', '$1,234.50', '2026-09-01', '1.07', '9:00', 'TRUE', '1 Sep 2025'])
      expect(typed(`'${text}`, 'en_US')).toEqual({ value: text, format: 'General' });
  });

  documented(`${RANGE}#setNumberFormat(String)`, 'in a plain-text ("@") cell none of these is converted', () => {
    const cell = sheetIn('en_US').getRange('B2');
    cell.setNumberFormat('@');
    for (const text of ['15%', '$1,234.50', '2026-09-01', '1.07', '9:00', 'TRUE']) {
      cell.setValue(text);
      expect(cell.getValue()).toBe(text);
    }
  });

  documented(`${USER_ENTERED}`, 'words, and numbers inside words, stay text', () => {
    for (const text of ['Оқу жылы бойы', '3.1.2', '5 күн', 'by 15 October', 'abc%'])
      expect(typed(text).value).toBe(text);
  });
});
