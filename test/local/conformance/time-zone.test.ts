/**
 * Dates as the add-on sees them: Dates of its own realm, in the manifest's time zone, whatever the host's TZ (npm test
 * runs this suite under TZ=UTC and TZ=Pacific/Kiritimati, UTC+14).
 */
import { loadAddOn } from '../../../src/local/run-addon';
import { documented, GAS, workspace } from './reference';

const MANIFEST = 'https://developers.google.com/apps-script/manifest#Manifest.FIELDS.timeZone';

/** Runs one function of a tiny script in the add-on's vm, as Apps Script would run it. */
function run(source: string, timeZone = 'Asia/Almaty'): unknown {
  const ws = workspace();
  const addon = loadAddOn(ws, `function probe() {\n${source}\n}`, timeZone);
  return addon.probe();
}

describe('Dates in the script', () => {
  documented(
    `${GAS}spreadsheet/range#getValue()`,
    'a date read from a cell is a Date of the script (instanceof)',
    () => {
      expect(
        run(`const r = SpreadsheetApp.getActive().getActiveSheet().getRange('A1');
        r.setValue('2025-09-01');
        const v = r.getValue();
        const row = r.getValues()[0];
        return [v instanceof Date, row[0] instanceof Date, typeof v.getTime()];`),
      ).toEqual([true, true, 'number']);
    },
  );

  documented(MANIFEST, "the script's local time is the manifest's zone: new Date(y, m, d) is midnight there", () => {
    expect(run('return new Date(2025, 8, 1).getTime();')).toBe(Date.parse('2025-09-01T00:00:00+05:00'));
    expect(run('return new Date(2025, 8, 1).getTime();', 'America/New_York')).toBe(
      Date.parse('2025-09-01T00:00:00-04:00'),
    );
    expect(run("const d = new Date('2025-09-01T23:30:00Z'); return [d.getDate(), d.getHours(), d.getDay()];")).toEqual([
      2, 4, 2,
    ]);
    // tzdata's rules hold: Almaty moved from UTC+6 to UTC+5 on 2024-03-01.
    expect(
      run('return [new Date(2024, 1, 29).getTimezoneOffset(), new Date(2024, 2, 1).getTimezoneOffset()];'),
    ).toEqual([-360, -300]);
  });

  documented(`${GAS}base/session#getScriptTimeZone()`, "Session.getScriptTimeZone is the manifest's zone", () => {
    expect(run('return Session.getScriptTimeZone();', 'Europe/Paris')).toBe('Europe/Paris');
  });

  documented(
    `${GAS}spreadsheet/range#setValue(Object)`,
    "a date typed into a cell is midnight in the spreadsheet's zone, and shown as that day",
    () => {
      const ws = workspace();
      const sheet = ws.spreadsheet.getActiveSheet();
      sheet.getRange('A1').setValue('01.09.2025');
      expect((sheet.getRange('A1').getValue() as Date).getTime()).toBe(Date.parse('2025-09-01T00:00:00+05:00'));
      expect(sheet.getRange('A1').getDisplayValues()).toEqual([['2025-09-01']]);
    },
  );
});
