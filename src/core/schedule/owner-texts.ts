/** What Jospar says about the hourly schedule's owner (Settings note, sidebar, onOpen, Take over the schedule). */
import { translator, type Text } from '../i18n/lang';

export const OWNER_TEXTS = {
  menuTakeOver: { kk: 'Кестені өзіме алу', ru: 'Взять расписание на себя', en: 'Take over the schedule' },
  ownerLine: {
    kk: 'Сағат сайынғы кестенің иесі: {owner}; соңғы іске қосылуы: {lastRun}.',
    ru: 'Владелец ежечасного расписания: {owner}; последний запуск: {lastRun}.',
    en: "The hourly schedule's owner: {owner}; last run: {lastRun}.",
  },
  notYet: { kk: 'әлі болған жоқ', ru: 'ещё не было', en: 'not yet' },
  noOwner: {
    kk: 'Сағат сайынғы кесте қосылмаған.',
    ru: 'Ежечасное расписание не включено.',
    en: 'The hourly schedule is not on.',
  },
  stale: {
    kk:
      'Jospar кестесі {hours} сағаттан бері іске қосылмады (иесі {owner}, соңғы рет {lastRun}): күнтізбе мен ' +
      'хаттар тоқтап тұр. Jospar → «Кестені өзіме алу».',
    ru:
      'Расписание Jospar не запускалось уже {hours} ч (владелец {owner}, последний запуск {lastRun}): календарь и ' +
      'письма стоят. Jospar → «Взять расписание на себя».',
    en:
      "Jospar's schedule has not run for {hours} hours (owner {owner}, last run {lastRun}): the calendar and the " +
      'mail have stopped. Jospar → Take over the schedule.',
  },
  takeOverAsk: {
    kk:
      'Кесте қазір {owner} атында (соңғы іске қосылуы: {lastRun}). Оны өзіңізге аласыз ба? Бұдан былай сағат ' +
      'сайынғы жұмыс сіздің атыңыздан жүреді, ал бұрынғы иесінің кестесі келесі іске қосылғанда өзін өшіреді.',
    ru:
      'Расписание сейчас принадлежит {owner} (последний запуск: {lastRun}). Взять его на себя? Ежечасная работа ' +
      'пойдёт от вашего имени, а расписание прежнего владельца удалит себя при следующем запуске.',
    en:
      'The schedule belongs to {owner} (last run: {lastRun}). Take it over? The hourly work will run as you; the ' +
      "former owner's trigger removes itself the next time it fires.",
  },
  takenOver: {
    kk: 'Кесте енді сіздікі ({owner}): Jospar сағат сайын сіздің атыңыздан жұмыс істейді.',
    ru: 'Расписание теперь ваше ({owner}): Jospar работает ежечасно от вашего имени.',
    en: 'The schedule is yours now ({owner}): Jospar works every hour as you.',
  },
  alreadyYours: {
    kk: 'Кесте онсыз да сіздікі ({owner}).',
    ru: 'Расписание и так ваше ({owner}).',
    en: 'The schedule is already yours ({owner}).',
  },
} satisfies Record<string, Text>;

export const ot = translator(OWNER_TEXTS);
