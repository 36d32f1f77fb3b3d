/**
 * The sheets Jospar lays out, as data. Each column belongs either to the user (Jospar writes it only when it creates
 * the row) or to Jospar (the system columns: recomputed, protected with a warning, never the user's to keep). Columns
 * are found by their header in any of the three languages (or a header an older Jospar wrote), so users may move, hide
 * or insert columns freely.
 */
import type { Lang, Text } from '../i18n/lang';

export type SheetKey =
  'plan' | 'roles' | 'calendar' | 'templates' | 'register' | 'settings' | 'log' | 'notifications' | 'state';

export interface ColumnSpec {
  key: string;
  owner: 'user' | 'system';
  header: Text;
  width: number;
  /** 'text' columns are formatted as plain text so that Sheets never turns user words into numbers or dates. */
  format?: 'text' | 'date' | 'datetime';
  /** Headers an older Jospar wrote for this column: still recognised, and renamed to the current header by Set up. */
  aliases?: string[];
}

export interface SheetSpec {
  key: SheetKey;
  name: Text;
  columns: ColumnSpec[];
  hidden?: boolean;
  /** Columns kept out of sight (codes only Jospar reads). */
  hiddenColumns?: string[];
}

const col = (
  key: string,
  owner: 'user' | 'system',
  kk: string,
  ru: string,
  en: string,
  width: number,
  format?: ColumnSpec['format'],
  aliases?: string[],
): ColumnSpec => ({ key, owner, header: { kk, ru, en }, width, format, ...(aliases ? { aliases } : {}) });

/** Number formats of date columns in Sheets: the plan's own way of writing dates (28.08.2025). */
export const DATE_FORMAT = 'dd.mm.yyyy';
export const DATETIME_FORMAT = 'dd.mm.yyyy hh:mm';

/**
 * The Plan: what a person needs first (ID, activity, responsible, deadline, next due, status) fits a 1366-pixel screen;
 * ID and activity stay frozen while the rest scrolls. The unit is a short label (its number and abbreviation).
 */
export const PLAN_SHEET: SheetSpec = {
  key: 'plan',
  name: { kk: 'Жоспар', ru: 'План', en: 'Plan' },
  columns: [
    col('id', 'system', 'ID', 'ID', 'ID', 50, 'text'),
    col('activity', 'user', 'Іс-шаралар', 'Мероприятия', 'Activity', 320, 'text'),
    col('responsible', 'user', 'Жауапты', 'Ответственные', 'Responsible', 150, 'text'),
    col('deadline', 'user', 'Орындау мерзімі', 'Срок исполнения', 'Deadline', 140, 'text'),
    col('nextDue', 'system', 'Келесі мерзім', 'Ближайший срок', 'Next due', 100, 'date'),
    col('status', 'user', 'Мәртебе', 'Статус', 'Status', 125),
    // The item's state as Jospar computes it (src/core/plan/item-state.ts), beside the status a person chose.
    col('state', 'system', 'Күйі', 'Состояние', 'State', 150, 'text'),
    col('overdue', 'system', 'Кешігу, күн', 'Просрочка, дн.', 'Days overdue', 70),
    col('unit', 'user', 'Бөлім', 'Подразделение', 'Unit', 90, 'text'),
    col('no', 'user', '№', '№', 'No.', 40, 'text'),
    col('deliverable', 'user', 'Аяқталу түрі', 'Форма завершения', 'Deliverable', 200, 'text'),
    // Written by Jospar when the status becomes done (a sheet edit or the sidebar); a person may correct it.
    col('doneOn', 'user', 'Орындалған күні', 'Дата выполнения', 'Date done', 100, 'date'),
    col('links', 'user', 'Күнтізбе кезеңдері', 'Периоды календаря', 'Calendar periods', 120, 'text'),
    col('evidence', 'user', 'Дәлел сілтемесі', 'Ссылка на подтверждение', 'Evidence link', 160, 'text'),
    col('notes', 'user', 'Түсініктеме', 'Комментарий', 'Notes', 160, 'text', ['Ескертпе', 'Примечание']),
    // What the item is about in Russian (a nominative phrase), for the Russian text of its order: the plan is Kazakh.
    col('nameRu', 'user', 'Атауы (орысша)', 'Наименование на русском', 'Name in Russian', 200, 'text'),
    col('dueCount', 'system', 'Мерзім саны', 'Число сроков', 'Due dates', 70),
    col('onDemand', 'system', 'Сұраныс бойынша', 'По запросу', 'On demand', 80, 'text'),
    col('owners', 'system', 'Жауаптылар email', 'Email ответственных', "Owners' emails", 200, 'text'),
    col('docLink', 'system', 'Құжат', 'Документ', 'Document', 140, 'text'),
    col('calendarState', 'system', 'Күнтізбе күйі', 'Состояние календаря', 'Calendar state', 120, 'text'),
    col('warnings', 'system', 'Мәселелер', 'Проблемы', 'Problems', 300, 'text', [
      'Ескертулер',
      'Предупреждения',
      'Warnings',
    ]),
  ],
};

/** The Plan columns that stay in view while scrolling right (ID and activity). */
export const PLAN_FROZEN_COLUMNS = ['id', 'activity'];

export const ROLES_SHEET: SheetSpec = {
  key: 'roles',
  name: { kk: 'Рөлдер', ru: 'Роли', en: 'Roles' },
  columns: [
    col('role', 'user', 'Рөл', 'Роль', 'Role', 170, 'text'),
    col('kk', 'user', 'Толық атауы (kk)', 'Полное название (kk)', 'Full name (kk)', 260, 'text'),
    col('ru', 'user', 'Толық атауы (ru)', 'Полное название (ru)', 'Full name (ru)', 260, 'text'),
    col('en', 'user', 'Толық атауы (en)', 'Полное название (en)', 'Full name (en)', 260, 'text'),
    col('emails', 'user', 'Email', 'Email', 'Emails', 240, 'text'),
    col('escalateTo', 'user', 'Жоғары тұрған басшы', 'Вышестоящий руководитель', 'Escalate to', 150, 'text', [
      'Кімге көтеріледі',
      'Эскалация к',
    ]),
    // Mail: the language of each person's reminders ("ru" for the row, or "name@…: en" for one person), and who is on
    // leave (their emails, or "all"): muted people keep their email on the row but get nothing.
    col('language', 'user', 'Хат тілі', 'Язык писем', 'Mail language', 110, 'text'),
    col('mute', 'user', 'Демалыста (хат жоқ)', 'В отпуске (без писем)', 'On leave (no mail)', 160, 'text'),
    col('aliases', 'user', 'Басқа жазылуы', 'Другие написания', 'Other spellings', 150, 'text'),
    col('items', 'system', 'Тармақ саны', 'Пунктов', 'Items', 70),
    col('check', 'system', 'Тексеру', 'Проверка', 'Check', 220, 'text'),
  ],
};

export const CALENDAR_SHEET: SheetSpec = {
  key: 'calendar',
  name: { kk: 'Академиялық күнтізбе', ru: 'Академический календарь', en: 'Academic calendar' },
  columns: [
    col('id', 'user', 'ID', 'ID', 'ID', 70, 'text'),
    col('kind', 'user', 'Түрі', 'Вид', 'Kind', 140, 'text'),
    col('start', 'user', 'Басталуы', 'Начало', 'Start', 100, 'date'),
    col('end', 'user', 'Аяқталуы', 'Окончание', 'End', 100, 'date'),
    col('kk', 'user', 'Атауы (kk)', 'Название (kk)', 'Name (kk)', 260, 'text'),
    col('ru', 'user', 'Атауы (ru)', 'Название (ru)', 'Name (ru)', 260, 'text'),
    col('en', 'user', 'Атауы (en)', 'Название (en)', 'Name (en)', 220, 'text'),
    col('source', 'user', 'Дереккөз', 'Источник', 'Source', 260, 'text'),
  ],
};

export const TEMPLATES_SHEET: SheetSpec = {
  key: 'templates',
  name: { kk: 'Үлгілер', ru: 'Шаблоны', en: 'Templates' },
  columns: [
    col('kind', 'user', 'Құжат түрі', 'Вид документа', 'Kind', 110, 'text'),
    col('keywords', 'user', 'Кілт сөздер', 'Ключевые слова', 'Keywords', 220, 'text'),
    col('template', 'user', 'Үлгі (Doc ID)', 'Шаблон (ID документа)', 'Template (Doc id)', 220, 'text'),
    col('folder', 'user', 'Қалта (ID)', 'Папка (ID)', 'Folder (id)', 200, 'text'),
    col('pattern', 'user', 'Файл атауы', 'Имя файла', 'File name', 200, 'text'),
    col('listSheet', 'user', 'Тізім парағы', 'Лист списка', 'List sheet', 140, 'text'),
    col('pdf', 'user', 'PDF', 'PDF', 'PDF', 60, 'text'),
    col('check', 'system', 'Тексеру', 'Проверка', 'Check', 260, 'text'),
  ],
};

/** Order drafts get consecutive numbers per year and series here; the registry office adds its own number and date. */
export const REGISTER_SHEET: SheetSpec = {
  key: 'register',
  name: { kk: 'Бұйрықтар тізілімі', ru: 'Реестр приказов', en: 'Order register' },
  columns: [
    col('number', 'system', 'Жоба №', '№ проекта', 'Draft No.', 60, undefined, ['№', 'No.']),
    col('date', 'system', 'Жоба күні', 'Дата проекта', 'Draft date', 100, 'date', ['Күні', 'Дата', 'Date']),
    col('series', 'system', 'Сериясы', 'Серия', 'Series', 150, 'text'),
    col('item', 'system', 'Тармақ', 'Пункт', 'Item', 70, 'text'),
    col('version', 'system', 'Нұсқа', 'Версия', 'Version', 60),
    col('kind', 'system', 'Түрі', 'Вид', 'Kind', 100, 'text'),
    col('title', 'system', 'Атауы', 'Название', 'Title', 380, 'text'),
    col('link', 'system', 'Құжат', 'Документ', 'Document', 260, 'text'),
    col('author', 'system', 'Автор', 'Автор', 'Author', 200, 'text'),
    // The registry office's (кеңсе) number and date, entered by hand once the order is signed.
    col('officialNumber', 'user', 'Тіркеу №', 'Рег. №', 'Official No.', 90, 'text'),
    col('officialDate', 'user', 'Тіркеу күні', 'Дата регистрации', 'Official date', 110, 'date'),
    // What a person must see before the draft goes for signature (a date already past), and where its Drive approval
    // stands (read at each sync): Jospar's, after the registry office's columns so older registers keep their order.
    col('warning', 'system', 'Ескерту', 'Предупреждение', 'Warning', 260, 'text'),
    col('approval', 'system', 'Келісу', 'Согласование', 'Approval', 260, 'text'),
  ],
};

export const SETTINGS_SHEET: SheetSpec = {
  key: 'settings',
  name: { kk: 'Баптаулар', ru: 'Настройки', en: 'Settings' },
  columns: [
    // The code Jospar reads a row by (`reminderDays`), kept in a hidden first column: the name beside it may be in
    // any language, and a sheet of an older Jospar (codes in its Key column) keeps reading.
    col('key', 'system', 'Код', 'Код', 'Code', 120, 'text', ['Кілт', 'Ключ', 'Key']),
    col('name', 'system', 'Баптау', 'Параметр', 'Setting', 230, 'text'),
    col('value', 'user', 'Мәні', 'Значение', 'Value', 260, 'text'),
    col('description', 'system', 'Сипаттама', 'Описание', 'Description', 460, 'text'),
  ],
  hiddenColumns: ['key'],
};

export const LOG_SHEET: SheetSpec = {
  key: 'log',
  name: { kk: 'Журнал', ru: 'Журнал', en: 'Log' },
  columns: [
    col('time', 'system', 'Уақыт', 'Время', 'Time', 150, 'datetime'),
    col('user', 'system', 'Пайдаланушы', 'Пользователь', 'User', 200, 'text'),
    col('action', 'system', 'Әрекет', 'Действие', 'Action', 150, 'text'),
    col('item', 'system', 'Тармақ', 'Пункт', 'Item', 70, 'text'),
    col('result', 'system', 'Нәтиже', 'Результат', 'Result', 500, 'text'),
  ],
};

/**
 * Every reminder message, one row each: written before the send as an intent (in document properties), confirmed after,
 * and carried here in one write at the end of the run. The keys say what a message covered (item#due#rule), so that
 * nothing is sent twice.
 */
export const NOTIFICATIONS_SHEET: SheetSpec = {
  key: 'notifications',
  name: { kk: 'Хабарламалар', ru: 'Уведомления', en: 'Notifications' },
  columns: [
    col('time', 'system', 'Уақыт', 'Время', 'Time', 150, 'datetime'),
    col('recipient', 'system', 'Алушы', 'Получатель', 'Recipient', 220, 'text'),
    col('subject', 'system', 'Тақырып', 'Тема', 'Subject', 320, 'text'),
    col('keys', 'system', 'Кілттер', 'Ключи', 'Keys', 360, 'text'),
    col('result', 'system', 'Нәтиже', 'Результат', 'Result', 120, 'text'),
    col('message', 'system', 'Хат ID', 'ID письма', 'Message id', 120, 'text'),
  ],
};

/** Jospar's own records (schema version, later: event and document maps). Hidden, and not for users to edit. */
export const STATE_SHEET: SheetSpec = {
  key: 'state',
  name: { kk: '_jospar', ru: '_jospar', en: '_jospar' },
  hidden: true,
  columns: [
    col('key', 'system', 'key', 'key', 'key', 200, 'text'),
    col('value', 'system', 'value', 'value', 'value', 600, 'text'),
  ],
};

export const SHEETS: SheetSpec[] = [
  PLAN_SHEET,
  ROLES_SHEET,
  CALENDAR_SHEET,
  TEMPLATES_SHEET,
  REGISTER_SHEET,
  SETTINGS_SHEET,
  LOG_SHEET,
  NOTIFICATIONS_SHEET,
  STATE_SHEET,
];

export function sheetName(spec: SheetSpec, lang: Lang): string {
  return spec.name[lang];
}

/** Every name a sheet may have, in any language (a user may have switched the language since Set up). */
export function sheetNames(spec: SheetSpec): string[] {
  return [...new Set([spec.name.kk, spec.name.ru, spec.name.en])];
}

export function headerRow(spec: SheetSpec, lang: Lang): string[] {
  return spec.columns.map((c) => c.header[lang]);
}

/**
 * Where the Plan's Russian-name column is in a header row an imported file has (its title in kk, ru or en, any case,
 * or the field name `nameRu` of `jospar plan --json`); undefined when the file has none.
 */
export function nameRuColumn(header: readonly string[]): number | undefined {
  const at = header.findIndex((h) => String(h).trim() === 'nameRu');
  if (at >= 0) return at;
  const only = PLAN_SHEET.columns.filter((c) => c.key === 'nameRu');
  return locateColumns({ ...PLAN_SHEET, columns: only }, header).get('nameRu');
}

/** Column key → 0-based index, matching headers in any language; missing keys are absent. */
export function locateColumns(spec: SheetSpec, header: readonly string[]): Map<string, number> {
  const found = new Map<string, number>();
  const norm = (s: string) => s.trim().toLowerCase();
  header.forEach((h, i) => {
    const c = spec.columns.find(
      (c) =>
        !found.has(c.key) &&
        [c.header.kk, c.header.ru, c.header.en, ...(c.aliases ?? [])].some((x) => norm(x) === norm(String(h))),
    );
    if (c) found.set(c.key, i);
  });
  return found;
}
