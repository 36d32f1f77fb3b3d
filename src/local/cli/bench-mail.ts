/**
 * The mail figures of `npm run bench`, with the example roster: for each plan, the messages each person gets per
 * week over the whole year (the cadence run day by day on working days, what was sent taken away as the sent record
 * does); for the embedded plan on its busiest day (the working day whose rules give the most messages, then the most
 * reminders) and for a 2,000-item plan on the same day: messages against sendEmail calls, reads and writes per sheet,
 * property writes (the intent journal and the sent record), calls.
 */
import { DEFAULT_CALENDAR_2025_2026 } from '../../core/calendar/academic-calendar';
import { addDays, planYear } from '../../core/calendar/dates';
import { DAYS_OFF_2025_2026 } from '../../core/calendar/holidays';
import { isWorkingDay } from '../../core/calendar/working-days';
import { parseDeadline } from '../../core/deadline/engine';
import { readMailRules } from '../../core/notifications/mail-rules';
import { remindersFor, weekAnchor, type ReminderItem } from '../../core/notifications/reminders';
import type { PlanItem } from '../../core/plan/types';
import { PLAN_2025_2026 } from '../../core/plan/plan-2025-2026';
import { SUGGESTED_LINKS_2025_2026 } from '../../core/plan/suggested-links';
import { itemId } from '../../core/plan/item-id';
import { knownRole } from '../../core/roles/role-catalogue';
import { splitResponsible } from '../../core/roles/split-responsible';
import { loadAddOn } from '../run-addon';
import { Workspace } from '../workspace/workspace';
import { applyPeople, EXAMPLE_PEOPLE, readPeopleCsv, type PersonRow } from './people';

const DAYS_OFF = new Set(DAYS_OFF_2025_2026);

export function benchMail(plans: ReadonlyArray<readonly [string, readonly PlanItem[]]>): Record<string, unknown> {
  const roster = readPeopleCsv(EXAMPLE_PEOPLE).people;
  const busiest = busiestDay(PLAN_2025_2026.items, roster);
  const out: Record<string, unknown> = { busiestDay: busiest };
  for (const [label, items] of plans) out[`${label} messages per person per week`] = weeklyMessages(items, roster);
  for (const [label, items] of plans) {
    const ws = new Workspace({ now: Date.parse(`${busiest.date}T04:00:00Z`) });
    const addon = loadAddOn(ws);
    addon.josparImportPlan(
      items.map((i) => ({ ...i })),
      'bench',
    );
    applyPeople(ws, roster);
    addon.josparRefreshDeadlines();
    ws.counter.reset();
    const t = Date.now();
    const outcome = addon.josparDailyMail() as { mail: Record<string, number> };
    const perSheet: Record<string, { reads: number; writes: number }> = {};
    for (const [k, v] of ws.counter.perSheet) {
      const [kind, sheet] = k.split(/:(.*)/s, 2);
      perSheet[sheet] ??= { reads: 0, writes: 0 };
      perSheet[sheet][kind === 'read' ? 'reads' : 'writes'] = v;
    }
    out[label] = {
      mail: outcome.mail,
      sendEmailCalls: ws.counter.counts.get('MailApp.sendEmail') ?? 0,
      quotaChecks: ws.counter.counts.get('MailApp.getRemainingDailyQuota') ?? 0,
      largestMessageKB: Math.round(
        Math.max(0, ...ws.mail.sent.map((m) => Buffer.byteLength(m.body) + Buffer.byteLength(m.htmlBody))) / 1024,
      ),
      perSheet,
      propertyWrites: ws.counter.writes.get('properties') ?? 0,
      totalCalls: ws.counter.total(),
      seconds: Math.round((Date.now() - t) / 10) / 100,
    };
  }
  return out;
}

function reminderItemsOf(items: readonly PlanItem[], roster: PersonRow[]): ReminderItem[] {
  const emailsOf = (role: string) =>
    roster.filter((p) => p.role === (knownRole(role)?.name ?? role)).map((p) => p.email.toLowerCase());
  return items.map((i, n) => {
    const id = itemId(i.section, i.no);
    const s = parseDeadline(i.deadline, {
      year: planYear('2025-2026')!,
      calendar: DEFAULT_CALENDAR_2025_2026,
      links: SUGGESTED_LINKS_2025_2026[id] ?? [],
      daysOff: DAYS_OFF,
      policy: 'previous',
    });
    const roles = splitResponsible(i.responsible).map((m) => m.name);
    const owners = [...new Set(roles.flatMap(emailsOf))];
    return {
      id,
      row: n + 1,
      unit: String(i.section),
      activity: i.activity,
      deadline: i.deadline,
      deliverable: i.deliverable,
      docLink: '',
      responsible: i.responsible,
      status: 'planned',
      doneOn: '',
      onDemand: s.onDemand,
      throughoutYear: !!s.throughoutYear,
      due: s.dueWorking,
      owners,
      escalation: [
        ...new Set(
          roles
            .map((r) => knownRole(r)?.escalateTo ?? '')
            .filter(Boolean)
            .flatMap(emailsOf),
        ),
      ].filter((e) => !owners.includes(e)),
    };
  });
}

/**
 * The year of daily mail, day by day from 1 September (nothing done, the worst case): messages per person per week,
 * on average over the 52 weeks and in the person's busiest week.
 */
function weeklyMessages(items: readonly PlanItem[], roster: PersonRow[]): Record<string, string> {
  const reminderItems = reminderItemsOf(items, roster);
  const rules = readMailRules(new Map());
  const director = roster.filter((p) => p.role === 'АҚД директоры').map((p) => p.email.toLowerCase());
  const sent = new Set<string>();
  const perWeek = new Map<string, Map<string, number>>();
  for (let d = '2025-09-01'; d <= '2026-08-30'; d = addDays(d, 1)) {
    if (!isWorkingDay(d, DAYS_OFF)) continue;
    const week = weekAnchor(d, 1);
    const fresh = remindersFor(reminderItems, { today: d, daysOff: DAYS_OFF, rules, digestRecipients: director })
      .map((r) => `${r.recipient}|${r.key}`)
      .filter((k) => !sent.has(k));
    fresh.forEach((k) => sent.add(k));
    for (const recipient of new Set(fresh.map((k) => k.split('|')[0]))) {
      const weeks = perWeek.get(recipient) ?? new Map<string, number>();
      weeks.set(week, (weeks.get(week) ?? 0) + 1);
      perWeek.set(recipient, weeks);
    }
  }
  const out: Record<string, string> = {};
  for (const p of roster) {
    const weeks = [...(perWeek.get(p.email.toLowerCase())?.values() ?? [])];
    const total = weeks.reduce((a, b) => a + b, 0);
    out[`${p.email} (${p.role})`] = `${(total / 52).toFixed(1)} a week on average, at most ${Math.max(0, ...weeks)}`;
  }
  return out;
}

/** The working day of 2025-2026 whose default rules give the most messages (one a recipient), then reminders. */
function busiestDay(
  items: readonly PlanItem[],
  roster: PersonRow[],
): { date: string; messages: number; reminders: number } {
  const reminderItems = reminderItemsOf(items, roster);
  const rules = readMailRules(new Map());
  const director = roster.filter((p) => p.role === 'АҚД директоры').map((p) => p.email.toLowerCase());
  let best = { date: '', messages: -1, reminders: -1 };
  for (let d = '2025-09-01'; d <= '2026-08-31'; d = addDays(d, 1)) {
    if (!isWorkingDay(d, DAYS_OFF)) continue;
    const r = remindersFor(reminderItems, { today: d, daysOff: DAYS_OFF, rules, digestRecipients: director });
    const messages = new Set(r.map((x) => x.recipient)).size;
    if (messages > best.messages || (messages === best.messages && r.length > best.reminders))
      best = { date: d, messages, reminders: r.length };
  }
  return best;
}
