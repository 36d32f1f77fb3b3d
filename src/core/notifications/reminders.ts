/**
 * Who gets what today: the cadence, pure rules over the item's one state (core/plan/item-state.ts: due today,
 * overdue, done … as every view sees it) and the Settings. Each reminder
 * has a key (item#due#rule) that is the same whenever the rules give it again, so the sent record can say it went.
 *
 *   coming     N working days before the next due date (Settings mailRemindDays, default 5 and 1): from the N-th
 *              day before until the next stage; a run that missed a day catches up with the latest stage only
 *   today      on the due date
 *   overdue    every due date passed and it is not done: to its owners on the first working day after, then once a
 *              mail week (from the digest weekday, Monday) until it is done or cancelled: the key names the week
 *   escalated  once a mail week, on its first working day, to the escalation role: the items late at least
 *              escalateAfterDays working days then, each listed once
 *   summary    the same day, one key for the week's summary to the digest role
 * Done, cancelled and on-demand items and items without dates give nothing. A recurring item's earlier occurrences
 * are never called overdue: its Status describes the item, so Jospar cannot know an earlier month's report is missing.
 */
import { addDays, weekday, type IsoDate } from '../calendar/dates';
import { isWorkingDay } from '../calendar/working-days';
import type { MailRules } from './mail-rules';
import { itemState, type ItemState } from '../plan/item-state';

export type Group = 'overdue' | 'escalated' | 'today' | 'coming' | 'summary';

export interface ReminderItem {
  id: string;
  /** Row index in the Plan sheet (header 0). */
  row: number;
  unit: string;
  activity: string;
  deadline: string;
  deliverable: string;
  docLink: string;
  responsible: string;
  /** The Status cell as written (any language; blank is planned). */
  status: string;
  /** The Date done cell, ISO or ''. */
  doneOn: string;
  onDemand: boolean;
  /** Only "throughout the year" (Оқу жылы бойы): ongoing until its date comes near. */
  throughoutYear?: boolean;
  /** Working-day due dates, ascending. */
  due: IsoDate[];
  owners: string[];
  escalation: string[];
}

export interface Reminder {
  recipient: string;
  item: string;
  due: IsoDate;
  rule: string;
  group: Group;
  key: string;
}

export interface DayContext {
  today: IsoDate;
  daysOff: ReadonlySet<string>;
  rules: MailRules;
  digestRecipients: string[];
}

export function reminderKey(item: string, due: string, rule: string): string {
  return `${item}#${due}#${rule}`;
}

/** The item's state on `today`, as the Plan, the Overview and the sidebar show it. */
export function stateOn(item: ReminderItem, today: IsoDate): ItemState {
  return itemState(
    {
      schedule: { dueWorking: item.due, onDemand: item.onDemand, throughoutYear: item.throughoutYear || undefined },
      status: item.status,
      doneOn: item.doneOn,
    },
    { today },
  );
}

/** Not done, not cancelled, not submitted for review (they reported), not on demand, and dated: the rules may speak. */
export function isActive(item: ReminderItem, today: IsoDate): boolean {
  const kind = stateOn(item, today).kind;
  return kind !== 'done' && kind !== 'cancelled' && kind !== 'submitted' && kind !== 'on-demand' && item.due.length > 0;
}

/** The date n days before `date`, counted in working days or calendar days. */
export function daysBefore(date: IsoDate, n: number, ctx: Pick<DayContext, 'daysOff' | 'rules'>): IsoDate {
  if (ctx.rules.dayCount === 'calendar') return addDays(date, -n);
  let d = date;
  for (let i = 0; i < n;) {
    d = addDays(d, -1);
    if (isWorkingDay(d, ctx.daysOff)) i++;
  }
  return d;
}

/** Working days after `due` up to and including `today` (0 when today is not after it). */
export function workingDaysLate(due: IsoDate, today: IsoDate, daysOff: ReadonlySet<string>): number {
  let n = 0;
  for (let d = addDays(due, 1); d <= today; d = addDays(d, 1)) if (isWorkingDay(d, daysOff)) n++;
  return n;
}

/** The start of the mail week holding `today`: the latest `isoWeekday` (1 Monday … 7 Sunday) on or before it. */
export function weekAnchor(today: IsoDate, isoWeekday: number): IsoDate {
  const iso = ((weekday(today) + 6) % 7) + 1;
  return addDays(today, -((iso - isoWeekday + 7) % 7));
}

/** The week's day for weekly mail: its anchor, or the next working day when the anchor is a day off. */
export function weeklyDay(anchor: IsoDate, daysOff: ReadonlySet<string>): IsoDate | null {
  for (let i = 0; i < 7; i++) if (isWorkingDay(addDays(anchor, i), daysOff)) return addDays(anchor, i);
  return null;
}

/** The rule and group the item gives today for its owners, and for its escalation contacts. */
export function itemStages(item: ReminderItem, ctx: DayContext): Array<{ due: IsoDate; rule: string; group: Group }> {
  const { today, rules } = ctx;
  const state = stateOn(item, today);
  const out: Array<{ due: IsoDate; rule: string; group: Group }> = [];
  const next = state.nextDue;
  if (next === today) {
    if (rules.onDay) out.push({ due: next, rule: 'today', group: 'today' });
  } else if (next) {
    // The latest stage reached: with 5 and 1, "before-1" from the day before, "before-5" in the days before that.
    const reached = [...rules.remindDays].sort((a, b) => a - b).find((n) => daysBefore(next, n, ctx) <= today);
    if (reached !== undefined) out.push({ due: next, rule: `before-${reached}`, group: 'coming' });
  }
  if (state.kind === 'overdue' && state.lastMissed) {
    const last = state.lastMissed;
    const late = workingDaysLate(last, today, ctx.daysOff);
    const anchor = weekAnchor(today, rules.digestWeekday || 1);
    if (late >= 1) out.push({ due: last, rule: `overdue-${anchor}`, group: 'overdue' });
    if (weeklyDay(anchor, ctx.daysOff) === today && late >= rules.escalateAfter)
      out.push({ due: last, rule: `escalate-${anchor}`, group: 'escalated' });
  }
  return out;
}

/** Every reminder the rules give today, before anything already sent is taken away. */
export function remindersFor(items: ReminderItem[], ctx: DayContext): Reminder[] {
  const out: Reminder[] = [];
  for (const item of items)
    for (const s of itemStages(item, ctx)) {
      const to = s.group === 'escalated' ? item.escalation : item.owners;
      for (const recipient of to)
        out.push({
          recipient,
          item: item.id,
          due: s.due,
          rule: s.rule,
          group: s.group,
          key: reminderKey(item.id, s.due, s.rule),
        });
    }
  const anchor = weekAnchor(ctx.today, ctx.rules.digestWeekday || 1);
  if (ctx.rules.digestWeekday > 0 && weeklyDay(anchor, ctx.daysOff) === ctx.today)
    for (const recipient of ctx.digestRecipients)
      out.push({
        recipient,
        item: '*',
        due: anchor,
        rule: 'summary',
        group: 'summary',
        key: reminderKey('*', anchor, 'summary'),
      });
  return out;
}

/**
 * "Remind about selected rows": each chosen item's nearest occurrence (the next one, or the last one when all have
 * passed), once a day however often it is asked.
 */
export function manualReminders(items: ReminderItem[], today: IsoDate): Reminder[] {
  const out: Reminder[] = [];
  for (const item of items) {
    if (!isActive(item, today)) continue;
    const due = item.due.find((d) => d >= today) ?? item.due[item.due.length - 1];
    const group: Group = due < today ? 'overdue' : due === today ? 'today' : 'coming';
    const rule = `manual-${today}`;
    for (const recipient of item.owners)
      out.push({ recipient, item: item.id, due, rule, group, key: reminderKey(item.id, due, rule) });
  }
  return out;
}
