/** What the university's roll-up (`jospar admin rollup`) says, Kazakh first. */
import { translator, type Text } from './lang';

export const ROLLUP_MESSAGES = {
  unitsSheet: { kk: 'Бөлімшелер', ru: 'Подразделения', en: 'Units' },
  overdueSheet: { kk: 'Мерзімі өткен', ru: 'Просроченные', en: 'Overdue' },
  unreadableSheet: { kk: 'Оқылмағандар', ru: 'Не прочитаны', en: 'Not read' },
  title: {
    kk: 'Бөлімшелердің жұмыс жоспарлары: {today} күнгі жағдай',
    ru: 'Планы работы подразделений: состояние на {today}',
    en: "Units' work plans as of {today}",
  },
  reportTitle: {
    kk: 'Бөлімшелердің жұмыс жоспарларының орындалуы туралы есеп',
    ru: 'Отчёт об исполнении планов работы подразделений',
    en: "Report on the execution of the units' work plans",
  },
  period: { kk: 'Кезең: {from} – {to}', ru: 'Период: {from} – {to}', en: 'Period: {from} – {to}' },
  hUnit: { kk: 'Бөлімше', ru: 'Подразделение', en: 'Unit' },
  hFolder: { kk: 'Қалта', ru: 'Папка', en: 'Folder' },
  hYear: { kk: 'Оқу жылы', ru: 'Учебный год', en: 'Academic year' },
  hItems: { kk: 'Тармақтар', ru: 'Пунктов', en: 'Items' },
  hDone: { kk: 'Орындалды', ru: 'Выполнено', en: 'Done' },
  hPercent: { kk: 'Орындалды, %', ru: 'Выполнено, %', en: 'Done, %' },
  hOverdue: { kk: 'Мерзімі өткен', ru: 'Просрочено', en: 'Overdue' },
  hDue14: { kk: '14 күн ішінде', ru: 'В ближайшие 14 дней', en: 'Due in 14 days' },
  hWarnings: { kk: 'Мәселелері бар', ru: 'С проблемами', en: 'With problems' },
  hId: { kk: 'ID', ru: 'ID', en: 'ID' },
  hActivity: { kk: 'Іс-шара', ru: 'Мероприятие', en: 'Activity' },
  hResponsible: { kk: 'Жауапты', ru: 'Ответственные', en: 'Responsible' },
  hDeadline: { kk: 'Орындау мерзімі', ru: 'Срок исполнения', en: 'Deadline' },
  hMissed: { kk: 'Өткен мерзім', ru: 'Пропущенный срок', en: 'Missed date' },
  hDaysLate: { kk: 'Кешігу, күн', ru: 'Просрочка, дн.', en: 'Days late' },
  hFile: { kk: 'Файл', ru: 'Файл', en: 'File' },
  hReason: { kk: 'Себебі', ru: 'Причина', en: 'Reason' },
  hOccurrences: { kk: 'Мерзімдер', ru: 'Сроков', en: 'Due dates' },
  hDoneLate: { kk: 'Кешігіп орындалды', ru: 'Выполнено с опозданием', en: 'Done late' },
  hNotYetDue: { kk: 'Мерзімі келмеген', ru: 'Срок не наступил', en: 'Not yet due' },
  hCancelled: { kk: 'Тоқтатылды', ru: 'Отменено', en: 'Cancelled' },
  hEarlierOpen: { kk: 'Ертеректегі мерзімдер (ашық)', ru: 'Прошедшие сроки (открыто)', en: 'Earlier dates (open)' },
  total: { kk: 'Барлығы', ru: 'Итого', en: 'Total' },
  overdueTitle: { kk: 'Мерзімі өткен тармақтар', ru: 'Просроченные пункты', en: 'Overdue items' },
  unreadableTitle: { kk: 'Оқылмаған жоспарлар', ru: 'Непрочитанные планы', en: 'Plans not read' },
  none: { kk: 'жоқ', ru: 'нет', en: 'none' },
  occurrenceNote: {
    kk: 'Қайталанатын тармақ кезеңге түскен әр мерзімі үшін бір рет саналады.',
    ru: 'Повторяющийся пункт считается один раз за каждый срок, попавший в период.',
    en: 'A recurring item counts once for each of its due dates in the period.',
  },
  'reason:no-access': { kk: 'рұқсат жоқ', ru: 'нет доступа', en: 'no access' },
  'reason:not-jospar': { kk: 'Jospar жоспары емес', ru: 'не план Jospar', en: 'not a Jospar plan' },
  'reason:older-version': {
    kk: 'Jospar-дың ескі нұсқасы: файлды ашып, «Жоспарды орнату» орындаңыз',
    ru: 'старая версия Jospar: откройте файл и выполните «Настроить план»',
    en: 'an older Jospar version: open it and run Set up plan',
  },
  progress: { kk: 'бөлімше {done} / {total}', ru: 'подразделение {done} / {total}', en: 'unit {done} / {total}' },
} satisfies Record<string, Text>;

export type RollupMessageId = keyof typeof ROLLUP_MESSAGES;
export const rt = translator(ROLLUP_MESSAGES);
