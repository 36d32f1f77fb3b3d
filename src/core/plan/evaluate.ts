/** The system columns of one Plan row, computed from its user columns, the Roles and Calendar sheets and Settings. */
import type { AcademicPeriod } from '../calendar/academic-calendar';
import { parseDeadline } from '../deadline/engine';
import type { Schedule } from '../deadline/types';
import type { Lang } from '../i18n/lang';
import { deadlineIssueText } from '../i18n/deadline-issue-text';
import { t } from '../i18n/messages';
import { emailDomain, isEmail, type RoleDirectory } from '../roles/directory';
import { splitResponsible } from '../roles/split-responsible';
import type { Settings } from '../sheets/settings';

export interface EvaluationContext {
  settings: Settings;
  calendar: AcademicPeriod[];
  roles: RoleDirectory;
  /** Today in the plan's time zone, ISO. */
  today: string;
  daysOff: ReadonlySet<string>;
}

export interface RowInput {
  responsible: string;
  deadline: string;
  links: string;
}

export interface Evaluation {
  schedule: Schedule;
  dueCount: number;
  onDemand: boolean;
  /** Emails that may be invited (valid, in an allowed domain), de-duplicated. */
  owners: string[];
  warnings: string[];
}

export function splitLinks(cell: string): string[] {
  return cell
    .split(/[,;\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function evaluateRow(row: RowInput, ctx: EvaluationContext): Evaluation {
  const lang: Lang = ctx.settings.language;
  const warnings: string[] = [];
  const links = splitLinks(row.links);
  for (const id of links) if (!ctx.calendar.some((p) => p.id === id)) warnings.push(t(lang, 'wUnknownLink', { id }));

  const schedule = parseDeadline(row.deadline, {
    year: ctx.settings.year,
    calendar: ctx.calendar,
    links,
    daysOff: ctx.daysOff,
    policy: ctx.settings.workingDayPolicy,
    conventions: ctx.settings.conventions,
  });
  for (const issue of [...schedule.errors, ...schedule.warnings]) warnings.push(deadlineIssueText(lang, issue));

  const owners: string[] = [];
  const allowed = new Set([ctx.settings.emailDomain, ...ctx.settings.extraDomains]);
  const mentions = splitResponsible(row.responsible);
  if (mentions.length === 0) warnings.push(t(lang, 'wNoResponsible'));
  for (const m of mentions) {
    const role = ctx.roles.find(m.name);
    if (!role) {
      warnings.push(t(lang, 'wRoleUnknown', { role: m.name }));
      continue;
    }
    // A role nobody has described yet may be a slip of the pen: said on the row. A described role without emails is
    // said once, on the Roles sheet and in Set up's summary, not on every row that names it.
    if (!role.described) warnings.push(t(lang, 'wRoleUnknown', { role: role.name }));
    if (role.emails.length === 0) continue;
    // An invalid or outside-domain email is the role's problem: said once on the Roles sheet and in the Overview.
    for (const email of role.emails)
      if (isEmail(email) && allowed.has(emailDomain(email)) && !owners.includes(email.toLowerCase()))
        owners.push(email.toLowerCase());
  }

  // The next due date, lateness and the rest of an item's state depend on its status too: plan/item-state.ts.
  return {
    schedule,
    dueCount: schedule.dueWorking.length,
    onDemand: schedule.onDemand,
    owners,
    warnings: [...new Set(warnings)],
  };
}
