/**
 * The reminder rules, as the Settings sheet states them. Days before a due date are counted in working days by default:
 * due dates are already working days, and "7 days before" counted in working days always lands on a day people read
 * mail (a reminder counted in calendar days could fall on a Sunday and wait for Monday anyway).
 */
import type { Lang } from '../i18n/lang';
import { SETTING_SPECS } from '../sheets/settings';

export interface MailRules {
  /** Days before a due date, largest first (a reminder at 5, then at 1). */
  remindDays: number[];
  dayCount: 'working' | 'calendar';
  onDay: boolean;
  /** Working days overdue, on the week's day, before the escalation role hears (weekly). */
  escalateAfter: number;
  /** ISO weekday (1 Monday … 7 Sunday) of the director's weekly summary; 0: none. */
  digestWeekday: number;
  digestRole: string;
  mailHour: number;
  syncHour: number;
  senderName: string;
  replyTo: string;
  /** The plan's short name for subjects, kk | ru | en (Settings mailPlanName). */
  planName: string;
  /** Values that could not be read, with the default used instead. */
  problems: string[];
}

const WEEKDAYS: Record<string, number> = {
  mon: 1,
  monday: 1,
  tue: 2,
  tuesday: 2,
  wed: 3,
  wednesday: 3,
  thu: 4,
  thursday: 4,
  fri: 5,
  friday: 5,
  sat: 6,
  saturday: 6,
  sun: 7,
  sunday: 7,
};

export function readMailRules(values: ReadonlyMap<string, string>): MailRules {
  const problems: string[] = [];
  const get = (key: string) => {
    const v = values.get(key);
    return v === undefined ? (SETTING_SPECS.find((s) => s.key === key)?.value ?? '') : v.trim();
  };
  const fallback = <T>(key: string, value: T): T => {
    problems.push(`${key}: «${get(key)}»`);
    return value;
  };
  const int = (key: string, min: number, max: number, dflt: number): number => {
    const n = Number(get(key));
    return get(key) !== '' && Number.isInteger(n) && n >= min && n <= max ? n : fallback(key, dflt);
  };
  const days = get('mailRemindDays')
    .split(/[,;\s]+/)
    .filter(Boolean)
    .map(Number);
  const remindDays = days.every((n) => Number.isInteger(n) && n >= 1 && n <= 60)
    ? [...new Set(days)].sort((a, b) => b - a)
    : fallback('mailRemindDays', [5, 1]);
  const countText = get('mailDayCount').toLowerCase();
  const dayCount =
    countText === 'working' || countText === 'calendar' ? countText : fallback('mailDayCount', 'working' as const);
  const yes = (key: string) => !/^(no|false|0|жоқ|нет)$/i.test(get(key));
  const weekdayText = get('digestWeekday').toLowerCase();
  const digestWeekday =
    weekdayText === ''
      ? 0
      : (WEEKDAYS[weekdayText] ?? (/^[1-7]$/.test(weekdayText) ? Number(weekdayText) : fallback('digestWeekday', 1)));
  const replyTo = get('mailReplyTo');
  return {
    remindDays,
    dayCount,
    onDay: yes('mailOnDay'),
    escalateAfter: int('escalateAfterDays', 1, 60, 3),
    digestWeekday,
    digestRole: get('digestRole'),
    mailHour: int('mailHour', 0, 23, 9),
    syncHour: int('syncHour', 0, 23, 2),
    senderName:
      get('mailSenderName')
        .replace(/[\r\n"<>]/g, ' ')
        .trim() || 'Jospar',
    planName: get('mailPlanName'),
    replyTo: /^[^\s@<>]+@[^\s@<>]+$/.test(replyTo) ? replyTo : replyTo ? fallback('mailReplyTo', '') : '',
    problems,
  };
}

/** The subject's name of the plan in `lang`: "kk | ru | en" in Settings, a missing one taken from the one before. */
export function planShortName(setting: string, lang: Lang): string {
  const forms = setting.split('|').map((f) => f.replace(/[\r\n]+/g, ' ').trim());
  const at = { kk: 0, ru: 1, en: 2 }[lang];
  for (let i = at; i >= 0; i--) if (forms[i]) return forms[i];
  return forms.find(Boolean) ?? 'Jospar';
}
