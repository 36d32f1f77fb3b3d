import { documented, gas, GAS, workspace } from './reference';

const FORMATS = 'https://developers.google.com/sheets/api/guides/formats';

/** A cell holding 1 September 2025, 09:05:07 in the spreadsheet's zone (Asia/Almaty, UTC+5), under `format`. */
function shown(format: string): string {
  const sheet = gas(workspace()).SpreadsheetApp.getActive().getActiveSheet();
  const cell = sheet.getRange('A1');
  cell.setValue(new Date(Date.parse('2025-09-01T09:05:07+05:00')));
  cell.setNumberFormat(format);
  return cell.getDisplayValues()[0][0];
}

describe('date-time format patterns, as getDisplayValue shows them', () => {
  documented(
    `${FORMATS}#date_and_time_format_tokens`,
    'd, dd, m, mm, yy and yyyy give the day, month and year; other characters are literal (Jospar’s dd.mm.yyyy)',
    () => {
      expect(shown('dd.mm.yyyy')).toBe('01.09.2025');
      expect(shown('d.m.yy')).toBe('1.9.25');
    },
  );

  documented(
    `${FORMATS}#date_and_time_format_tokens`,
    'm and mm are minutes after an hour token or before a seconds token, and the month otherwise',
    () => {
      expect(shown('dd.mm.yyyy hh:mm')).toBe('01.09.2025 09:05');
      expect(shown('mm:ss')).toBe('05:07');
    },
  );

  documented(
    `${FORMATS}#date_and_time_format_tokens`,
    'mmm and mmmm name the month, ddd and dddd the weekday; h is 12-hour with AM/PM; quoted text is literal',
    () => {
      expect(shown('dddd, d mmmm yyyy')).toBe('Monday, 1 September 2025');
      expect(shown('ddd d mmm')).toBe('Mon 1 Sep');
      expect(shown('h:mm AM/PM')).toBe('9:05 AM');
      expect(shown('yyyy "ж." d.m')).toBe('2025 ж. 1.9');
    },
  );

  documented(
    `${GAS}spreadsheet/range#getDisplayValues()`,
    'display values are the cell as shown: a date under the sheet’s date format, a number as its text',
    () => {
      const sheet = gas(workspace()).SpreadsheetApp.getActive().getActiveSheet();
      sheet.getRange('A1:B1').setValues([[new Date(Date.parse('2025-10-31T00:00:00+05:00')), 42]]);
      sheet.getRange('A1').setNumberFormat('dd.mm.yyyy');
      expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['31.10.2025', '42']]);
    },
  );
});
