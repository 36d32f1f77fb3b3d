/**
 * Issue 13, item 3: every value from a list is kept as a code and shown as a word; a cell is read whatever language
 * (or older code) it holds, and no two values of one list can be mistaken for each other.
 */
import { PERIOD_KINDS } from '../../src/core/calendar/academic-calendar';
import { PERIOD_KIND_WORDS, periodKindOf, readCalendarRows } from '../../src/core/calendar/calendar-sheet';
import { KIND_WORDS, KINDS, kindOf } from '../../src/core/documents/kinds';
import { LANGS } from '../../src/core/i18n/lang';
import { codeOf, relabel, wordFor, YES_NO, type Word } from '../../src/core/i18n/words';
import { foldText } from '../../src/core/deadline/fold';
import { LOG_ACTION_WORDS } from '../../src/core/sheets/log-words';
import { NOTIFICATIONS_SHEET } from '../../src/core/sheets/layout';
import { historyRow, MAIL_RESULT_WORDS, readHistory } from '../../src/core/notifications/notifications-log';
import { readKeyValues } from '../../src/core/sheets/readers';
import {
  SETTING_CHOICES,
  SETTING_LABELS,
  settingKeyOf,
  settingValueCode,
  settingValueWord,
} from '../../src/core/sheets/setting-words';
import { readSettings, SETTING_SPECS } from '../../src/core/sheets/settings';
import { parseStatus, statusRelabel } from '../../src/core/sheets/status';

const LISTS: Array<[string, Word[]]> = [
  ['period kinds', PERIOD_KIND_WORDS],
  ['template kinds', KIND_WORDS],
  ['yes/no', YES_NO],
  ['log actions', LOG_ACTION_WORDS],
  ['mail results', MAIL_RESULT_WORDS],
  ...Object.entries(SETTING_CHOICES).map(([k, v]) => [`setting ${k}`, v] as [string, Word[]]),
];

describe('lists of words', () => {
  it.each(LISTS)('%s: every code has a word in kk, ru and en, and no folded word names two codes', (_name, words) => {
    const owner = new Map<string, string>();
    for (const w of words) {
      for (const lang of LANGS) expect(w.word[lang].trim()).not.toBe('');
      for (const form of new Set([w.code, w.word.kk, w.word.ru, w.word.en, ...(w.older ?? [])])) {
        const f = foldText(form).trim();
        if (!f) continue;
        expect([f, owner.get(f) ?? w.code]).toEqual([f, w.code]);
        owner.set(f, w.code);
      }
    }
  });

  it('reads a word in any language, the old code, other case and a Russian-keyboard spelling', () => {
    expect(periodKindOf('exam-session')).toBe('exam-session');
    expect(periodKindOf('Емтихан сессиясы')).toBe('exam-session');
    expect(periodKindOf('экзаменационная сессия')).toBe('exam-session');
    expect(periodKindOf('EXAM SESSION')).toBe('exam-session');
    expect(periodKindOf('Емтихан  сессиясы ')).toBe('exam-session');
    expect(periodKindOf('Жазгы семестр')).toBe('summer-semester'); // ғ typed as г
    expect(periodKindOf('session')).toBeNull();
    expect(PERIOD_KINDS.every((k) => periodKindOf(wordFor(PERIOD_KIND_WORDS, k, 'ru')) === k)).toBe(true);
    expect(kindOf('order')).toBe('order');
    expect(kindOf('Приказ')).toBe('order');
    expect(kindOf('бұйрық')).toBe('order');
    expect(kindOf('Хаттама')).toBe('protocol');
    expect(kindOf('Сертификат')).toBeNull(); // a user's own kind stays theirs
    expect(KINDS.every((k) => kindOf(k.name.en) === k.kind)).toBe(true);
    expect(codeOf(YES_NO, 'Иә')).toBe('yes');
    expect(codeOf(YES_NO, 'нет')).toBe('no');
    expect(codeOf(YES_NO, 'TRUE')).toBe('yes');
    expect(relabel(YES_NO, 'yes', 'kk')).toBe('иә');
    expect(relabel(YES_NO, 'иә', 'kk')).toBeNull();
    expect(relabel(YES_NO, 'maybe', 'kk')).toBeNull();
  });

  it('reads the Academic calendar with kinds as words of any language or as codes', () => {
    const row = (n: number, kind: string) => ({
      row: n,
      cells: { id: `p${n}`, kind, start: '2025-12-15', end: '2026-01-10', kk: '', ru: '', en: '' },
    });
    const { periods, problems } = readCalendarRows([
      row(2, 'Емтихан сессиясы'),
      row(3, 'exam-session'),
      row(4, 'Каникулы'),
      row(5, 'сессия'),
    ]);
    expect(periods.map((p) => p.kind)).toEqual(['exam-session', 'exam-session', 'holiday-break']);
    expect(problems).toEqual([{ row: 5, message: 'kind «сессия»' }]);
  });
});

describe('statuses', () => {
  it('say overdue as "Мерзімі өткен", still reading the older labels, and relabel to the sheet language', () => {
    expect(parseStatus('Мерзімі өткен')).toBe('late');
    expect(parseStatus('Мерзімі өтті')).toBe('late');
    expect(parseStatus('Кешіктірілді')).toBe('late');
    expect(statusRelabel('Мерзімі өтті', 'kk')).toBe('Мерзімі өткен');
    expect(statusRelabel('Выполнено', 'kk')).toBe('Орындалды');
    expect(statusRelabel('Орындалды', 'kk')).toBeNull();
    expect(statusRelabel('', 'kk')).toBeNull();
    expect(statusRelabel('something else', 'kk')).toBeNull();
    expect(statusRelabel('Орындалды', 'en')).toBe('done');
  });
});

describe('Settings names and values', () => {
  it('name every setting in kk, ru and en, each name naming one setting only', () => {
    for (const spec of SETTING_SPECS) for (const lang of LANGS) expect(SETTING_LABELS[spec.key]?.[lang]).toBeTruthy();
    for (const spec of SETTING_SPECS)
      for (const lang of LANGS) expect(settingKeyOf(SETTING_LABELS[spec.key][lang])).toBe(spec.key);
  });

  it('read a sheet of an older Jospar (codes) and one in words of mixed languages alike', () => {
    const old = {
      name: 'Баптаулар',
      values: [
        ['Кілт', 'Мәні', 'Сипаттама'],
        ['workingDayPolicy', 'next', ''],
        ['wholeYearDue', 'none', ''],
        ['mailOnDay', 'no', ''],
        ['digestWeekday', '5', ''],
        ['language', 'ru', ''],
        ['monthDueDay', '25', ''],
        ['daysOffSource', 'government 2025-2026', ''],
      ],
    };
    const words = {
      name: 'Баптаулар',
      values: [
        ['Код', 'Баптау', 'Мәні', 'Сипаттама'],
        ['workingDayPolicy', 'Мерзім демалысқа түссе', 'на следующий рабочий день', ''],
        ['', '«Оқу жылы бойы» мерзімі', 'мерзімсіз', ''], // a row a person typed: no code, its Kazakh name
        ['', 'Mail: on the due date', 'Нет', ''], // English name, Russian value
        ['digestWeekday', 'Апталық жиынтық күні', 'жұма', ''],
        ['language', 'Тіл', 'Русский', ''],
        ['monthDueDay', 'Тек ай жазылса, мерзім', '25', ''],
        ['daysOffSource', '', 'үкімет қаулысы 2025-2026', ''],
      ],
    };
    const a = readKeyValues(old);
    const b = readKeyValues(words);
    expect(Object.fromEntries(b)).toEqual(Object.fromEntries(a));
    const s = readSettings(b);
    expect([s.workingDayPolicy, s.conventions.wholeYearDue, s.language, s.conventions.monthDueDay]).toEqual([
      'next',
      'none',
      'ru',
      25,
    ]);
    expect(s.problems).toEqual([]);
  });

  it('show a value code as the word of each language, and read each word back', () => {
    for (const [key, words] of Object.entries(SETTING_CHOICES))
      for (const w of words)
        for (const lang of LANGS) expect(settingValueCode(key, settingValueWord(key, w.code, lang))).toBe(w.code);
    expect(settingValueWord('daysOffSource', 'computed 2026-2027', 'ru')).toBe('вычислено по закону 2026-2027');
    expect(settingValueCode('daysOffSource', 'Вычислено по закону 2026-2027')).toBe('computed 2026-2027');
    expect(settingValueWord('monthDueDay', '25', 'kk')).toBe('25');
    expect(settingValueWord('emailDomain', 'edu.ektu.kz', 'kk')).toBe('edu.ektu.kz');
  });
});

describe('the Notifications result', () => {
  it('is written as a word and read back in any language or as the old code, so nothing is mailed twice', () => {
    const header = NOTIFICATIONS_SHEET.columns.map((c) => c.header.kk);
    const line = (id: string, result: string) =>
      NOTIFICATIONS_SHEET.columns.map(
        (c) => ({ message: id, recipient: 'a@edu.ektu.kz', keys: `1.05#2025-10-0${id}#today`, result })[c.key] ?? '',
      );
    const sent = historyRow(
      { id: '1', time: '', recipient: 'a@edu.ektu.kz', subject: '', keys: [], result: 'sent' },
      'kk',
    ).result;
    expect(sent).toBe('жіберілді');
    const h = readHistory({
      name: 'Хабарламалар',
      values: [
        header,
        line('1', sent),
        line('2', 'sent'),
        line('3', 'Не подтверждено'),
        line('4', 'жіберілмеді: quota'),
        line('5', 'кейінге қалдырылды'),
      ],
    });
    expect([...h.delivered].sort()).toEqual([
      'a@edu.ektu.kz|1.05#2025-10-01#today',
      'a@edu.ektu.kz|1.05#2025-10-02#today',
      'a@edu.ektu.kz|1.05#2025-10-03#today',
    ]);
    expect([...h.ids].sort()).toEqual(['1|sent', '2|sent', '3|unconfirmed', '4|failed', '5|deferred']);
  });
});
