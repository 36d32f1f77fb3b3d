/** What the reminder mail says, in each recipient's language. */
import { translator, type Text } from '../i18n/lang';

export const MAIL_TEXTS = {
  // Subject: «АҚД жұмыс жоспары 2025-2026: 2 тармақтың мерзімі өтті (1.01, 1.07)»; {p} is a Russian plural.
  subjectOverdue: {
    kk: '{n} тармақтың мерзімі өтті ({ids})',
    ru: 'срок {n} {p} истёк ({ids})',
    en: '{n} overdue ({ids})',
  },
  subjectEscalated: {
    kk: 'бақылаудағы {n} тармақтың мерзімі өтті ({ids})',
    ru: 'на контроле: срок {n} {p} истёк ({ids})',
    en: '{n} overdue to follow up ({ids})',
  },
  subjectToday: {
    kk: 'бүгін {n} тармақтың мерзімі ({ids})',
    ru: 'сегодня срок {n} {p} ({ids})',
    en: '{n} due today ({ids})',
  },
  subjectComing: {
    kk: '{n} тармақтың мерзімі жақындады ({ids})',
    ru: 'приближается срок {n} {p} ({ids})',
    en: '{n} due soon ({ids})',
  },
  subjectSummary: { kk: 'апталық жиынтық', ru: 'недельная сводка', en: 'weekly summary' },
  greeting: { kk: 'Құрметті әріптес!', ru: 'Уважаемый коллега!', en: 'Dear colleague,' },
  intro: {
    kk: '«{plan}» бойынша сізге қатысты мерзімдер.',
    ru: 'Сроки по документу «{plan}», которые касаются вас.',
    en: 'Deadlines of "{plan}" that concern you.',
  },
  // What to do and by when: the body's first lines, one per group.
  doOverdue: {
    kk: 'Мерзімі өткен {n} тармақты мүмкіндігінше тез орындаңыз.',
    ru: 'Выполните как можно скорее пункты с истёкшим сроком: {n}.',
    en: 'Complete as soon as you can: {n} overdue.',
  },
  doEscalated: {
    kk: 'Сіз бақылайтын {n} тармақтың мерзімі өтті: жауаптылармен хабарласыңыз.',
    ru: 'Истёк срок пунктов, которые вы контролируете ({n}): свяжитесь с ответственными.',
    en: '{n} items you follow up are overdue: please check with those responsible.',
  },
  doToday: {
    kk: 'Бүгін, {date}, мерзімі бітетін тармақтар: {n}.',
    ru: 'Сегодня, {date}, истекает срок пунктов: {n}.',
    en: 'Due today, {date}: {n}.',
  },
  doComing: {
    kk: 'Орындау керек тармақтар: {n}, ең жақын мерзімі — {due}',
    ru: 'Пунктов к выполнению: {n}, ближайший срок — {due}',
    en: 'To complete: {n}, the first {due}',
  },
  doSummary: {
    kk: 'Бөлімдер бойынша апталық жиынтық: мерзімі өткен, осы аптада орындалған және алдағы аптаның тармақтары.',
    ru: 'Недельная сводка по подразделениям: просроченные, выполненные за неделю и пункты следующей недели.',
    en: 'The weekly summary by unit: overdue, done this week and due in the coming week.',
  },
  doneHowReply: {
    kk: 'Тармақ орындалса, осы хатқа жауап беріп, дәлелін жіберіңіз: жауап жоспар жүргізушісіне барады.',
    ru: 'Если пункт выполнен, ответьте на это письмо и приложите подтверждение: ответ придёт ведущему план.',
    en: 'When an item is done, reply to this mail with the evidence: the reply reaches the plan keeper.',
  },
  doneHowLink: {
    kk: 'Тармақ орындалса, оның астындағы «Орындалды деп белгілеу» сілтемесін басыңыз.',
    ru: 'Если пункт выполнен, нажмите под ним «Отметить выполнение».',
    en: 'When an item is done, follow "Mark as done" under it.',
  },
  markDone: { kk: 'Орындалды деп белгілеу', ru: 'Отметить выполнение', en: 'Mark as done' },
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
  summaryCounts: {
    kk: 'Мерзімі өткен: {overdue}. Осы аптада орындалды: {done}. Алдағы 14 күнде: {week}.',
    ru: 'Просрочено: {overdue}. Выполнено за неделю: {done}. В ближайшие 14 дней: {week}.',
    en: 'Overdue: {overdue}. Done this week: {done}. Due in the next 14 days: {week}.',
  },
  summaryDone: { kk: 'Осы аптада орындалды', ru: 'Выполнено за неделю', en: 'Done this week' },
  summaryNext: { kk: 'Алдағы 14 күнде', ru: 'В ближайшие 14 дней', en: 'Due in the next 14 days' },
  summaryAbove: {
    kk: 'Жоғарыда аталған тармақтар мұнда қайталанбайды.',
    ru: 'Пункты, названные выше, здесь не повторяются.',
    en: 'Items listed above are not repeated here.',
  },
  moreLater: {
    kk: 'Тағы {n} тармақ келесі хаттарда айтылады (немесе жоспарды ашыңыз).',
    ru: 'Ещё {n} пунктов будут в следующих письмах (или откройте план).',
    en: '{n} more items will follow in later messages (or open the plan).',
  },
  summaryMore: { kk: '… тағы {n}', ru: '… и ещё {n}', en: '… and {n} more' },
  footerWhy: {
    kk: 'Бұл хат сізге «{plan}» жоспарының «Рөлдер» парағында мына рөлдер үшін көрсетілгендіктен келді: {roles}.',
    ru: 'Вы получили это письмо, потому что указаны на листе «Роли» плана «{plan}» для ролей: {roles}.',
    en: 'You get this because the Roles sheet of "{plan}" lists you for: {roles}.',
  },
  footerStop: {
    kk: 'Хат алмау үшін (мысалы, демалыста болсаңыз) жоспар жүргізушісінен email-ыңызды «Демалыста (хат жоқ)» бағанына жазуын сұраңыз; тілін «Хат тілі» бағаны өзгертеді.',
    ru: 'Чтобы не получать писем (например, в отпуске), попросите ведущего план вписать ваш email в столбец «В отпуске (без писем)»; язык писем задаёт столбец «Язык писем».',
    en: 'To stop these messages (on leave, say), ask the plan\'s keeper to put your email in the "On leave (no mail)" column; the "Mail language" column sets the language.',
  },
  footerSent: {
    kk: 'Jospar (жоспарды жүргізу қосымшасы) автоматты түрде жіберді, {date}.',
    // The date first: a Russian long date ends in "г.", and a full stop after it would make "г..".
    ru: 'Отправлено автоматически {date} надстройкой Jospar, которая ведёт план.',
    en: 'Sent automatically by Jospar, the add-on that keeps the plan, {date}.',
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
