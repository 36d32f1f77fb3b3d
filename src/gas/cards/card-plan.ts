/**
 * The plan a card reads, opened by its spreadsheet id (a card runs in Calendar or Gmail, in no spreadsheet), checked
 * for the person who opened the card before any item is read:
 * - they may open the spreadsheet at all (Drive's sharing: owner, editor or viewer), else "no access";
 * - their address is in the plan's allowed domains (Settings `emailDomain`, `extraDomains`), else they see no item
 *   (a plan shared by link, or a user of another domain with access, still sees only the short home card);
 * - whether they may edit it (the spreadsheet's editors, its owner among them): what Mark done may do for them.
 * Where the event carries no plan id (made before the sync kept one) or for a mail, the plans named in the add-on's
 * script properties (`jospar.plans`: spreadsheet ids, one a line, set once by whoever deploys the add-on) are tried.
 */
import { planKeepers } from '../../core/cards/review-mail';
import { doneDecision, reviewOn, type DoneDecision } from '../../core/plan/done-request';
import { LANGS, type Lang } from '../../core/i18n/lang';
import { planShortName, readMailRules } from '../../core/notifications/mail-rules';
import { RoleDirectory } from '../../core/roles/directory';
import { emailDomain } from '../../core/roles/directory';
import type { Settings } from '../../core/sheets/settings';
import type { ReadingContext } from '../../core/sidebar/view';
import { openPlan, type PlanAccess } from '../sidebar/plan-access';
import { planReading } from '../sidebar/item-view';

export const PLANS_PROPERTY = 'jospar.plans';

export interface CardPlan {
  plan: PlanAccess;
  settings: Settings;
  /** The Settings sheet's values by code, as read (the mail's rules read theirs from it). */
  values: Map<string, string>;
  roles: RoleDirectory;
  context: ReadingContext;
  user: string;
  mayEdit: boolean;
}

export type CardPlanResult =
  { ok: true; value: CardPlan } | { ok: false; reason: 'noPlan' | 'outside'; domain: string };

/** The acting user's address (lower case; '' when Apps Script does not give it, as for some outside users). */
export function actingUser(): string {
  try {
    return Session.getActiveUser().getEmail().trim().toLowerCase();
  } catch {
    return '';
  }
}

/** The plans the add-on's deployment names (script properties), for events without a plan id and for mail. */
export function namedPlans(): string[] {
  let raw = '';
  try {
    raw = PropertiesService.getScriptProperties().getProperty(PLANS_PROPERTY) ?? '';
  } catch {
    // no script properties to read: no named plans
  }
  return raw
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter((s) => /^[\w-]{10,}$/.test(s));
}

export function openCardPlan(planId: string, user = actingUser()): CardPlanResult {
  let ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  try {
    ss = SpreadsheetApp.openById(planId);
  } catch {
    return { ok: false, reason: 'noPlan', domain: '' };
  }
  const plan = ss ? openPlan(ss) : null;
  if (!plan) return { ok: false, reason: 'noPlan', domain: '' };
  const { settings, values, roles, context } = planReading(ss, plan.tz, plan.offset);
  const allowed = [settings.emailDomain, ...settings.extraDomains].map((d) => d.toLowerCase()).filter(Boolean);
  if (!user || !allowed.includes(emailDomain(user))) return { ok: false, reason: 'outside', domain: allowed[0] ?? '' };
  return {
    ok: true,
    value: { plan, settings, values, roles: new RoleDirectory(roles), context, user, mayEdit: mayEdit(ss, user) },
  };
}

/** Whether `user` may edit the spreadsheet: its owner or one of its editors (Spreadsheet.getEditors lists both). */
function mayEdit(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, user: string): boolean {
  return editorsOf(ss).includes(user);
}

/** The spreadsheet's owner and editors, lower case (none when Apps Script does not give them). */
function editorsOf(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string[] {
  try {
    return ss.getEditors().map((u) => u.getEmail().toLowerCase());
  } catch {
    return [];
  }
}

/** The plan's name as Jospar's subjects start with it, in `lang` («АҚД жұмыс жоспары 2025-2026»). */
export function subjectName(p: CardPlan, lang: Lang): string {
  return `${planShortName(readMailRules(p.values).planName, lang)} ${p.settings.year.label}`;
}

/** The plan's subject names in every language (a reminder's subject is in its reader's). */
export function subjectNames(p: CardPlan): string[] {
  return LANGS.map((l) => subjectName(p, l));
}

/**
 * Who a report goes to (core's planKeepers): Settings' Reply-to when it names an editor of the spreadsheet (the
 * setting is guarded, and its approval is the Sheets add-on's to read, not the cards'), else the spreadsheet's owner;
 * inside the domains.
 */
export function keepersOf(p: CardPlan): string[] {
  let owner = '';
  try {
    owner = p.plan.ss.getOwner()?.getEmail() ?? '';
  } catch {
    // a spreadsheet in a shared drive has no owner; Reply-to alone names the keeper there
  }
  const domains = [p.settings.emailDomain, ...p.settings.extraDomains];
  return planKeepers(readMailRules(p.values).replyTo, owner, domains, editorsOf(p.plan.ss));
}

/**
 * What Mark done from a card does for this reader: core's decision (done, review or refuse). The card cannot read the
 * Sheets add-on's approved doneReview (document properties are that project's): the sheet's value decides here
 * (README: "Who may act" says why that loses nothing).
 */
export function cardDecision(p: CardPlan): DoneDecision {
  return doneDecision({ review: reviewOn(p.values.get('doneReview')), via: 'card', mayEdit: p.mayEdit });
}
