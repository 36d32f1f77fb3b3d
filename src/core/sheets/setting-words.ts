/**
 * What the Settings sheet shows a person: each setting's name, and the values that come from a list, as words in the
 * spreadsheet's language. The code (`reminderDays`, `previous`) stays what Jospar reads: readKeyValues turns a row
 * back into code and value code, whichever language (or code, or older word) the cells hold.
 */
import type { Lang, Text } from '../i18n/lang';
import { codeOf, word, wordFor, wordList, YES_NO, type Word } from '../i18n/words';

const tx = (kk: string, ru: string, en: string): Text => ({ kk, ru, en });

/** Each setting's name; a key without one (a user's own row) shows its key. */
export const SETTING_LABELS: Record<string, Text> = {
  academicYear: tx('Оқу жылы', 'Учебный год', 'Academic year'),
  language: tx('Тіл', 'Язык', 'Language'),
  emailDomain: tx('Email домені', 'Домен email', 'Email domain'),
  extraDomains: tx('Қосымша домендер', 'Дополнительные домены', 'Other domains'),
  reminderDays: tx('Күнтізбе еске салулары', 'Напоминания в календаре', 'Calendar reminders'),
  workingDayPolicy: tx('Мерзім демалысқа түссе', 'Срок в выходной день', 'Due date on a day off'),
  daysOff: tx('Демалыс күндері', 'Выходные дни', 'Days off'),
  movableHolidays: tx('Жылжымалы мерекелер', 'Подвижные праздники', 'Movable holidays'),
  daysOffSource: tx('Демалыс күндері қайдан', 'Откуда выходные дни', 'Days off from'),
  planTitle: tx('Жоспардың атауы', 'Название плана', 'Plan title'),
  approverPosition: tx('Бекітуші: лауазымы', 'Утверждает: должность', 'Approver: position'),
  approverName: tx('Бекітуші: аты-жөні', 'Утверждает: ФИО', 'Approver: name'),
  signatoryPosition: tx('Жоспарға қол қоюшы: лауазымы', 'Подписывает план: должность', 'Plan signatory: position'),
  signatoryName: tx('Жоспарға қол қоюшы: аты-жөні', 'Подписывает план: ФИО', 'Plan signatory: name'),
  monthDueDay: tx('Тек ай жазылса, мерзім', 'Срок, если указан месяц', 'A month alone is due on'),
  monthlyDueDay: tx('«Ай сайын» мерзімі', 'Срок «ежемесячно»', '"Monthly" is due on'),
  wholeYearDue: tx('«Оқу жылы бойы» мерзімі', 'Срок «в течение года»', '"Throughout the year" is due on'),
  periodDue: tx('«Кезеңде» мерзімі', 'Срок «в период»', '"During a period" is due on'),
  daysBefore: tx('Кезең басталардан бұрын, күн', 'За сколько дней до периода', 'Days before a period'),
  rangeDue: tx('Күндер аралығының мерзімі', 'Срок диапазона дат', 'A range of days is due on'),
  yearStartMonth: tx('Оқу жылы басталатын ай', 'Месяц начала учебного года', 'Plan year starts in month'),
  numericDateOrder: tx('Сандық күн тәртібі', 'Порядок числовой даты', 'Numeric date order'),
  timeZone: tx('Уақыт белдеуі', 'Часовой пояс', 'Time zone'),
  settingsApprovers: tx('Баптауларды бекітушілер', 'Утверждают настройки', 'Settings approvers'),
  calendarId: tx('Күнтізбе ID', 'ID календаря', 'Calendar id'),
  orderSignatoryPosition: tx(
    'Бұйрыққа қол қоюшы: лауазымы',
    'Подписывает приказы: должность',
    'Order signatory: position',
  ),
  orderSignatoryName: tx('Бұйрыққа қол қоюшы: аты-жөні', 'Подписывает приказы: ФИО', 'Order signatory: name'),
  orderControl: tx('Бұйрықтың орындалуын бақылау', 'Контроль исполнения приказа', 'Control of an order'),
  orderControllerPosition: tx('Бақылаушы: лауазымы', 'Контролирует приказы: должность', 'Order controller: position'),
  orderControllerName: tx('Бақылаушы: аты-жөні', 'Контролирует приказы: ФИО', 'Order controller: name'),
  orderExecutor: tx('Бұйрық жобасының орындаушысы', 'Исполнитель проекта приказа', 'Order drafted by'),
  runBudgetSeconds: tx('Бір іске қосу уақыты, сек.', 'Время одного запуска, сек.', 'Time of one run, s'),
  calendarDailyEvents: tx(
    'Күнтізбе: күніне жаңа оқиға',
    'Календарь: новых событий в день',
    'Calendar: new events a day',
  ),
  mailRemindDays: tx('Хат: неше күн бұрын', 'Письма: за сколько дней', 'Mail: days before'),
  mailDayCount: tx('Хат: күндерді санау', 'Письма: счёт дней', 'Mail: days counted as'),
  mailOnDay: tx('Хат: мерзім күні', 'Письма: в день срока', 'Mail: on the due date'),
  escalateAfterDays: tx(
    'Басшыға хабарлау, жұмыс күні',
    'Сообщить руководителю, раб. дней',
    'Escalate after, working days',
  ),
  digestWeekday: tx('Апталық жиынтық күні', 'День недельной сводки', 'Weekly summary day'),
  digestRole: tx('Апталық жиынтықты алатын рөл', 'Роль для недельной сводки', 'Weekly summary goes to'),
  mailHour: tx('Хат жіберу сағаты', 'Час рассылки', 'Mail hour'),
  syncHour: tx('Түнгі синхрондау сағаты', 'Час ночной синхронизации', 'Nightly sync hour'),
  scheduleOwner: tx('Кесте иесі', 'Владелец расписания', 'Schedule owner'),
  mailSenderName: tx('Хаттағы жіберуші аты', 'Имя отправителя', 'Sender name'),
  mailReplyTo: tx('Жауап мекенжайы', 'Адрес для ответа', 'Reply-to address'),
  mailPlanName: tx('Хат тақырыбындағы жоспар атауы', 'Название плана в теме письма', 'Plan name in mail subjects'),
  doneReview: tx('Орындалғанын жүргізуші растайды', 'Выполнение подтверждает ведущий', 'A keeper confirms done'),
};

const w = word;

const LAST_DAY = w('last', 'соңғы күні', 'последний день', 'last day');
const DAY_NUMBERS = Array.from({ length: 31 }, (_, i) => String(i + 1));

/** Settings whose value comes from a list: the list, as codes and words. */
export const SETTING_CHOICES: Record<string, Word[]> = {
  // Each language in its own name: whoever cannot read the current one still finds theirs.
  language: [
    w('kk', 'Қазақша', 'Қазақша', 'Қазақша'),
    w('ru', 'Русский', 'Русский', 'Русский'),
    w('en', 'English', 'English', 'English'),
  ],
  workingDayPolicy: [
    w('previous', 'алдыңғы жұмыс күніне', 'на предыдущий рабочий день', 'to the previous working day'),
    w('next', 'келесі жұмыс күніне', 'на следующий рабочий день', 'to the next working day'),
    w('none', 'жылжытпау', 'не переносить', 'do not move'),
  ],
  daysOffSource: [
    w('government', 'үкімет қаулысы', 'постановление правительства', 'government decree'),
    w('computed', 'заң бойынша есептелген', 'вычислено по закону', 'computed from the law'),
  ],
  monthDueDay: [LAST_DAY],
  monthlyDueDay: [LAST_DAY],
  wholeYearDue: [
    w('end', 'оқу жылының соңғы күні', 'последний день учебного года', 'last day of the year'),
    w('none', 'мерзімсіз', 'без срока', 'no due date'),
  ],
  periodDue: [
    w('end', 'кезең соңы', 'конец периода', 'end of the period'),
    w('start', 'кезең басы', 'начало периода', 'start of the period'),
  ],
  rangeDue: [
    w('end', 'соңғы күні', 'последний день', 'last day'),
    w('start', 'бірінші күні', 'первый день', 'first day'),
  ],
  numericDateOrder: [
    w('day-month', 'күн/ай', 'день/месяц', 'day/month'),
    w('month-day', 'ай/күн (АҚШ)', 'месяц/день (США)', 'month/day (US)'),
  ],
  mailDayCount: [
    w('working', 'жұмыс күндері', 'рабочие дни', 'working days'),
    w('calendar', 'күнтізбелік күндер', 'календарные дни', 'calendar days'),
  ],
  mailOnDay: YES_NO,
  doneReview: YES_NO,
  digestWeekday: [
    w('1', 'дүйсенбі', 'понедельник', 'Monday', ['mon']),
    w('2', 'сейсенбі', 'вторник', 'Tuesday', ['tue']),
    w('3', 'сәрсенбі', 'среда', 'Wednesday', ['wed']),
    w('4', 'бейсенбі', 'четверг', 'Thursday', ['thu']),
    w('5', 'жұма', 'пятница', 'Friday', ['fri']),
    w('6', 'сенбі', 'суббота', 'Saturday', ['sat']),
    w('7', 'жексенбі', 'воскресенье', 'Sunday', ['sun']),
    w('', 'жібермеу', 'не отправлять', 'none'),
  ],
};

/** Settings whose value is a list word followed by free text ("government 2025-2026"). */
const WORD_THEN_TEXT = new Set(['daysOffSource']);

const norm = (s: string) => s.trim().toLowerCase();

/** The setting a Key or Name cell names: its key, any language's name, or null. */
export function settingKeyOf(cell: string): string | null {
  const v = norm(String(cell ?? ''));
  if (!v) return null;
  for (const [key, label] of Object.entries(SETTING_LABELS))
    if (norm(key) === v || [label.kk, label.ru, label.en].some((l) => norm(l) === v)) return key;
  return null;
}

export function settingLabel(key: string, lang: Lang): string {
  return SETTING_LABELS[key]?.[lang] ?? key;
}

/** A value cell as Jospar reads it: a list word (any language) becomes its code; anything else stays as written. */
export function settingValueCode(key: string, cell: string): string {
  const words = SETTING_CHOICES[key];
  if (!words) return cell;
  const code = codeOf(words, cell);
  if (code !== null) return code;
  if (WORD_THEN_TEXT.has(key)) {
    const text = String(cell).trim();
    for (const word of words)
      for (const form of [word.code, word.word.kk, word.word.ru, word.word.en]) {
        if (text.toLowerCase().startsWith(`${form.toLowerCase()} `))
          return `${word.code} ${text.slice(form.length).trim()}`;
      }
  }
  return cell;
}

/** A value code as the sheet shows it in one language ("previous" → "алдыңғы жұмыс күніне"); free text as it is. */
export function settingValueWord(key: string, value: string, lang: Lang): string {
  const words = SETTING_CHOICES[key];
  if (!words) return value;
  const code = settingValueCode(key, value);
  if (words.some((x) => x.code === code)) return wordFor(words, code, lang);
  if (WORD_THEN_TEXT.has(key)) {
    const [first, ...rest] = code.split(' ');
    if (words.some((x) => x.code === first)) return [wordFor(words, first, lang), ...rest].join(' ');
  }
  return value;
}

/** The dropdown of a setting's value, or null for free text. Day settings offer "last day" and the day numbers. */
export function settingValueList(key: string, lang: Lang): string[] | null {
  const words = SETTING_CHOICES[key];
  if (!words || WORD_THEN_TEXT.has(key)) return null;
  const list = wordList(words, lang);
  return words.includes(LAST_DAY) ? [...list, ...DAY_NUMBERS] : list;
}
