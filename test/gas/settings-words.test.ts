/**
 * Issue 13, item 3 (Words, not codes) for the Settings sheet: each setting's name and each value from a list shows as
 * a word of the Settings language with a dropdown; the codes stay in a hidden column for Jospar; a sheet of an older
 * Jospar (codes, English values) is rewritten to words by Set up without losing a cell, even when cut off anywhere;
 * words typed in another language are read.
 */
import type { Workspace } from '../../src/local/workspace/workspace';
import { addOnCode, START, sweep } from '../cut-replay';
import { SMALL_PLAN } from '../warm-fixtures';
import { cellDay, columnOf, installed, setSettingValue, settingsMap, sheetValues } from '../helpers';
import { loadAddOn } from '../../src/local/run-addon';
import { Workspace as LocalWorkspace } from '../../src/local/workspace/workspace';

const SETTINGS = { kk: 'Баптаулар', ru: 'Настройки', en: 'Settings' } as const;

function settingsSheet(ws: Workspace, lang: keyof typeof SETTINGS = 'kk') {
  return ws.spreadsheet.getSheetByName(SETTINGS[lang])!;
}

/** Row (by code) → { name, value } as shown, and the dropdown of its value cell. */
function shown(ws: Workspace, lang: keyof typeof SETTINGS = 'kk') {
  const sheet = settingsSheet(ws, lang);
  const values = sheet.getDataRange().getValues();
  const header = values[0] as string[];
  const name = header.indexOf({ kk: 'Баптау', ru: 'Параметр', en: 'Setting' }[lang]);
  const value = header.indexOf({ kk: 'Мәні', ru: 'Значение', en: 'Value' }[lang]);
  return new Map(
    values.slice(1).map((r, i) => [
      String(r[0]),
      {
        name: String(r[name]),
        value: String(r[value]),
        list: sheet
          .getRange(i + 2, value + 1)
          .getDataValidation()
          ?.getCriteriaValues()[0] as string[] | undefined,
      },
    ]),
  );
}

/** The Settings sheet as an older Jospar left it: codes in a Key column, English codes as values. */
function oldSettings(ws: Workspace, extra: string[][] = []): void {
  const before = settingsMap(ws);
  // A sheet of its own (no hidden column, no dropdowns), where the Settings were.
  const at = settingsSheet(ws).getIndex();
  ws.spreadsheet.deleteSheet(settingsSheet(ws));
  const sheet = ws.spreadsheet.insertSheet('Баптаулар', at - 1);
  const rows = [...before].map(([key, value]) => [key, value, '']);
  const old: Record<string, string> = {
    language: 'kk',
    workingDayPolicy: 'next',
    monthDueDay: 'last',
    mailOnDay: 'no',
    mailDayCount: 'calendar',
    digestWeekday: '5',
    wholeYearDue: 'end',
    daysOffSource: 'government 2025-2026',
  };
  const values = [['Кілт', 'Мәні', 'Сипаттама'], ...rows.map((r) => [r[0], old[r[0]] ?? r[1], 'old text']), ...extra];
  sheet.getRange(1, 1, values.length, 3).setValues(values);
}

describe('the Settings sheet in words', () => {
  it.each([
    ['kk', 'Оқу жылы', 'алдыңғы жұмыс күніне', 'иә', 'дүйсенбі', 'Қазақша'],
    ['ru', 'Учебный год', 'на предыдущий рабочий день', 'да', 'понедельник', 'Русский'],
    ['en', 'Academic year', 'to the previous working day', 'yes', 'Monday', 'English'],
  ] as const)(
    'shows names and list values in %s, with dropdowns, the codes hidden',
    async (lang, year, policy, yes, day, me) => {
      const { ws, addon } = await installed();
      ws.properties.document.set('jospar.lang', lang);
      addon.josparSetUpPlan();
      const s = shown(ws, lang);
      expect(s.get('academicYear')!.name).toBe(year);
      expect(s.get('workingDayPolicy')!.value).toBe(policy);
      expect(s.get('workingDayPolicy')!.list).toContain(policy);
      expect(s.get('mailOnDay')!.value).toBe(yes);
      expect(s.get('digestWeekday')!.value).toBe(day);
      expect(s.get('digestWeekday')!.list).toHaveLength(8); // seven days and "none"
      expect(s.get('language')!.value).toBe(me);
      expect(s.get('language')!.list).toEqual(['Қазақша', 'Русский', 'English']);
      expect(s.get('monthDueDay')!.list?.slice(0, 2)).toEqual([
        lang === 'kk' ? 'соңғы күні' : lang === 'ru' ? 'последний день' : 'last day',
        '1',
      ]);
      expect(s.get('academicYear')!.list).toBeUndefined(); // free text: no dropdown
      // The code column is hidden; no visible cell holds a code or an English value code.
      const sheet = settingsSheet(ws, lang);
      expect(sheet.isColumnHiddenByUser(1)).toBe(true);
      const visible = sheet
        .getDataRange()
        .getValues()
        .slice(1)
        .flatMap((r) => r.slice(1).map(String));
      for (const code of ['workingDayPolicy', 'previous', 'reminderDays', 'calendarId', 'mailDayCount'])
        expect(visible).not.toContain(code);
    },
  );

  it('rewrites an older sheet (codes) as words, keeping every value and a row of the user’s own', async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    setSettingValue(ws, 'monthDueDay', '25');
    oldSettings(ws, [['myNote', 'keep me', 'mine']]);
    addon.josparSetUpPlan();
    const header = sheetValues(ws, 'Баптаулар')[0];
    expect(header).toEqual(['Код', 'Баптау', 'Мәні', 'Сипаттама']);
    const s = shown(ws);
    expect(s.get('workingDayPolicy')!.value).toBe('келесі жұмыс күніне');
    expect(s.get('mailOnDay')!.value).toBe('жоқ');
    expect(s.get('mailDayCount')!.value).toBe('күнтізбелік күндер');
    expect(s.get('digestWeekday')!.value).toBe('жұма');
    expect(s.get('daysOffSource')!.value).toBe('үкімет қаулысы 2025-2026');
    expect(s.get('emailDomain')!.value).toBe('edu.ektu.kz');
    expect(s.get('workingDayPolicy')!.list).toContain('келесі жұмыс күніне');
    expect(s.get('myNote')).toMatchObject({ name: '', value: 'keep me' });
    expect(settingsSheet(ws).isColumnHiddenByUser(1)).toBe(true);
    const descriptions = sheetValues(ws, 'Баптаулар').map((r) => r[3]);
    expect(descriptions.filter((d) => d === 'old text')).toHaveLength(0);
    expect(descriptions).toContain('mine');
    // A second run has nothing left to rewrite.
    ws.counter.reset();
    addon.josparSetUpPlan();
    expect(ws.counter.perSheet.get('write:Баптаулар') ?? 0).toBe(0);
  });

  it('reads a word typed in another language, and Set up shows it in the Settings language', async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    const next = () => {
      const plan = sheetValues(ws, 'Жоспар');
      const h = plan[0] as string[];
      return cellDay(plan.find((r) => r[h.indexOf('ID')] === '1.09')![h.indexOf('Келесі мерзім')]); // "2025 ж. желтоқсан"
    };
    setSettingValue(ws, 'monthDueDay', '25');
    addon.josparRefreshDeadlines();
    expect(next()).toBe('2025-12-25');
    setSettingValue(ws, 'monthDueDay', 'последний день'); // Russian, in a Kazakh sheet
    addon.josparRefreshDeadlines();
    expect(next()).toBe('2025-12-31');
    setSettingValue(ws, 'monthDueDay', '25');
    addon.josparRefreshDeadlines();
    setSettingValue(ws, 'monthDueDay', 'LAST DAY');
    addon.josparSetUpPlan();
    expect(next()).toBe('2025-12-31');
    expect(shown(ws).get('monthDueDay')!.value).toBe('соңғы күні');
  });

  it('relabels names, values and descriptions when the language is switched', async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    setSettingValue(ws, 'language', 'English');
    addon.josparSetUpPlan();
    const s = shown(ws, 'kk'); // the sheet keeps its name; its contents follow the language
    expect(s.get('workingDayPolicy')).toMatchObject({
      name: 'Due date on a day off',
      value: 'to the previous working day',
    });
    expect(s.get('language')!.value).toBe('English');
    const values = sheetValues(ws, 'Баптаулар');
    expect(values.find((r) => r[0] === 'academicYear')![columnOf(ws, 'Баптаулар', 'Сипаттама')]).toMatch(
      /^Academic year/,
    );
  });
});

describe('rewriting an older Settings sheet, cut off after any write and run again', () => {
  it('ends exactly as an uncut run', async () => {
    const js = await addOnCode();
    const ws0 = new LocalWorkspace({ now: START });
    const addon = loadAddOn(ws0, js);
    // The small plan (test/warm-fixtures.ts): what is swept is the Settings sheet, the same whatever the plan's size.
    addon.josparImportPlan(SMALL_PLAN, 'small-plan.json', 1);
    oldSettings(ws0, [['myNote', 'keep me', 'mine']]);
    const r = sweep(ws0.snapshot(), [(a) => a.josparSetUpPlan()], js);
    expect(r.uncut.writes.get('sheets')!.length).toBeGreaterThan(3);
    expect(r.failures).toEqual([]);
    expect([...r.cuts.keys()]).toEqual(['sheets']);
  }, 300_000);
});
