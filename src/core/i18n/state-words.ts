/**
 * The words people read for an item's state (src/core/plan/item-state.ts): beside the status in the Plan, on the
 * sidebar's card, in the calendar event's status line. Dates as the plan writes them (dd.MM.yyyy).
 */
import type { ItemState } from '../plan/item-state';
import { parseStatus, STATUS_LABELS } from '../sheets/status';
import { dottedDate } from '../text/dotted-date';
import { translator, type Lang } from './lang';

const STATE_WORDS = {
  planned: { kk: 'Жоспарланған', ru: 'Запланировано', en: 'planned' },
  'in-progress': { kk: 'Орындалуда', ru: 'В работе', en: 'in progress' },
  'no-date': { kk: 'Мерзімсіз', ru: 'Без срока', en: 'no due date' },
  'due-soon': { kk: 'Мерзімі жақын: {n} күн қалды', ru: 'Срок близко: осталось {n} дн.', en: 'due in {n} days' },
  'due-today': { kk: 'Мерзімі бүгін', ru: 'Срок сегодня', en: 'due today' },
  overdue: { kk: 'Мерзімі өткен: {n} күн', ru: 'Просрочено на {n} дн.', en: 'overdue by {n} days' },
  done: { kk: 'Орындалды', ru: 'Выполнено', en: 'done' },
  'done-on': { kk: 'Орындалды {date}', ru: 'Выполнено {date}', en: 'done {date}' },
  'done-late': {
    kk: 'Орындалды {date}, {n} күн кешігіп',
    ru: 'Выполнено {date}, с опозданием {n} дн.',
    en: 'done {date}, {n} days late',
  },
  cancelled: { kk: 'Тоқтатылды', ru: 'Отменено', en: 'cancelled' },
  'on-demand': { kk: 'Сұраныс бойынша', ru: 'По запросу', en: 'on demand' },
  ongoing: { kk: 'Жыл бойы', ru: 'В течение года', en: 'throughout the year' },
  submitted: { kk: 'Тексеруге жіберілді', ru: 'На проверке', en: 'submitted for review' },
  'submitted-on': {
    kk: 'Тексеруге жіберілді {date}',
    ru: 'На проверке с {date}',
    en: 'submitted for review {date}',
  },
} as const;

const sw = translator(STATE_WORDS);

/** The state in a few words ("Мерзімі өткен: 12 күн", "Орындалды 20.11.2025"). */
export function stateWord(s: ItemState, lang: Lang): string {
  switch (s.kind) {
    case 'due-soon':
      return sw(lang, 'due-soon', { n: s.daysLeft ?? 0 });
    case 'overdue':
      return sw(lang, 'overdue', { n: s.daysLate });
    case 'done':
      if (!s.doneOn) return sw(lang, 'done');
      return s.doneLate
        ? sw(lang, 'done-late', { date: dottedDate(s.doneOn), n: s.daysLate })
        : sw(lang, 'done-on', { date: dottedDate(s.doneOn) });
    case 'submitted':
      return s.doneOn ? sw(lang, 'submitted-on', { date: dottedDate(s.doneOn) }) : sw(lang, 'submitted');
    case 'planned':
    case 'in-progress':
      return s.why === 'no-date' ? sw(lang, 'no-date') : sw(lang, s.kind);
    default:
      return sw(lang, s.kind);
  }
}

/**
 * The calendar event's status line: the status a person chose, or done on its date (late or not). Never a word that
 * changes only because days pass (overdue, due soon): an event is patched when its words change, and an unchanged
 * plan must cost no calendar call however many days go by; the event's own date already says it is past.
 */
export function eventStatusLine(s: ItemState, statusText: string, lang: Lang): string {
  if (s.kind === 'done') return stateWord(s, lang);
  return parseStatus(statusText) ? STATUS_LABELS[s.status][lang] : statusText.trim() || STATUS_LABELS.planned[lang];
}
