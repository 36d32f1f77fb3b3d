/**
 * The record of the owner's approved routing settings (core/sheets/settings-guard.ts), in document properties:
 * sheet editors cannot write there, and Jospar writes it only in a run of the owner or of someone the owner named.
 * Session.getEffectiveUser is the one whose rights the run uses: in a menu run the user running it, in an installable
 * trigger the trigger's owner (getActiveUser may be empty there, and for other users of an add-on).
 * The owner is the spreadsheet's owner (Spreadsheet.getOwner); a spreadsheet in a shared drive has none (null), and
 * there the owner is whoever holds the hourly schedule (ScriptApp.getUserTriggers lists the runner's own triggers).
 */
import {
  applyGuard,
  guardedValues,
  mayApprove,
  type GuardRecord,
  type SettingsGuard,
} from '../core/sheets/settings-guard';

import { t } from '../core/i18n/messages';
import { SETTINGS_SHEET } from '../core/sheets/layout';
import { readKeyValues } from '../core/sheets/readers';
import { rememberedLang, tellUser } from './context';
import { findSheet, readSheet } from './sheet-io';
import { HOURLY_HANDLER } from './scheduler';

const RECORD = 'jospar.approvedSettings';
/** Where the calendar sync notes the calendar it made (src/gas/calendar/sync.ts). */
const OWN_CALENDAR = 'jospar.calendarId';

export function effectiveUser(): string {
  try {
    return Session.getEffectiveUser().getEmail() || '';
  } catch {
    return '';
  }
}

/**
 * The owner as this run can tell: the spreadsheet's owner; in a shared drive (no owner) the runner if the runner holds
 * the hourly schedule; '' when neither is known (nobody may approve then).
 */
export function settingsOwner(user = effectiveUser()): string {
  try {
    const ss = SpreadsheetApp.getActive();
    const owner = ss.getOwner()?.getEmail() ?? '';
    if (owner) return owner;
    const holds = ScriptApp.getUserTriggers(ss).some((t) => t.getHandlerFunction() === HOURLY_HANDLER);
    return holds ? user : '';
  } catch {
    return '';
  }
}

function readRecord(props: GoogleAppsScript.Properties.Properties): GuardRecord | null {
  try {
    // Records of earlier releases name the approver `owner` (then: whoever ran Set up first).
    const r = JSON.parse(props.getProperty(RECORD) ?? 'null') as (GuardRecord & { owner?: string }) | null;
    if (!r || !r.values || typeof r.values !== 'object') return null;
    return { by: String(r.by ?? r.owner ?? ''), values: r.values };
  } catch {
    return null;
  }
}

/**
 * The guard for this run. A trigger never takes new values on trust (it cannot tell who typed them); a menu run by the
 * owner, or by someone the owner named, approves the sheet's values as they are (it records them) and uses them.
 */
export function settingsGuard(fromTrigger: boolean, sheetSettings: ReadonlyMap<string, string>): SettingsGuard {
  const props = PropertiesService.getDocumentProperties();
  const record = readRecord(props);
  const ownCalendarId = props.getProperty(OWN_CALENDAR) ?? undefined;
  const owner = settingsOwner();
  if (!fromTrigger && approve(sheetSettings))
    return { record: readRecord(props), enforce: false, owner, ownCalendarId };
  return { record, enforce: true, owner, ownCalendarId };
}

/** Records the sheet's guarded values as approved, if the one running may approve. Whether it did. */
export function approve(sheetSettings: ReadonlyMap<string, string>): boolean {
  const props = PropertiesService.getDocumentProperties();
  const record = readRecord(props);
  const user = effectiveUser();
  if (!mayApprove(record, user, settingsOwner(user))) return false;
  const values = guardedValues(sheetSettings);
  // The id of Jospar's own calendar, which Jospar wrote into Settings itself, stands for "Jospar's own" (empty).
  if (values.calendarId && values.calendarId === props.getProperty(OWN_CALENDAR) && !record?.values.calendarId)
    values.calendarId = '';
  if (record && JSON.stringify(record.values) === JSON.stringify(values)) return true;
  props.setProperty(RECORD, JSON.stringify({ by: user, values }));
  return true;
}

/** Menu: Approve settings. The owner (or someone the owner named) approves the Settings' routing values. */
export function approveSettings(interactive = true): boolean {
  const lang = rememberedLang();
  const sheet = findSheet(SpreadsheetApp.getActive(), SETTINGS_SHEET);
  const ok = approve(readKeyValues(readSheet(sheet, 0)));
  const msg = ok ? t(lang, 'settingsApproved') : t(lang, 'settingsNotApprover', { owner: settingsOwner() || '?' });
  if (interactive) tellUser('Jospar', msg);
  return ok;
}

/**
 * The sheet's settings as a run acting with another person's rights must take them (the web app runs as its deployer;
 * a card may act for a person who cannot edit): every guarded value as the owner approved it, as a trigger holds it.
 */
export function heldSettings(
  sheetSettings: ReadonlyMap<string, string>,
  props: GoogleAppsScript.Properties.Properties = PropertiesService.getDocumentProperties(),
): Map<string, string> {
  return applyGuard(sheetSettings, { record: readRecord(props), enforce: true, owner: '' }).values;
}
