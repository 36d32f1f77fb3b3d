/**
 * The Log's Action column as words of the Settings language (and its dropdown, for filtering). Jospar's code names an
 * action by a code ('setup', 'calendar' …); a status change logs the status itself. An action not listed here shows
 * its code.
 */
import type { Lang } from '../i18n/lang';
import { word, wordFor, wordList, type Word } from '../i18n/words';
import { STATUS_LABELS, STATUSES } from './status';

const action = word;

export const LOG_ACTION_WORDS: Word[] = [
  action('setup', 'Жоспарды орнату', 'Настройка плана', 'Set up plan'),
  action('calendar', 'Күнтізбе', 'Календарь', 'Calendar'),
  action('deadline', 'Мерзім өзгерді', 'Срок изменён', 'Deadline changed'),
  action('document', 'Құжат', 'Документ', 'Document'),
  action('import', 'Жоспарды импорттау', 'Импорт плана', 'Import plan'),
  action('mail', 'Хаттар', 'Письма', 'Mail'),
  action('new-year', 'Жаңа оқу жылы', 'Новый учебный год', 'New academic year'),
  action('print', 'Жоспарды басып шығару', 'Печать плана', 'Print plan'),
  action('report', 'Орындалу есебі', 'Отчёт об исполнении', 'Execution report'),
  // A keeper's answer to an item submitted for review (src/gas/plan/review.ts).
  action('confirmed', 'Орындалуы расталды', 'Выполнение подтверждено', 'Confirmed done'),
  action('returned', 'Тексеруден қайтарылды', 'Возвращено с проверки', 'Returned from review'),
  // A status set from the sidebar is logged as that status.
  ...STATUSES.map((s) => ({ code: s, word: STATUS_LABELS[s] })),
];

export function logActionWord(code: string, lang: Lang): string {
  return wordFor(LOG_ACTION_WORDS, code, lang);
}

export function logActionList(lang: Lang): string[] {
  return wordList(LOG_ACTION_WORDS, lang);
}
