/**
 * What the sidebar and its server functions say, Kazakh first. The sidebar bundle imports this file too, so the page
 * and the server never disagree on a word.
 */
import { fill, type Lang, type Text } from './lang';

export const SIDEBAR_MESSAGES = {
  title: { kk: 'Jospar', ru: 'Jospar', en: 'Jospar' },
  language: { kk: 'Тіл', ru: 'Язык', en: 'Language' },
  tabItem: { kk: 'Тармақ', ru: 'Пункт', en: 'Item' },
  tabOverview: { kk: 'Шолу', ru: 'Обзор', en: 'Overview' },
  tabStart: { kk: 'Бастау', ru: 'Начало', en: 'Start' },
  refresh: { kk: 'Таңдалған жолды көрсету', ru: 'Показать выбранную строку', en: 'Show the selected row' },
  goTo: { kk: 'Ашу', ru: 'Открыть', en: 'Open' },
  itemIdLabel: { kk: 'Тармақ ID', ru: 'ID пункта', en: 'Item id' },
  loading: { kk: 'Жүктелуде…', ru: 'Загрузка…', en: 'Loading…' },
  noItem: {
    kk: 'Жоспар парағынан жолды таңдап, «Таңдалған жолды көрсету» батырмасын басыңыз.',
    ru: 'Выберите строку на листе «План» и нажмите «Показать выбранную строку».',
    en: 'Select a row on the Plan sheet and press "Show the selected row".',
  },
  unit: { kk: 'Бөлім', ru: 'Подразделение', en: 'Unit' },
  activity: { kk: 'Іс-шара', ru: 'Мероприятие', en: 'Activity' },
  responsible: { kk: 'Жауаптылар', ru: 'Ответственные', en: 'Responsible' },
  noEmail: { kk: 'email жоқ', ru: 'нет email', en: 'no email' },
  deadline: { kk: 'Мерзім (жазылғандай)', ru: 'Срок (как написан)', en: 'Deadline (as written)' },
  reading: { kk: 'Jospar қалай оқиды', ru: 'Как читает Jospar', en: 'How Jospar reads it' },
  dueDates: { kk: 'Мерзімдер', ru: 'Сроки', en: 'Due dates' },
  windows: { kk: 'Кезеңдер', ru: 'Периоды', en: 'Windows' },
  noDates: { kk: 'Күн жоқ', ru: 'Дат нет', en: 'No dates' },
  onDemand: { kk: 'сұраныс бойынша', ru: 'по запросу', en: 'on demand' },
  more: { kk: 'тағы {n}', ru: 'ещё {n}', en: '{n} more' },
  warnings: { kk: 'Ескертулер', ru: 'Предупреждения', en: 'Warnings' },
  nextDue: { kk: 'Келесі мерзім', ru: 'Ближайший срок', en: 'Next due' },
  status: { kk: 'Мәртебе', ru: 'Статус', en: 'Status' },
  document: { kk: 'Құжат', ru: 'Документ', en: 'Document' },
  calendarState: { kk: 'Күнтізбе', ru: 'Календарь', en: 'Calendar' },
  evidence: { kk: 'Дәлел', ru: 'Подтверждение', en: 'Evidence' },
  none: { kk: '—', ru: '—', en: '—' },
  actions: { kk: 'Әрекеттер', ru: 'Действия', en: 'Actions' },
  markDone: { kk: 'Орындалды деп белгілеу', ru: 'Отметить выполненным', en: 'Mark done' },
  dateDone: { kk: 'Орындалған күні', ru: 'Дата выполнения', en: 'Date done' },
  evidenceLink: { kk: 'Дәлел сілтемесі', ru: 'Ссылка на подтверждение', en: 'Evidence link' },
  save: { kk: 'Сақтау', ru: 'Сохранить', en: 'Save' },
  cancel: { kk: 'Болдырмау', ru: 'Отмена', en: 'Cancel' },
  markCancelled: { kk: 'Тоқтатылды деп белгілеу', ru: 'Отметить отменённым', en: 'Mark cancelled' },
  confirmCancel: {
    kk: '{id} тармағын тоқтатылды деп белгілейміз бе? Оның күнтізбедегі оқиғалары келесі синхрондауда жойылады.',
    ru: 'Отметить пункт {id} отменённым? Его события в календаре удалятся при следующей синхронизации.',
    en: 'Mark item {id} cancelled? Its calendar events go at the next sync.',
  },
  yes: { kk: 'Иә', ru: 'Да', en: 'Yes' },
  generate: { kk: 'Құжат жасау', ru: 'Создать документ', en: 'Generate the document' },
  regenerateQuestion: {
    kk: 'Бұл тармақтың құжаты бар. Жаңа нұсқасын жасаймыз ба (нөмірі сол)?',
    ru: 'У пункта уже есть документ. Создать новую версию (с тем же номером)?',
    en: 'This item already has a document. Make a new version (same number)?',
  },
  newVersion: { kk: 'Жаңа нұсқа', ru: 'Новая версия', en: 'New version' },
  keepExisting: { kk: 'Барын қалдыру', ru: 'Оставить как есть', en: 'Keep the existing one' },
  openDocument: { kk: 'Құжатты ашу', ru: 'Открыть документ', en: 'Open the document' },
  syncItem: {
    kk: 'Осы тармақтың оқиғаларын синхрондау',
    ru: 'Синхронизировать события пункта',
    en: "Sync this item's events",
  },
  remindNow: { kk: 'Қазір еске салу', ru: 'Напомнить сейчас', en: 'Remind now' },
  reminded: {
    kk: 'Хат: {messages} жіберілді ({recipients} адамға), {failed} қате.',
    ru: 'Письма: отправлено {messages} ({recipients} получателям), ошибок {failed}.',
    en: 'Mail: {messages} sent (to {recipients} people), {failed} failed.',
  },
  editDeadline: { kk: 'Мерзімді өзгерту', ru: 'Изменить срок', en: 'Edit the deadline' },
  liveReading: { kk: 'Jospar мұны былай оқиды', ru: 'Jospar прочтёт так', en: 'Jospar will read this as' },
  saveDeadline: { kk: 'Мерзімді сақтау', ru: 'Сохранить срок', en: 'Save the deadline' },
  running: { kk: 'Орындалуда… {s} с', ru: 'Выполняется… {s} с', en: 'Running… {s} s' },
  alreadyRunning: {
    kk: 'Бұл әрекет әлі орындалуда, күте тұрыңыз.',
    ru: 'Это действие ещё выполняется, подождите.',
    en: 'This action is still running; please wait.',
  },
  done: { kk: 'Дайын.', ru: 'Готово.', en: 'Done.' },
  savedDone: {
    kk: '{id} орындалды деп белгіленді.',
    ru: 'Пункт {id} отмечен выполненным.',
    en: 'Item {id} marked done.',
  },
  savedCancelled: {
    kk: '{id} тоқтатылды деп белгіленді.',
    ru: 'Пункт {id} отмечен отменённым.',
    en: 'Item {id} marked cancelled.',
  },
  savedDeadline: { kk: '{id} мерзімі сақталды.', ru: 'Срок пункта {id} сохранён.', en: 'Deadline of {id} saved.' },
  generated: {
    kk: 'Құжат: {created} жасалды, {skipped} өткізілді, {errors} қате.',
    ru: 'Документы: создано {created}, пропущено {skipped}, ошибок {errors}.',
    en: 'Documents: {created} created, {skipped} skipped, {errors} errors.',
  },
  synced: {
    kk: 'Күнтізбе: {created} құрылды, {updated} жаңартылды, {deleted} жойылды, {unchanged} өзгеріссіз, {errors} қате.',
    ru: 'Календарь: создано {created}, обновлено {updated}, удалено {deleted}, без изменений {unchanged}, ошибок {errors}.',
    en: 'Calendar: {created} created, {updated} updated, {deleted} deleted, {unchanged} unchanged, {errors} errors.',
  },
  // Overview
  overviewTitle: { kk: 'Жоспар шолуы', ru: 'Обзор плана', en: 'Plan overview' },
  total: { kk: 'Барлығы', ru: 'Всего', en: 'Total' },
  percentDone: { kk: 'Орындалды %', ru: 'Выполнено %', en: '% done' },
  overdue: { kk: 'Мерзімі өткен', ru: 'Просрочено', en: 'Overdue' },
  next14: { kk: 'Келесі 14 күн', ru: 'Следующие 14 дней', en: 'Next 14 days' },
  withWarnings: { kk: 'Ескертулері бар', ru: 'С предупреждениями', en: 'With warnings' },
  nothing: { kk: 'Жоқ', ru: 'Нет', en: 'None' },
  refreshOverview: {
    kk: '«Шолу» парағын жаңарту',
    ru: 'Обновить лист «Обзор»',
    en: 'Refresh the Overview sheet',
  },
  overviewAsOf: { kk: 'Шолу · {date}', ru: 'Обзор · {date}', en: 'Overview · {date}' },
  chartTitle: { kk: 'Бөлімдер бойынша мәртебе', ru: 'Статусы по подразделениям', en: 'Status by unit' },
  // First run
  startIntro: {
    kk: 'Jospar-ды төрт қадаммен бастаңыз.',
    ru: 'Начните работу с Jospar в четыре шага.',
    en: 'Start Jospar in four steps.',
  },
  stepSetup: { kk: '1. Жоспарды орнату', ru: '1. Настроить план', en: '1. Set up the plan' },
  stepSetupHelp: {
    kk: 'Бекітілген жоспарды парақтарға орналастырады.',
    ru: 'Разложит утверждённый план по листам.',
    en: 'Lays the approved plan out in sheets.',
  },
  runSetUp: { kk: 'Орнату', ru: 'Настроить', en: 'Set up' },
  stepEmails: { kk: '2. Адамдардың email-ы', ru: '2. Email сотрудников', en: "2. People's emails" },
  stepEmailsHelp: {
    kk: '«Рөлдер» парағына әр рөлдің email-ын жазыңыз ({n} / {total} толтырылған).',
    ru: 'Впишите email каждой роли на листе «Роли» (заполнено {n} из {total}).',
    en: "Fill in each role's emails on the Roles sheet ({n} of {total} filled in).",
  },
  openRoles: { kk: '«Рөлдер» парағын ашу', ru: 'Открыть лист «Роли»', en: 'Open the Roles sheet' },
  stepCalendar: { kk: '3. Күнтізбе', ru: '3. Календарь', en: '3. Calendar' },
  stepCalendarHelp: {
    kk: 'Барлық мерзімді бөлімнің Google күнтізбесіне қояды.',
    ru: 'Поставит все сроки в Google Календарь подразделения.',
    en: "Puts every due date in the department's Google Calendar.",
  },
  syncAll: { kk: 'Күнтізбені синхрондау', ru: 'Синхронизировать календарь', en: 'Sync the calendar' },
  stepTemplates: { kk: '4. Құжат үлгілері', ru: '4. Шаблоны документов', en: '4. Document templates' },
  stepTemplatesHelp: {
    kk: 'Бұйрық, есеп және жоспар үлгілерін жасайды.',
    ru: 'Создаст шаблоны приказа, отчёта и плана.',
    en: 'Makes the order, report and plan templates.',
  },
  createTemplates: { kk: 'Үлгілерді құру', ru: 'Создать шаблоны', en: 'Create the templates' },
  stepDone: { kk: 'Орындалды ✓', ru: 'Сделано ✓', en: 'Done ✓' },
  // Errors the server functions answer with
  eBadId: {
    kk: 'Тармақ ID дұрыс емес: «{id}» (мысалы, 1.07).',
    ru: 'Неверный ID пункта: «{id}» (например, 1.07).',
    en: 'Not an item id: "{id}" (for example 1.07).',
  },
  eNoItem: { kk: '{id} тармағы жоспарда жоқ.', ru: 'Пункта {id} нет в плане.', en: 'Item {id} is not in the plan.' },
  eNoPlan: {
    kk: 'Жоспар парағы жоқ: алдымен «Жоспарды орнату».',
    ru: 'Нет листа «План»: сначала «Настроить план».',
    en: 'There is no Plan sheet: run "Set up plan" first.',
  },
  eNotPlanRow: {
    kk: 'Таңдалған жол жоспардың тармағы емес.',
    ru: 'Выбранная строка не является пунктом плана.',
    en: 'The selected row is not a plan item.',
  },
  eBadDate: {
    kk: 'Күн дұрыс емес: «{value}» (ЖЖЖЖ-АА-КК, бүгіннен кеш емес).',
    ru: 'Неверная дата: «{value}» (ГГГГ-ММ-ДД, не позже сегодняшней).',
    en: 'Not a date: "{value}" (YYYY-MM-DD, not after today).',
  },
  eBadLink: {
    kk: 'Сілтеме https:// немесе http://-дан басталуы керек.',
    ru: 'Ссылка должна начинаться с https:// или http://.',
    en: 'The link must start with https:// or http://.',
  },
  eTooLong: {
    kk: 'Мәтін тым ұзын ({n} таңбадан аспауы керек).',
    ru: 'Слишком длинный текст (не более {n} символов).',
    en: 'The text is too long (at most {n} characters).',
  },
  eEmpty: { kk: 'Мерзім бос болмауы керек.', ru: 'Срок не может быть пустым.', en: 'The deadline cannot be empty.' },
  eBadLang: { kk: 'Тіл: kk, ru немесе en.', ru: 'Язык: kk, ru или en.', en: 'Language: kk, ru or en.' },
  eNoColumn: {
    kk: 'Жоспар парағында «{column}» бағаны жоқ.',
    ru: 'На листе «План» нет столбца «{column}».',
    en: 'The Plan sheet has no "{column}" column.',
  },
  eBusy: {
    kk: 'Jospar басқа жұмысты орындап жатыр, кейінірек қайталаңыз.',
    ru: 'Jospar занят другой задачей, повторите позже.',
    en: 'Jospar is busy with another run; try again shortly.',
  },
  eFailed: {
    kk: 'Орындалмады: {message}',
    ru: 'Не удалось: {message}',
    en: 'It did not work: {message}',
  },
  eServer: {
    kk: 'Серверге қосылу сәтсіз: {message}',
    ru: 'Не удалось связаться с сервером: {message}',
    en: 'Could not reach the server: {message}',
  },
} satisfies Record<string, Text>;

export type SidebarMessageId = keyof typeof SIDEBAR_MESSAGES;

export function st(lang: Lang, id: SidebarMessageId, params: Record<string, string | number> = {}): string {
  return fill(SIDEBAR_MESSAGES[id][lang], params);
}
