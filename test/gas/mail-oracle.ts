/**
 * The mail cadence computed here independently of src/core/notifications, from the Plan sheet as a person sees it and
 * the roster: what each person should be told on a day, as recipient|item|due|rule. The rules (issue #21):
 *   before-5 / before-1  the next due date is that many working days away or less (the latest stage reached)
 *   today                the next due date is today
 *   overdue-<Monday>     every due date passed (at least one working day), not done: once in each week
 *   escalate-<Monday>    on the week's first working day, late at least 3 working days: to the escalation role
 *   summary              on the week's first working day, to the director (item '*', due = that Monday)
 */
import { addDays, planYear, weekday } from '../../src/core/calendar/dates';
import { DAYS_OFF_2025_2026 } from '../../src/core/calendar/holidays';
import { DEFAULT_CALENDAR_2025_2026 } from '../../src/core/calendar/academic-calendar';
import { parseDeadline } from '../../src/core/deadline/engine';
import { knownRole } from '../../src/core/roles/role-catalogue';
import { splitResponsible } from '../../src/core/roles/split-responsible';
import type { Workspace } from '../../src/local/workspace/workspace';
import { sheetValues } from '../helpers';

export const DAYS_OFF = new Set(DAYS_OFF_2025_2026);
export const isWorking = (d: string) => ![0, 6].includes(weekday(d)) && !DAYS_OFF.has(d);

function workingDaysBetween(from: string, to: string): number {
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorking(d)) n++;
  return n;
}

function monday(d: string): string {
  return addDays(d, -((weekday(d) + 6) % 7));
}

function firstWorkingDayOfWeek(d: string): string {
  let x = monday(d);
  while (!isWorking(x)) x = addDays(x, 1);
  return x;
}

export interface Person {
  role: string;
  email: string;
}

interface Row {
  id: string;
  status: string;
  doneOn: string;
  responsible: string;
  deadline: string;
  links: string;
}

function planRows(ws: Workspace): Row[] {
  const values = sheetValues(ws, 'Жоспар').map((r) => r.map(String));
  const h = values[0];
  const c = (name: string) => h.indexOf(name);
  return values.slice(1).map((r) => ({
    id: r[c('ID')],
    status: r[c('Мәртебе')],
    doneOn: r[c('Орындалған күні')],
    responsible: r[c('Жауапты')],
    deadline: r[c('Орындау мерзімі')],
    links: r[c('Күнтізбе кезеңдері')],
  }));
}

/** Everything the rules give on `today` (before taking away what was already sent). */
export function expectedKeys(ws: Workspace, roster: Person[], today: string, director: string): Set<string> {
  const emailsOf = (roleName: string) => {
    const canonical = knownRole(roleName)?.name ?? roleName;
    return roster.filter((p) => p.role === canonical).map((p) => p.email);
  };
  const out = new Set<string>();
  const weekly = firstWorkingDayOfWeek(today) === today;
  for (const row of planRows(ws)) {
    if (['Орындалды', 'Тоқтатылды'].includes(row.status)) continue;
    const s = parseDeadline(row.deadline, {
      year: planYear('2025-2026')!,
      calendar: DEFAULT_CALENDAR_2025_2026,
      links: row.links.split(/[,\s]+/).filter(Boolean),
      daysOff: DAYS_OFF,
      policy: 'previous',
    });
    if (s.onDemand || s.dueWorking.length === 0) continue;
    const roles = splitResponsible(row.responsible).map((m) => m.name);
    const owners = [...new Set(roles.flatMap(emailsOf))];
    const up = [
      ...new Set(
        roles
          .map((r) => knownRole(r)?.escalateTo ?? '')
          .filter(Boolean)
          .flatMap(emailsOf),
      ),
    ].filter((e) => !owners.includes(e));
    const add = (to: string[], due: string, rule: string) =>
      to.forEach((e) => out.add(`${e}|${row.id}|${due}|${rule}`));
    const next = s.dueWorking.find((d) => d >= today);
    if (next === today) add(owners, next, 'today');
    else if (next) {
      const away = workingDaysBetween(today, next);
      if (away <= 1) add(owners, next, 'before-1');
      else if (away <= 5) add(owners, next, 'before-5');
    }
    const last = s.dueWorking[s.dueWorking.length - 1];
    if (last < today) {
      const late = workingDaysBetween(last, today);
      if (late >= 1) add(owners, last, `overdue-${monday(today)}`);
      if (weekly && late >= 3) add(up, last, `escalate-${monday(today)}`);
    }
  }
  if (weekly) out.add(`${director}|*|${monday(today)}|summary`);
  return out;
}

/** recipient|item|due|rule of the keys a Notifications row lists (its Keys cell: item#due#rule, …). */
export function rowKeys(recipient: string, keysCell: string): string[] {
  return keysCell
    .split(', ')
    .filter(Boolean)
    .map((k) => `${recipient}|${k.split('#').join('|')}`);
}
