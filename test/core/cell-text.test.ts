import fc from 'fast-check';
import { asCellText, mightConvert } from '../../src/core/text/cell-text';
import { Workspace } from '../../src/local/workspace/workspace';

describe('asCellText: user text reaches a cell as text', () => {
  it('protects what Sheets reads as a formula, a number, money, a percentage, a boolean, a date or a time', () => {
    for (const text of [
      '=1+1',
      '+7 701 000 00 00',
      '-',
      '@home',
      "'quoted",
      '42',
      '1.07',
      '1,234.50',
      '1 234,50',
      '$1,234.50',
      '1 234 ₸',
      '15%',
      '(100)',
      '1e3',
      'TRUE',
      ' false ',
      '2026-09-01',
      '2026-09-01 09:30:00',
      '01.09.2026',
      '1/9/2026',
      '9:00',
      '9:30 PM',
      '1 Sep 2026',
      'September 1, 2026',
      '1 сентября 2026',
      'қыркүйек 2026',
    ])
      expect(asCellText(text)).toBe(`'${text}`);
  });

  it('leaves words and sentences alone', () => {
    for (const text of [
      '',
      'Оқу жылы бойы',
      '2025 ж. 1 қыркүйегіне дейін',
      'by 15 October 2025',
      'бұйрық',
      'A1',
      'May',
    ])
      expect(asCellText(text)).toBe(text);
  });

  it('says why: mightConvert is true exactly for the protected texts', () => {
    expect(mightConvert('2026-09-01')).toBe(true);
    expect(mightConvert('Әр айдың 20-сына дейін')).toBe(false);
  });
});

describe('asCellText against the local Sheets, which reads typed text as Google documents it', () => {
  // Strings made of what numbers, dates, money and words are written with, so that many look like values.
  const pieces = [
    '1',
    '07',
    '2026',
    '-',
    '.',
    ',',
    ' ',
    ':',
    '/',
    '%',
    '$',
    '₸',
    '(',
    ')',
    'e',
    'TRUE',
    'Sep',
    'ж.',
    'а',
  ];
  const texts = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 6 }).map((p) => p.join(''));

  it.each(['kk_KZ', 'en_US'])('a protected text reads back exactly as given (%s)', (locale) => {
    const ws = new Workspace({ now: Date.parse('2025-10-01T04:00:00Z') });
    const ss = (ws.globals() as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp }).SpreadsheetApp;
    ss.getActive().setSpreadsheetLocale(locale);
    const cell = ss.getActive().getActiveSheet().getRange('A1');
    fc.assert(
      fc.property(fc.oneof(texts, fc.string()), (text) => {
        cell.setValue(asCellText(text));
        expect(cell.getValue()).toBe(text);
      }),
      { numRuns: 400 },
    );
  });
});
