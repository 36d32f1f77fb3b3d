/** What the reminder mail says, in each recipient's language. */
import { translator, type Text } from '../i18n/lang';

export const MAIL_TEXTS = {
  subjectPrefix: { kk: 'Jospar', ru: 'Jospar', en: 'Jospar' },
  countOverdue: { kk: 'мерзімі өткен {n}', ru: 'просрочено {n}', en: '{n} overdue' },
  countEscalated: { kk: 'бақылауда {n}', ru: 'на контроле {n}', en: '{n} escalated to you' },
  countToday: { kk: 'бүгін {n}', ru: 'сегодня {n}', en: '{n} due today' },
  countComing: { kk: 'жақында {n}', ru: 'скоро {n}', en: '{n} coming up' },
  countSummary: { kk: 'апталық жиынтық', ru: 'недельная сводка', en: 'weekly summary' },
  greeting: { kk: 'Құрметті әріптес!', ru: 'Уважаемый коллега!', en: 'Dear colleague,' },
  intro: {
    kk: '«{plan}» жұмыс жоспары бойынша сізге қатысты мерзімдер:',
    ru: 'Сроки по плану работы «{plan}», которые касаются вас:',
    en: 'Deadlines of the work plan "{plan}" that concern you:',
  },
  groupOverdue: { kk: 'Мерзімі өткен', ru: 'Просрочено', en: 'Overdue' },
  groupEscalated: {
    kk: 'Сізге бағынатын рөлдердің мерзімі өткен тармақтары',
    ru: 'Просроченные пункты ролей, за которые вы отвечаете',
    en: 'Overdue items of roles that report to you',
  },
  groupToday: { kk: 'Бүгін', ru: 'Сегодня', en: 'Due today' },
  groupComing: { kk: 'Жақында', ru: 'Скоро', en: 'Coming up' },
  groupSummary: { kk: 'Апталық жиынтық', ru: 'Недельная сводка', en: 'Weekly summary' },
  fieldDeadline: { kk: 'Мерзім (жоспарда)', ru: 'Срок (в плане)', en: 'Deadline (as written)' },
  fieldDue: { kk: 'Орындау күні', ru: 'Дата исполнения', en: 'Due' },
  fieldDeliverable: { kk: 'Аяқталу түрі', ru: 'Форма завершения', en: 'Deliverable' },
  fieldResponsible: { kk: 'Жауапты', ru: 'Ответственные', en: 'Responsible' },
  fieldDocument: { kk: 'Құжат', ru: 'Документ', en: 'Document' },
  openRow: { kk: 'Жоспардағы жолы', ru: 'Строка в плане', en: 'Its row in the plan' },
  daysLate: { kk: '{n} жұмыс күні кешікті', ru: 'просрочено на {n} раб. дн.', en: '{n} working days late' },
  summaryCounts: {
    kk: 'Мерзімі өткен: {overdue}. Бүгін: {today}. Алдағы 14 күнде (бүгінмен): {week}.',
    ru: 'Просрочено: {overdue}. Сегодня: {today}. В ближайшие 14 дней (с сегодняшним): {week}.',
    en: 'Overdue: {overdue}. Due today: {today}. In the next 14 days (today included): {week}.',
  },
  moreLater: {
    kk: 'Тағы {n} тармақ келесі хаттарда айтылады (немесе жоспарды ашыңыз).',
    ru: 'Ещё {n} пунктов будут в следующих письмах (или откройте план).',
    en: '{n} more items will follow in later messages (or open the plan).',
  },
  summaryMore: { kk: '… тағы {n}', ru: '… и ещё {n}', en: '… and {n} more' },
  footerWhy: {
    kk: 'Бұл хат сізге «{plan}» кестесінің «Рөлдер» парағында мына рөлдер үшін көрсетілгендіктен келді: {roles}.',
    ru: 'Вы получили это письмо, потому что указаны на листе «Роли» таблицы «{plan}» для ролей: {roles}.',
    en: 'You get this because the Roles sheet of "{plan}" lists you for: {roles}.',
  },
  footerStop: {
    kk: 'Хат алмау үшін (мысалы, демалыста болсаңыз) жоспар жүргізушісінен email-ыңызды «Демалыста (хат жоқ)» бағанына жазуын сұраңыз; тілін «Хат тілі» бағаны өзгертеді. Тармақ орындалса, мәртебесін «Орындалды» деп қойыңыз.',
    ru: 'Чтобы не получать писем (например, в отпуске), попросите ведущего план вписать ваш email в столбец «В отпуске (без писем)»; язык писем задаёт столбец «Язык писем». Когда пункт выполнен, поставьте ему статус «Выполнено».',
    en: 'To stop these messages (on leave, say), ask the plan\'s keeper to put your email in the "On leave (no mail)" column; the "Mail language" column sets the language. When an item is done, set its status to done.',
  },
  footerSent: {
    kk: 'Jospar автоматты түрде жіберді, {date}.',
    ru: 'Отправлено Jospar автоматически, {date}.',
    en: 'Sent automatically by Jospar, {date}.',
  },
  // ---- the menu and what it reports (in the spreadsheet's language) ----
  menuRemindNow: { kk: 'Еске салуларды қазір жіберу', ru: 'Отправить напоминания сейчас', en: 'Send reminders now' },
  menuRemindRows: {
    kk: 'Таңдалған жолдар туралы еске салу',
    ru: 'Напомнить о выделенных строках',
    en: 'Remind about selected rows',
  },
  menuScheduleOn: {
    kk: 'Кесте бойынша жұмысты қосу (сағат сайын)',
    ru: 'Включить работу по расписанию (ежечасно)',
    en: 'Turn on the schedule (hourly)',
  },
  menuScheduleOff: { kk: 'Кестені өшіру', ru: 'Выключить расписание', en: 'Turn off the schedule' },
  mailTitle: { kk: 'Еске салулар', ru: 'Напоминания', en: 'Reminders' },
  mailPreview: {
    kk: '{messages} хат {recipients} адамға жіберіледі:\n{lines}\n\nЖіберу керек пе?',
    ru: 'Будет отправлено писем: {messages}, получателей: {recipients}:\n{lines}\n\nОтправить?',
    en: '{messages} messages to {recipients} people:\n{lines}\n\nSend them?',
  },
  mailPreviewLine: { kk: '{email}: {items} тармақ', ru: '{email}: пунктов {items}', en: '{email}: {items} items' },
  mailNothing: {
    kk: 'Бүгін жіберетін жаңа еске салу жоқ.',
    ru: 'Новых напоминаний на сегодня нет.',
    en: 'No new reminders to send today.',
  },
  mailCancelled: { kk: 'Ештеңе жіберілмеді.', ru: 'Ничего не отправлено.', en: 'Nothing was sent.' },
  mailReport: {
    kk: 'Жіберілді: {messages} хат ({recipients} адам, {items} тармақ). Күтуде: {deferred}. Қате: {failed}. Расталмаған: {unconfirmed}. Демалыстағыларға жіберілмеді: {skipped}.',
    ru: 'Отправлено писем: {messages} ({recipients} чел., пунктов {items}). Отложено: {deferred}. Ошибок: {failed}. Неподтверждённых: {unconfirmed}. Не отправлено отпускникам: {skipped}.',
    en: 'Sent {messages} messages ({recipients} people, {items} items). Deferred: {deferred}. Failed: {failed}. Unconfirmed: {unconfirmed}. Held for people on leave: {skipped}.',
  },
  mailNoSelection: {
    kk: '«Жоспар» парағында жолдарды таңдаңыз.',
    ru: 'Выделите строки на листе «План».',
    en: 'Select rows in the Plan sheet.',
  },
  mailDayOff: {
    kk: 'Бүгін демалыс күні: күнделікті хаттар жіберілмейді.',
    ru: 'Сегодня выходной: ежедневные письма не отправляются.',
    en: 'Today is a day off: no daily mail.',
  },
  scheduleOn: {
    kk: 'Кесте қосылды: Jospar сағат сайын қажет жұмысты атқарады (күнтізбе {syncHour}:00, хаттар {mailHour}:00, {tz}).',
    ru: 'Расписание включено: Jospar ежечасно делает то, что пора (календарь в {syncHour}:00, письма в {mailHour}:00, {tz}).',
    en: 'Schedule on: every hour Jospar does what is due (calendar at {syncHour}:00, mail at {mailHour}:00, {tz}).',
  },
  scheduleAlready: {
    kk: 'Кесте бұрыннан қосулы.',
    ru: 'Расписание уже включено.',
    en: 'The schedule is already on.',
  },
  scheduleOff: { kk: 'Кесте өшірілді.', ru: 'Расписание выключено.', en: 'Schedule off.' },
} satisfies Record<string, Text>;

export type MailTextId = keyof typeof MAIL_TEXTS;

export const mt = translator(MAIL_TEXTS);
