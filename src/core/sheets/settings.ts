/** The Settings sheet: one row a setting, with its default and what it does. */
import { DAYS_OFF_2025_2026 } from '../calendar/holidays';
import { computedDaysOff, MOVABLE_HOLIDAYS } from '../calendar/year-days-off';
import { dottedList, isoFromDotted } from '../text/dotted-date';
import { planYear, isIsoDate, type PlanYear } from '../calendar/dates';
import type { WorkingDayPolicy } from '../calendar/working-days';
import type { Conventions } from '../deadline/types';
import { asLang, type Lang, type Text } from '../i18n/lang';

export interface SettingSpec {
  key: string;
  value: string;
  description: Text;
}

/**
 * Calendar's daily cap on new events: 10,000 for a Google Workspace account, 5,000 for a consumer one (Apps Script's
 * quotas page, https://developers.google.com/apps-script/guides/services/quotas, "Calendar events created"; past it
 * Calendar answers 403 quotaExceeded "Calendar usage limits exceeded" and the account may lose edit access for a
 * while). The default is the Workspace cap less a tenth, for events the department makes by hand the same day; a
 * value closer to the cap than 500 is refused.
 */
export const DEFAULT_DAILY_EVENTS = 9000;
export const MAX_DAILY_EVENTS = 9500;

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
      kk: 'Парақтардың, мәзірдің және хаттардың тілі: қазақша, орысша, ағылшынша',
      ru: 'Язык листов, меню и писем: казахский, русский, английский',
      en: 'Language of the sheets, the menu and the mail: Kazakh, Russian, English',
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
      kk: 'Мерзім демалыс не мереке күніне түссе, қай күнге ауысады',
      ru: 'На какой день переносится срок, выпавший на выходной или праздник',
      en: 'Where a due date that falls on a day off moves',
    },
  },
  {
    key: 'daysOff',
    value: dottedList(DAYS_OFF_2025_2026),
    description: {
      kk: 'Демалыс және мереке күндері (КК.АА.ЖЖЖЖ, үтір арқылы): үкімет ауыстырса түзетіңіз',
      ru: 'Выходные и праздничные дни (ДД.ММ.ГГГГ через запятую): исправьте, если правительство перенесёт',
      en: 'Public days off (DD.MM.YYYY, comma-separated): edit when the government moves a day',
    },
  },
  {
    key: 'movableHolidays',
    value: dottedList(MOVABLE_HOLIDAYS),
    description: {
      kk: 'Жылжымалы мерекелер (Құрбан айт 1-күні), КК.АА.ЖЖЖЖ: жаңа оқу жылының демалыстары осыдан және заңнан есептеледі',
      ru: 'Подвижные праздники (Курбан айт, 1-й день), ДД.ММ.ГГГГ: выходные нового года вычисляются из них и закона',
      en: "Movable holidays (Kurban Ait day 1), DD.MM.YYYY: a new year's days off are computed from these and the law",
    },
  },
  {
    key: 'daysOffSource',
    value: 'government 2025-2026',
    description: {
      kk: 'Демалыс күндерінің тізімі қайдан: үкімет қаулысы, не Jospar заң бойынша есептеген (тексеріңіз)',
      ru: 'Откуда список выходных: постановление правительства или вычислено Jospar по закону (проверьте)',
      en: 'Where the days off came from: the government decree, or computed by Jospar from the law (check it)',
    },
  },
  {
    key: 'planTitle',
    value:
      'Д. Серікбаев атындағы ШҚТУ КЕАҚ Академиялық қызмет департаментінің {{academicYear}} оқу жылына арналған жұмыс жоспары',
    description: {
      kk: 'Жоспардың атауы (басып шығару, есеп); {{academicYear}} — оқу жылы',
      ru: 'Название плана (печать, отчёт); {{academicYear}} — учебный год',
      en: "The plan's title (print, report); {{academicYear}} stands for the academic year",
    },
  },
  {
    key: 'approverPosition',
    value: 'Басқарма Төрағасы – Ректор',
    description: {
      kk: 'БЕКІТЕМІН: лауазымы',
      ru: 'УТВЕРЖДАЮ: должность',
      en: 'Approved by: position',
    },
  },
  {
    key: 'approverName',
    value: '',
    description: { kk: 'БЕКІТЕМІН: аты-жөні', ru: 'УТВЕРЖДАЮ: ФИО', en: 'Approved by: name' },
  },
  {
    key: 'signatoryPosition',
    value: 'Академиялық қызмет департаментінің директоры',
    description: {
      kk: 'Жоспарға қол қоятын: лауазымы',
      ru: 'Подписывает план: должность',
      en: 'Signs the plan: position',
    },
  },
  {
    key: 'signatoryName',
    value: 'Э.С. Нурекенова',
    description: { kk: 'Жоспарға қол қоятын: аты-жөні', ru: 'Подписывает план: ФИО', en: 'Signs the plan: name' },
  },
  {
    key: 'monthDueDay',
    value: 'last',
    description: {
      kk: 'Ай ғана жазылса («2025 ж. қыркүйек»), мерзім: айдың соңғы күні, немесе күн нөмірі (мысалы 25)',
      ru: 'Если указан только месяц: последний день месяца, или число (например 25)',
      en: 'A deadline that names only a month is due on: its last day, or a day number (e.g. 25)',
    },
  },
  {
    key: 'monthlyDueDay',
    value: 'last',
    description: {
      kk: '«Ай сайын» күнсіз: әр айдың соңғы күні, немесе күн нөмірі',
      ru: '«Ежемесячно» без числа: последний день месяца, или число',
      en: '"Monthly" with no day: each month\'s last day, or a day number',
    },
  },
  {
    key: 'wholeYearDue',
    value: 'end',
    description: {
      kk: '«Оқу жылы бойы»: оқу жылының соңғы күні, не мерзімсіз (жыл тек кезең ретінде)',
      ru: '«В течение учебного года»: последний день года, или без срока (год — только период)',
      en: '"Throughout the year": due on the last day of the year, or no due date (the year is only a window)',
    },
  },
  {
    key: 'periodDue',
    value: 'end',
    description: {
      kk: '«… кезеңде» (мысалы, ликвидациялық кезеңде): мерзім кезең соңында не басында',
      ru: '«В период …»: срок в конце или в начале периода',
      en: '"During a period": due at its end or at its start',
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
    key: 'rangeDue',
    value: 'end',
    description: {
      kk: 'Күндер аралығы («15 қыркүйек – 20 қазан»): мерзім соңғы не бірінші күні',
      ru: 'Диапазон дат («с 15 сентября по 20 октября»): срок в последний или в первый день',
      en: 'A range of days ("15 September – 20 October"): due on its last day or its first',
    },
  },
  {
    key: 'yearStartMonth',
    value: '9',
    description: {
      kk: 'Оқу жылы басталатын ай (9 – қыркүйек; тамызда басталса 8): жылы жазылмаған күндер осы жылға орналасады',
      ru: 'Месяц начала учебного года (9 – сентябрь; 8, если год начинается в августе): даты без года ставятся в него',
      en: 'The month the plan year starts in (9 = September; 8 if it starts in August): dates with no year go in it',
    },
  },
  {
    key: 'numericDateOrder',
    value: 'day-month',
    description: {
      kk: 'Ағылшынша мәтіндегі «03/04/2026»: күн/ай (ескертумен) не ай/күн (АҚШ тәртібі)',
      ru: '«03/04/2026» в английском тексте: день/месяц (с предупреждением) или месяц/день (порядок США)',
      en: '"03/04/2026" in English text: day/month (with a warning) or month/day (the US order)',
    },
  },
  {
    key: 'timeZone',
    value: 'Asia/Almaty',
    description: {
      kk: 'Уақыт белдеуі (01.03.2024 бастап UTC+5)',
      ru: 'Часовой пояс (UTC+5 с 01.03.2024)',
      en: 'Time zone (UTC+5 since 01.03.2024)',
    },
  },
  {
    key: 'settingsApprovers',
    value: '',
    description: {
      kk: 'Домендер мен күнтізбе ID өзгерісін иесінен басқа кім бекіте алады (email, үтір арқылы; тек иесі өзгертеді)',
      ru: 'Кто кроме владельца утверждает изменения доменов и ID календаря (email через запятую; меняет только владелец)',
      en: 'Who besides the owner may approve changes of the domains and the calendar id (emails; only the owner changes it)',
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
    key: 'orderSignatoryPosition',
    value: 'Басқарма Төрағасы – Ректор',
    description: {
      kk: 'Бұйрыққа қол қоятын адамның лауазымы (ректор немесе өкілеттігі берілген проректор)',
      ru: 'Должность подписывающего приказы (ректор или проректор в пределах полномочий)',
      en: 'Position of whoever signs orders (the rector, or a vice-rector with delegated powers)',
    },
  },
  {
    key: 'orderSignatoryName',
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
    key: 'orderControllerPosition',
    value: 'Академиялық мәселелер жөніндегі проректор',
    description: {
      kk: 'Бұйрықтың орындалуын бақылайтын адамның лауазымы (атау септігінде); бақылау тармағына жазылады',
      ru: 'Должность контролирующего исполнение приказа (по-казахски, именительный падеж); пишется в пункт о контроле',
      en: "Position of who controls orders' execution (Kazakh, nominative); printed in the control clause",
    },
  },
  {
    key: 'orderControllerName',
    value: '',
    description: {
      kk: 'Бақылайтын адамның аты-жөні (А.Б. Тегі): бақылау тармағы «… проректор А.Б. Тегіге жүктелсін» болады',
      ru: 'ФИО контролирующего (А.Б. Фамилия): пункт о контроле «… проректор А.Б. Фамилия-ға жүктелсін»',
      en: 'Name of who controls (A.B. Surname): the control clause names them, in the Kazakh dative',
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
  {
    key: 'calendarDailyEvents',
    value: String(DEFAULT_DAILY_EVENTS),
    description: {
      kk: 'Күнтізбеге бір күнде қосылатын оқиғалардың шегі: Google Workspace 10 000 береді, жеке аккаунт 5 000; шектен сәл төмен қойыңыз (жеке аккаунтқа 4500)',
      ru: 'Сколько событий календаря создавать в день: Google Workspace позволяет 10 000, личный аккаунт 5 000; ставьте немного ниже (личному аккаунту 4500)',
      en: 'Calendar events made a day at most: Google Workspace allows 10,000, a consumer account 5,000; keep a margin below (4500 for a consumer account)',
    },
  },
  // ---- mail and the schedule (read by core/notifications/mail-rules.ts) ----
  {
    key: 'mailRemindDays',
    value: '5, 1',
    description: {
      kk: 'Хат: мерзімге дейін неше күн бұрын еске салу (үтір арқылы; «Хат: күндерді санау» бойынша)',
      ru: 'Письма: за сколько дней до срока напоминать (через запятую; счёт — «Письма: счёт дней»)',
      en: 'Mail: remind this many days before a due date (comma-separated; counted as "Mail: days counted as" says)',
    },
  },
  {
    key: 'mailDayCount',
    value: 'working',
    description: {
      kk: 'Күндерді санау: жұмыс күндері (демалыс пен мерекесіз) не күнтізбелік күндер',
      ru: 'Как считать дни: рабочие дни (без выходных и праздников) или календарные',
      en: 'How days are counted: working days (no weekends or days off) or calendar days',
    },
  },
  {
    key: 'mailOnDay',
    value: 'yes',
    description: {
      kk: 'Мерзім күнінің өзінде еске салу: иә / жоқ',
      ru: 'Напоминать в день срока: да / нет',
      en: 'Remind on the due date itself: yes / no',
    },
  },
  {
    key: 'escalateAfterDays',
    value: '3',
    description: {
      kk: 'Мерзімі өткен тармақ туралы рөлдің «Жоғары тұрған басшы» рөліне неше жұмыс күнінен кейін хабарлау (аптасына бір рет)',
      ru: 'Через сколько рабочих дней просрочки сообщать роли из столбца «Вышестоящий руководитель» (раз в неделю)',
      en: 'Working days overdue before the role\'s "Escalate to" role hears about an item (once a week)',
    },
  },
  {
    key: 'digestWeekday',
    value: '1',
    description: {
      kk: 'Директорға апталық жиынтық жіберілетін күн (не жібермеу)',
      ru: 'День недельной сводки директору (или не отправлять)',
      en: "Weekday of the director's weekly summary (or none)",
    },
  },
  {
    key: 'digestRole',
    value: 'АҚД директоры',
    description: {
      kk: 'Апталық жиынтықты алатын рөл (Рөлдер парағынан)',
      ru: 'Роль, которая получает недельную сводку (из листа «Роли»)',
      en: 'The role that gets the weekly summary (from the Roles sheet)',
    },
  },
  {
    key: 'mailHour',
    value: '9',
    description: {
      kk: 'Күнделікті хаттар сағаты (баптаулардағы уақыт белдеуі бойынша, 0-23); хат тек жұмыс күндері жіберіледі',
      ru: 'Час ежедневной рассылки (по часовому поясу настроек, 0-23); письма уходят только в рабочие дни',
      en: 'Hour of the daily mail (in the Settings time zone, 0-23); mail goes out on working days only',
    },
  },
  {
    key: 'syncHour',
    value: '2',
    description: {
      kk: 'Күнтізбені түнгі синхрондау сағаты (баптаулардағы уақыт белдеуі бойынша, 0-23)',
      ru: 'Час ночной синхронизации календаря (по часовому поясу настроек, 0-23)',
      en: 'Hour of the nightly calendar sync (in the Settings time zone, 0-23)',
    },
  },
  {
    // Written by Jospar (src/gas/schedule-owner.ts) from the document properties, never read back: a view of them.
    key: 'scheduleOwner',
    value: '',
    description: {
      kk: 'Сағат сайынғы кестенің иесі және соңғы іске қосылған күні (Jospar өзі жазады)',
      ru: 'Владелец ежечасного расписания и день последнего запуска (пишет Jospar)',
      en: "The hourly schedule's owner and the day it last ran (written by Jospar)",
    },
  },
  {
    key: 'mailSenderName',
    value: 'Академиялық қызмет департаменті',
    description: {
      kk: 'Хаттағы жіберуші аты: департамент',
      ru: 'Имя отправителя в письмах: департамент',
      en: 'Sender name of the mail: the department',
    },
  },
  {
    key: 'mailReplyTo',
    value: '',
    description: {
      kk: 'Жауап беру мекенжайы: жоспарды жүргізетін адам (бос болса — іске қосқан адам)',
      ru: 'Адрес для ответа: тот, кто ведёт план (пусто — тот, кто запускает)',
      en: 'Reply-to address: the person who keeps the plan (blank: the person the script runs as)',
    },
  },
  {
    // Who may make an item done: under the owner's settings guard (core/sheets/settings-guard.ts).
    key: 'doneReview',
    value: 'no',
    description: {
      kk: 'Хаттан не карточкадан «орындалды» деген белгіні жоспар жүргізушісі растайды: иә / жоқ',
      ru: 'Отметку «выполнено» из письма или карточки подтверждает ведущий план: да / нет',
      en: 'A keeper confirms "done" reported from a mail or a card: yes / no',
    },
  },
  {
    key: 'mailPlanName',
    value: 'АҚД жұмыс жоспары | План работы АД | AAD work plan',
    description: {
      kk: 'Хат тақырыбындағы жоспар атауы, қазақша | орысша | ағылшынша (оқу жылы қосылады)',
      ru: 'Название плана в теме письма, каз. | рус. | англ. (учебный год добавляется)',
      en: "The plan's name in mail subjects, kk | ru | en (the academic year is added)",
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
  /** Kurban Ait and other feasts the law cannot compute, for the days off of years to come. */
  movableHolidays: string[];
  /** The approved plan's title (with the year filled in), approver and signatory, for print and reports. */
  planTitle: string;
  approver: { position: string; name: string };
  signatory: { position: string; name: string };
  timeZone: string;
  calendarId: string;
  runBudgetSeconds: number;
  /** New calendar events a day at most (Calendar's daily cap, with a margin below it). */
  calendarDailyEvents: number;
  conventions: Conventions;
  /** Who signs orders, who controls them, who drafted them (blank: a line to fill by hand). */
  orders: {
    signatoryPosition: string;
    signatoryName: string;
    control: string;
    executor: string;
    controllerPosition: string;
    controllerName: string;
  };
  /** Values that could not be read, with the default used instead. */
  problems: string[];
}

/**
 * Google Calendar takes at most 5 popup reminders on an event, each at most 4 weeks (40,320 minutes) before it: a
 * value Calendar would refuse is refused here, with the reason, before any sync tries it.
 */
export const MAX_REMINDERS = 5;
export const MAX_REMINDER_DAYS = 28;

function reminderProblem(days: number[]): string {
  if (days.some((n) => !Number.isInteger(n) || n < 0)) return 'whole numbers of days, 0 or more, separated by commas';
  if (days.some((n) => n > MAX_REMINDER_DAYS))
    return `Google Calendar reminds at most ${MAX_REMINDER_DAYS} days (40,320 minutes) before`;
  if (days.length > MAX_REMINDERS) return `Google Calendar takes at most ${MAX_REMINDERS} reminders`;
  if (new Set(days).size < days.length) return 'a day is listed twice';
  return '';
}

/** Reads settings from key → value text, falling back to defaults (and saying so) where a value is unusable. */
export function readSettings(values: ReadonlyMap<string, string>): Settings {
  const problems: string[] = [];
  const get = (key: string) => {
    const v = values.get(key);
    return v === undefined ? SETTING_SPECS.find((s) => s.key === key)!.value : v.trim();
  };
  const fallback = <T>(key: string, value: T, why = ''): T => {
    problems.push(
      `${key}: «${get(key)}»${why ? ` — ${why}` : ''} → ${Array.isArray(value) ? value.join(', ') : value}`,
    );
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
  // Each day as people write it (dd.MM.yyyy, what Set up writes) or ISO (what an older Jospar wrote).
  const daysOffRaw = get('daysOff')
    .split(/[,;\s]+/)
    .filter(Boolean)
    .map(isoFromDotted);
  const badDays = daysOffRaw.filter((d) => !isIsoDate(d));
  if (badDays.length) problems.push(`daysOff: ${badDays.join(', ')}`);
  const movableRaw = get('movableHolidays')
    .split(/[,;\s]+/)
    .filter(Boolean)
    .map(isoFromDotted);
  const movableHolidays = movableRaw.filter((d) => isIsoDate(d));
  if (movableHolidays.length < movableRaw.length)
    problems.push(`movableHolidays: ${movableRaw.filter((d) => !isIsoDate(d)).join(', ')}`);
  // Days off listed for another year (the academic year was changed by hand) would leave this one without any: the
  // computed ones stand in, and the Log says so.
  let daysOff = daysOffRaw.filter((d) => isIsoDate(d));
  if (!daysOff.some((d) => d >= year.start && d <= year.end)) {
    if (values.has('daysOff')) problems.push(`daysOff: ${year.label} → computed`);
    daysOff = [...daysOff, ...computedDaysOff(year, movableHolidays)];
  }
  const budget = Number(get('runBudgetSeconds'));
  const dailyEvents = Number(get('calendarDailyEvents').replace(/[\s\u00a0\u202f,]/g, ''));
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
  const yearStartMonth = Number(get('yearStartMonth') || '9');
  return {
    year,
    language: asLang(get('language')),
    emailDomain: get('emailDomain').replace(/^@/, '').toLowerCase(),
    extraDomains: get('extraDomains')
      .split(/[,;\s]+/)
      .filter(Boolean)
      .map((d) => d.replace(/^@/, '').toLowerCase()),
    reminderDays: reminderProblem(reminderDays)
      ? fallback('reminderDays', [7, 1], reminderProblem(reminderDays))
      : reminderDays,
    workingDayPolicy,
    daysOff,
    movableHolidays,
    planTitle: get('planTitle').replace(/\{\{\s*academicYear\s*\}\}/g, year.label),
    approver: { position: get('approverPosition'), name: get('approverName') },
    signatory: { position: get('signatoryPosition'), name: get('signatoryName') },
    timeZone: get('timeZone') || 'Asia/Almaty',
    calendarId: get('calendarId'),
    runBudgetSeconds:
      Number.isFinite(budget) && budget >= 30 && budget <= 340 ? budget : fallback('runBudgetSeconds', 270),
    calendarDailyEvents:
      Number.isInteger(dailyEvents) && dailyEvents >= 1 && dailyEvents <= MAX_DAILY_EVENTS
        ? dailyEvents
        : fallback(
            'calendarDailyEvents',
            DEFAULT_DAILY_EVENTS,
            `1 to ${MAX_DAILY_EVENTS}: Calendar's cap, less a margin`,
          ),
    orders: {
      signatoryPosition: get('orderSignatoryPosition'),
      signatoryName: get('orderSignatoryName'),
      control: get('orderControl'),
      controllerPosition: get('orderControllerPosition'),
      controllerName: get('orderControllerName'),
      executor: get('orderExecutor'),
    },
    conventions: {
      monthDueDay: dayOrLast('monthDueDay'),
      monthlyDueDay: dayOrLast('monthlyDueDay'),
      wholeYearDue: oneOf('wholeYearDue', ['end', 'none'] as const),
      periodDue: oneOf('periodDue', ['end', 'start'] as const),
      daysBefore:
        Number.isInteger(daysBefore) && daysBefore >= 0 && daysBefore <= 60 ? daysBefore : fallback('daysBefore', 1),
      rangeDue: oneOf('rangeDue', ['end', 'start'] as const),
      yearStartMonth:
        Number.isInteger(yearStartMonth) && yearStartMonth >= 1 && yearStartMonth <= 12
          ? yearStartMonth
          : fallback('yearStartMonth', 9),
      numericDateOrder: oneOf('numericDateOrder', ['day-month', 'month-day'] as const),
    },
    problems,
  };
}
