/**
 * Who may change where things go. The Settings that decide who is invited or mailed (the allowed domains, the role
 * that gets the weekly summary), how the mail presents itself and where replies go (sender name, Reply-To), which
 * calendar is written (calendarId), and whether "done" reported from a mail or a card waits for a keeper (doneReview:
 * the web app writes with the owner's rights) act with the rights of whoever runs Jospar, and the hourly trigger runs
 * as its owner: an editor who widened the domains or named another calendar would have the owner's trigger act on it.
 * So the owner's approved values are recorded where sheet editors cannot write (document properties, written only by
 * runs of the owner or of people the owner named in `settingsApprovers`, itself guarded), and a run that must not
 * take new values on trust (a trigger, or a run by anyone else) keeps the recorded ones — the defaults while nothing is
 * recorded — and says so on the Settings row.
 *
 * The owner is the spreadsheet's owner (Spreadsheet.getOwner), or for a spreadsheet in a shared drive, which has none,
 * the one who holds the hourly schedule; never "whoever ran Set up first".
 */
import { SETTING_SPECS } from './settings';

/** The routing settings under the guard (the names the commit messages and the README list). */
export const GUARDED_SETTINGS = [
  'emailDomain',
  'extraDomains',
  'digestRole',
  'mailReplyTo',
  'mailSenderName',
  'calendarId',
  'settingsApprovers',
  'doneReview',
] as const;

export interface GuardRecord {
  /** Who approved these values last (the owner, or someone the owner named). */
  by: string;
  values: Record<string, string>;
}

export interface SettingsGuard {
  /** What the owner last approved; null: nothing approved yet, the defaults hold for runs that enforce. */
  record: GuardRecord | null;
  /** Keep the recorded values where the sheet differs (trigger runs, and runs by people the owner has not named). */
  enforce: boolean;
  /** The owner, as the messages name them ('' when not known). */
  owner: string;
  /** The calendar Jospar made itself: Jospar writes its id into an empty calendarId, which is no change of owner's. */
  ownCalendarId?: string;
}

function defaultOf(key: string): string {
  return SETTING_SPECS.find((s) => s.key === key)?.value ?? '';
}

/** The guarded settings' values as the sheet has them (defaults where a row is missing). */
export function guardedValues(values: ReadonlyMap<string, string>): Record<string, string> {
  return Object.fromEntries(GUARDED_SETTINGS.map((k) => [k, (values.get(k) ?? defaultOf(k)).trim()]));
}

/** The people the owner named (in the recorded `settingsApprovers`, never the sheet's, which anyone may edit). */
export function approvers(record: GuardRecord | null): string[] {
  return (record?.values.settingsApprovers ?? '')
    .split(/[,;\s]+/)
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean);
}

/** The owner or someone the owner named; nobody else, and nobody at all while the owner is not known. */
export function mayApprove(record: GuardRecord | null, user: string, owner: string): boolean {
  const u = user.trim().toLowerCase();
  if (!u) return false;
  return u === owner.trim().toLowerCase() || approvers(record).includes(u);
}

/** The settings to act on: the sheet's, with each guarded value the owner has not approved replaced by the record's. */
export function applyGuard(
  values: ReadonlyMap<string, string>,
  guard: SettingsGuard | undefined,
): { values: Map<string, string>; refused: string[] } {
  const out = new Map(values);
  const refused: string[] = [];
  if (!guard?.enforce) return { values: out, refused };
  const now = guardedValues(values);
  for (const key of GUARDED_SETTINGS) {
    const was = guard.record?.values[key] ?? defaultOf(key);
    if (now[key] === was) continue;
    if (key === 'calendarId' && was === '' && now[key] === guard.ownCalendarId) continue;
    out.set(key, was);
    refused.push(
      `${key}: «${now[key]}» — not approved by the owner (${guard.owner || '?'}); «${was}» is used until the owner ` +
        'runs Jospar → Approve settings',
    );
  }
  return { values: out, refused };
}
