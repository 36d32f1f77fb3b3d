/**
 * Who gets what today: pure rules over the due dates Jospar shows (working-day dates). Each reminder has a key
 * (item#due#rule) that is the same whenever the rules give it again, so the Notifications sheet can say it was sent.
 *
 *   coming     remind N days before (Settings mailRemindDays): from the N-th day before the due date until the next
 *              stage; a run that missed a day catches up with the latest stage only
 *   today      on the due date
 *   overdue    the item's last due date passed and it is not done: to its owners from the first working day after,
 *              again every escalateEveryDays working days
 *   escalated  the same, from escalateAfterDays working days late, to the escalation role of its roles
 *   summary    on digestWeekday, one key for the week's summary to the digest role
 * Done, cancelled and on-demand items and items without dates give nothing. Which items are open, overdue and since
 * when is the item's one state (src/core/plan/item-state.ts), the same the Plan and the Overview show; these rules
 * only decide when to say it. A recurring item's earlier occurrences are never called overdue (item-state.ts says why).
 */
import { addDays, weekday, type IsoDate } from '../calendar/dates';
import { isWorkingDay } from '../calendar/working-days';
import { isOpen, itemState, type ItemState } from '../plan/item-state';
import type { Status } from '../sheets/status';
import type { MailRules } from './mail-rules';

export type Group = 'overdue' | 'escalated' | 'today' | 'coming' | 'summary';

export interface ReminderItem {
  id: string;
  /** Row index in the Plan sheet (header 0). */
  row: number;
  activity: string;
  deadline: string;
  deliverable: string;
  docLink: string;
  responsible: string;
  status: Status | null;
  onDemand: boolean;
  /** Working-day due dates, ascending. */
  due: IsoDate[];
  /** The Date done cell (ISO, '' when empty). */
  doneOn: string;
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

/** The item's one state on `today` (src/core/plan/item-state.ts). */
export function stateOf(item: ReminderItem, today: IsoDate): ItemState {
  return itemState(
    { schedule: { dueWorking: item.due, onDemand: item.onDemand }, status: { read: item.status }, doneOn: item.doneOn },
    { today },
  );
}

/** An item the mail may speak of on `today`: open, not on demand, with dates. */
export function isActive(item: ReminderItem, today: IsoDate): boolean {
  if (item.onDemand || item.due.length === 0) return false;
  return isOpen(stateOf(item, today));
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

/** The rule and group one item's occurrences give today for its owners, and for its escalation contacts. */
export function itemStages(item: ReminderItem, ctx: DayContext): Array<{ due: IsoDate; rule: string; group: Group }> {
  const { today, rules } = ctx;
  const state = stateOf(item, today);
  if (!isOpen(state) || state.kind === 'on-demand' || item.due.length === 0) return [];
  const out: Array<{ due: IsoDate; rule: string; group: Group }> = [];
  for (const due of item.due) {
    if (due === today) {
      if (rules.onDay) out.push({ due, rule: 'today', group: 'today' });
    } else if (due > today) {
      // The latest stage reached: with 7 and 1, "before-1" from the day before, "before-7" in the days before that.
      const reached = [...rules.remindDays].sort((a, b) => a - b).find((n) => daysBefore(due, n, ctx) <= today);
      if (reached !== undefined) out.push({ due, rule: `before-${reached}`, group: 'coming' });
    }
  }
  const last = state.lastMissed;
  if (state.kind === 'overdue' && last) {
    const late = workingDaysLate(last, today, ctx.daysOff);
    if (late >= 1)
      out.push({ due: last, rule: `overdue-${Math.floor((late - 1) / rules.repeatEvery)}`, group: 'overdue' });
    if (late >= rules.escalateAfter)
      out.push({
        due: last,
        rule: `escalate-${Math.floor((late - rules.escalateAfter) / rules.repeatEvery)}`,
        group: 'escalated',
      });
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
  if (ctx.rules.digestWeekday > 0 && weekday(ctx.today) === ctx.rules.digestWeekday % 7)
    for (const recipient of ctx.digestRecipients)
      out.push({
        recipient,
        item: '*',
        due: ctx.today,
        rule: 'summary',
        group: 'summary',
        key: reminderKey('*', ctx.today, 'summary'),
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
    const state = stateOf(item, today);
    const due = state.shownDue!;
    const group: Group = state.kind === 'overdue' ? 'overdue' : due === today ? 'today' : 'coming';
    const rule = `manual-${today}`;
    for (const recipient of item.owners)
      out.push({ recipient, item: item.id, due, rule, group, key: reminderKey(item.id, due, rule) });
  }
  return out;
}
