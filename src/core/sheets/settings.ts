/** The Settings sheet: one row a setting, with its default and what it does. */
import { DAYS_OFF_2025_2026 } from '../calendar/holidays';
import { planYear, isIsoDate, type PlanYear } from '../calendar/dates';
import type { WorkingDayPolicy } from '../calendar/working-days';
import type { Conventions } from '../deadline/types';
import { asLang, type Lang, type Text } from '../i18n/lang';

export interface SettingSpec {
  key: string;
  value: string;
  description: Text;
}

export const SETTING_SPECS: SettingSpec[] = [
  {
    key: 'academicYear',
    value: '2025-2026',
    description: {
      kk: 'Оқу жылы (1 қыркүйек – 31 тамыз)',
      ru: 'Учебный год (1 сентября – 31 августа)',
      en: 'Academic year (1 September – 31 August)',
    },
  },
  {
    key: 'language',
    value: 'kk',
    description: {
      kk: 'Интерфейс тілі: kk, ru, en',
      ru: 'Язык интерфейса: kk, ru, en',
      en: 'Interface language: kk, ru, en',
    },
  },
  {
    key: 'emailDomain',
    value: 'edu.ektu.kz',
    description: {
      kk: 'Шақыруға рұқсат етілген email домені',
      ru: 'Домен email, которому разрешены приглашения',
      en: 'Email domain that may be invited',
    },
  },
  {
    key: 'extraDomains',
    value: '',
    description: {
      kk: 'Қосымша рұқсат етілген домендер (үтір арқылы)',
      ru: 'Дополнительные разрешённые домены (через запятую)',
      en: 'Other allowed domains (comma-separated)',
    },
  },
  {
    key: 'reminderDays',
    value: '7, 1',
    description: {
      kk: 'Еске салу: мерзімге дейінгі күндер (ең көбі 5)',
      ru: 'Напоминания: за сколько дней до срока (не более 5)',
      en: 'Reminders: days before the due date (at most 5)',
    },
  },
  {
    key: 'workingDayPolicy',
    value: 'previous',
    description: {
      kk: 'Мерзім демалысқа түссе: previous — алдыңғы жұмыс күні, next — келесі, none — жылжытпау',
      ru: 'Если срок выпал на выходной: previous — предыдущий рабочий день, next — следующий, none — не переносить',
      en: 'A due date on a day off moves to: previous working day, next, or none',
    },
  },
  {
    key: 'daysOff',
    value: DAYS_OFF_2025_2026.join(', '),
    description: {
      kk: 'Демалыс және мереке күндері (ЖЖЖЖ-АА-КК, үтір арқылы): үкімет ауыстырса түзетіңіз',
      ru: 'Выходные и праздничные дни (ГГГГ-ММ-ДД через запятую): исправьте, если правительство перенесёт',
      en: 'Public days off (YYYY-MM-DD, comma-separated): edit when the government moves a day',
    },
  },
  {
    key: 'monthDueDay',
    value: 'last',
    description: {
      kk: 'Ай ғана жазылса («2025 ж. қыркүйек»), мерзім: last — айдың соңғы күні, немесе күн нөмірі (мысалы 25)',
      ru: 'Если указан только месяц: last — последний день месяца, или число (например 25)',
      en: 'A deadline that names only a month is due on: last — its last day, or a day number (e.g. 25)',
    },
  },
  {
    key: 'monthlyDueDay',
    value: 'last',
    description: {
      kk: '«Ай сайын» күнсіз: last — әр айдың соңғы күні, немесе күн нөмірі',
      ru: '«Ежемесячно» без числа: last — последний день месяца, или число',
      en: '"Monthly" with no day: last — each month\'s last day, or a day number',
    },
  },
  {
    key: 'wholeYearDue',
    value: 'end',
    description: {
      kk: '«Оқу жылы бойы»: end — оқу жылының соңғы күні, none — мерзімсіз (тек кезең)',
      ru: '«В течение учебного года»: end — последний день года, none — без срока (только период)',
      en: '"Throughout the year": end — due on the last day of the year, none — no due date (the year is only a window)',
    },
  },
  {
    key: 'periodDue',
    value: 'end',
    description: {
      kk: '«… кезеңде» (мысалы, ликвидациялық кезеңде): end — кезең соңы, start — кезең басы',
      ru: '«В период …»: end — конец периода, start — начало',
      en: '"During a period": end — due at its end, start — at its start',
    },
  },
  {
    key: 'daysBefore',
    value: '1',
    description: {
      kk: '«… басталар алдында»: кезең басталардан неше күн бұрын',
      ru: '«Перед началом …»: за сколько дней до начала периода',
      en: '"Before a period starts": how many days before its start',
    },
  },
  {
    key: 'timeZone',
    value: 'Asia/Almaty',
    description: {
      kk: 'Уақыт белдеуі (2024-03-01 бастап UTC+5)',
      ru: 'Часовой пояс (UTC+5 с 2024-03-01)',
      en: 'Time zone (UTC+5 since 2024-03-01)',
    },
  },
  {
    key: 'calendarId',
    value: '',
    description: {
      kk: 'Бөлімнің Google күнтізбесі (бос болса, Jospar өзі құрады)',
      ru: 'Google-календарь подразделения (пусто — Jospar создаст сам)',
      en: "The department's Google calendar (blank: Jospar creates one)",
    },
  },
  {
    key: 'signatoryPosition',
    value: 'Басқарма Төрағасы – Ректор',
    description: {
      kk: 'Бұйрыққа қол қоятын адамның лауазымы (ректор немесе өкілеттігі берілген проректор)',
      ru: 'Должность подписывающего приказы (ректор или проректор в пределах полномочий)',
      en: 'Position of whoever signs orders (the rector, or a vice-rector with delegated powers)',
    },
  },
  {
    key: 'signatoryName',
    value: '',
    description: {
      kk: 'Бұйрыққа қол қоятын адамның аты-жөні (мысалы, А.Б. Тегі); бос болса, сызық қалады',
      ru: 'Фамилия и инициалы подписывающего (например, А.Б. Фамилия); пусто — остаётся черта',
      en: "Signatory's name (e.g. A.B. Surname); blank leaves a line to fill",
    },
  },
  {
    key: 'orderControl',
    value: 'академиялық мәселелер жөніндегі проректорға',
    description: {
      kk: 'Бұйрықтың орындалуын бақылау кімге жүктеледі (барыс септігінде: «… проректорға»)',
      ru: 'На кого возлагается контроль исполнения приказа (по-казахски, в дательном падеже: «… проректорға»)',
      en: 'Who controls execution of orders (Kazakh, dative case: "… проректорға")',
    },
  },
  {
    key: 'orderExecutor',
    value: '',
    description: {
      kk: 'Бұйрық жобасын дайындаған орындаушы: аты-жөні, телефоны (бос болса, сызық қалады)',
      ru: 'Исполнитель проекта приказа: ФИО, телефон (пусто — остаётся черта)',
      en: 'Who drafted the order: name, phone (blank leaves a line to fill)',
    },
  },
  {
    key: 'runBudgetSeconds',
    value: '270',
    description: {
      kk: 'Бір іске қосудың уақыт шегі, секунд (Apps Script шегі 360)',
      ru: 'Лимит времени одного запуска, секунд (лимит Apps Script 360)',
      en: 'Time budget of one run, seconds (Apps Script allows 360)',
    },
  },
];

export interface Settings {
  year: PlanYear;
  language: Lang;
  emailDomain: string;
  extraDomains: string[];
  reminderDays: number[];
  workingDayPolicy: WorkingDayPolicy;
  daysOff: string[];
  timeZone: string;
  calendarId: string;
  runBudgetSeconds: number;
  conventions: Conventions;
  /** Who signs orders, who controls them, who drafted them (blank: a line to fill by hand). */
  orders: { signatoryPosition: string; signatoryName: string; control: string; executor: string };
  /** Values that could not be read, with the default used instead. */
  problems: string[];
}

/** Reads settings from key → value text, falling back to defaults (and saying so) where a value is unusable. */
export function readSettings(values: ReadonlyMap<string, string>): Settings {
  const problems: string[] = [];
  const get = (key: string) => {
    const v = values.get(key);
    return v === undefined ? SETTING_SPECS.find((s) => s.key === key)!.value : v.trim();
  };
  const fallback = <T>(key: string, value: T): T => {
    problems.push(`${key}: «${get(key)}»`);
    return value;
  };

  const year = planYear(get('academicYear')) ?? fallback('academicYear', planYear('2025-2026')!);
  const policyText = get('workingDayPolicy').toLowerCase();
  const workingDayPolicy: WorkingDayPolicy =
    policyText === 'previous' || policyText === 'next' || policyText === 'none'
      ? policyText
      : fallback('workingDayPolicy', 'previous');
  const reminderDays = get('reminderDays')
    .split(/[,;\s]+/)
    .filter(Boolean)
    .map(Number);
  const daysOffRaw = get('daysOff')
    .split(/[,;\s]+/)
    .filter(Boolean);
  const badDays = daysOffRaw.filter((d) => !isIsoDate(d));
  if (badDays.length) problems.push(`daysOff: ${badDays.join(', ')}`);
  const budget = Number(get('runBudgetSeconds'));
  const dayOrLast = (key: string): number | 'last' => {
    const v = get(key).toLowerCase();
    if (v === 'last' || v === '') return 'last';
    const n = Number(v);
    return Number.isInteger(n) && n >= 1 && n <= 31 ? n : fallback(key, 'last' as const);
  };
  const oneOf = <T extends string>(key: string, allowed: readonly T[]): T => {
    const v = get(key).toLowerCase() as T;
    return allowed.includes(v) ? v : fallback(key, allowed[0]);
  };
  const daysBefore = Number(get('daysBefore'));
  return {
    year,
    language: asLang(get('language')),
    emailDomain: get('emailDomain').replace(/^@/, '').toLowerCase(),
    extraDomains: get('extraDomains')
      .split(/[,;\s]+/)
      .filter(Boolean)
      .map((d) => d.replace(/^@/, '').toLowerCase()),
    reminderDays: reminderDays.every((n) => Number.isInteger(n) && n >= 0 && n <= 28)
      ? reminderDays.slice(0, 5)
      : fallback('reminderDays', [7, 1]),
    workingDayPolicy,
    daysOff: daysOffRaw.filter((d) => isIsoDate(d)),
    timeZone: get('timeZone') || 'Asia/Almaty',
    calendarId: get('calendarId'),
    runBudgetSeconds:
      Number.isFinite(budget) && budget >= 30 && budget <= 340 ? budget : fallback('runBudgetSeconds', 270),
    orders: {
      signatoryPosition: get('signatoryPosition'),
      signatoryName: get('signatoryName'),
      control: get('orderControl'),
      executor: get('orderExecutor'),
    },
    conventions: {
      monthDueDay: dayOrLast('monthDueDay'),
      monthlyDueDay: dayOrLast('monthlyDueDay'),
      wholeYearDue: oneOf('wholeYearDue', ['end', 'none'] as const),
      periodDue: oneOf('periodDue', ['end', 'start'] as const),
      daysBefore:
        Number.isInteger(daysBefore) && daysBefore >= 0 && daysBefore <= 60 ? daysBefore : fallback('daysBefore', 1),
    },
    problems,
  };
}
