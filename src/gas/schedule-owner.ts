/**
 * Who owns the hourly schedule (src/core/schedule/owner.ts says why it matters). The owner and the last run are
 * document properties; only the owner's trigger works, and any other Jospar trigger removes itself the first time it
 * fires, so however a take-over is cut off there is never more than one trigger doing the work. A trigger of
 * someone else cannot be deleted from here (Apps Script lets only its maker delete it): a suspended owner's trigger
 * simply never fires again.
 */
import type { Lang } from '../core/i18n/lang';
import {
  LAST_RUN_PROPERTY,
  OWNER_PROPERTY,
  parseOwner,
  scheduleStatus,
  type ScheduleStatus,
} from '../core/schedule/owner';
import { ot } from '../core/schedule/owner-texts';
import { rememberedLang, tellUser } from './context';
import { ensureHourlyTrigger, removeMyTriggers } from './schedule-trigger';
import { findSheet, readSheet } from './sheet-io';
import { locateColumns, SETTINGS_SHEET } from '../core/sheets/layout';
import { cellReader, settingRowKey } from '../core/sheets/readers';
import { asCellText } from '../core/text/cell-text';
import { userLang } from './sidebar/guard';

/** Set when a user turned the schedule off: no trigger works, and the calendar sync no longer turns it on. */
export const OFF_PROPERTY = 'jospar.schedule.off';

function me(): string {
  return Session.getEffectiveUser().getEmail();
}

/** The schedule's state from one read of the document properties. */
export function currentSchedule(props = PropertiesService.getDocumentProperties().getProperties()): ScheduleStatus {
  return scheduleStatus(props, Date.now(), !!props[OFF_PROPERTY]);
}

/**
 * At the start of an hourly run: whether this trigger is the schedule's. A trigger of a former owner (or of anyone
 * while the schedule is off) removes itself and does nothing; the first run after an update from a version that kept
 * no owner makes its trigger's maker the owner. The owner's run notes its time.
 */
export function claimHourlyRun(): boolean {
  const props = PropertiesService.getDocumentProperties();
  const all = props.getProperties();
  const owner = parseOwner(all[OWNER_PROPERTY]);
  const runner = me();
  if (all[OFF_PROPERTY]) {
    removeMyTriggers();
    if (owner?.email === runner) props.deleteProperty(OWNER_PROPERTY);
    return false;
  }
  if (owner && owner.email !== runner) {
    // A trigger of a former owner goes; a run by hand (the runner holds no trigger) does the work but owns nothing.
    return removeMyTriggers() === 0;
  }
  const now = new Date().toISOString();
  if (!owner) props.setProperty(OWNER_PROPERTY, JSON.stringify({ email: runner, since: now }));
  props.setProperty(LAST_RUN_PROPERTY, now);
  // The Settings row follows once a day (and when the owner changes): the sheet is not written every hour.
  const previous = all[LAST_RUN_PROPERTY];
  const firstOfOwner = !owner || !previous || Date.parse(owner.since) > Date.parse(previous);
  if (firstOfOwner || dayOf(previous) !== dayOf(now)) noteInSettings(runner, now);
  return true;
}

function dayOf(iso: string | undefined): string {
  return iso ? Utilities.formatDate(new Date(iso), Session.getScriptTimeZone(), 'yyyy-MM-dd') : '';
}

/**
 * Settings → scheduleOwner shows the owner and the day of the last run ('' when nobody owns it). Written only, never
 * read back by Jospar: the document properties are the truth.
 */
export function noteInSettings(email: string, lastRun: string): void {
  const ss = SpreadsheetApp.getActive();
  const sheet = findSheet(ss, SETTINGS_SHEET);
  const read = readSheet(sheet, 0);
  if (!sheet || !read) return;
  const cell = cellReader(SETTINGS_SHEET, read.values[0] ?? []);
  const row = read.values.findIndex((r, i) => i > 0 && settingRowKey(cell(r, 'key'), cell(r, 'name')) === KEY);
  const col = locateColumns(SETTINGS_SHEET, read.values[0] ?? []).get('value');
  if (row < 1 || col === undefined) return; // Set up adds the row
  const day = lastRun ? Utilities.formatDate(new Date(lastRun), Session.getScriptTimeZone(), 'dd.MM.yyyy') : '';
  const text = email ? [email, day].filter(Boolean).join(' · ') : '';
  if (cell(read.values[row], 'value') !== text) sheet.getRange(row + 1, col + 1).setValue(asCellText(text));
}

const KEY = 'scheduleOwner';

/** Whether the running user may hold the schedule's trigger without taking it from someone (no owner, or them). */
export function mayHoldSchedule(): boolean {
  const owner = parseOwner(PropertiesService.getDocumentProperties().getProperty(OWNER_PROPERTY));
  return !owner || owner.email === me();
}

/**
 * The running user becomes the owner: their trigger first, then the owner record (cut between the two, the new
 * trigger finds someone else the owner, removes itself, and the old owner's schedule goes on: as if never run).
 * Callers hold the document lock.
 */
export function becomeOwner(): { created: boolean; owner: string } {
  const created = ensureHourlyTrigger();
  const props = PropertiesService.getDocumentProperties();
  const owner = parseOwner(props.getProperty(OWNER_PROPERTY));
  const runner = me();
  if (owner?.email !== runner) {
    props.setProperty(OWNER_PROPERTY, JSON.stringify({ email: runner, since: new Date().toISOString() }));
    noteInSettings(runner, ''); // no run of theirs yet
  } else {
    const last = props.getProperty(LAST_RUN_PROPERTY) ?? '';
    noteInSettings(runner, last && Date.parse(last) >= Date.parse(owner.since) ? last : '');
  }
  if (props.getProperty(OFF_PROPERTY)) props.deleteProperty(OFF_PROPERTY);
  return { created, owner: runner };
}

/** Menu: Take over the schedule (asked first when someone else owns it). */
export function takeOverSchedule(options: { interactive?: boolean } = {}): { ok: boolean; owner: string } {
  const lang = rememberedLang();
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(30000)) return { ok: false, owner: '' };
  try {
    const status = currentSchedule();
    const runner = me();
    const interactive = options.interactive !== false;
    if (status.owner && status.owner.email !== runner && interactive) {
      const ui = SpreadsheetApp.getUi();
      const asked = ui.alert('Jospar', ot(lang, 'takeOverAsk', describe(status, lang)), ui.ButtonSet.YES_NO);
      if (asked !== ui.Button.YES) return { ok: false, owner: status.owner.email };
    }
    const was = status.owner?.email;
    const { owner } = becomeOwner();
    if (interactive) tellUser('Jospar', ot(lang, was === runner ? 'alreadyYours' : 'takenOver', { owner }));
    return { ok: true, owner };
  } finally {
    lock.releaseLock();
  }
}

/** The sidebar's start tab: the schedule's line in the user's sidebar language, and whether it has stopped. */
export function scheduleNote(): { text: string; stale: boolean } {
  const status = currentSchedule();
  return { text: scheduleLine(userLang(), status), stale: status.stale };
}

/** One line for Settings and the sidebar: who owns the schedule and when it last ran. */
export function scheduleLine(lang: Lang, status = currentSchedule()): string {
  if (!status.owner || status.hoursSince === null) return ot(lang, 'noOwner');
  return ot(lang, 'ownerLine', describe(status, lang));
}

/** The warning for whoever opens the spreadsheet when the schedule has not run for a day and more; null otherwise. */
export function staleWarning(lang: Lang, props: Record<string, string>): string | null {
  const status = currentSchedule(props);
  if (!status.stale) return null;
  return ot(lang, 'stale', { ...describe(status, lang), hours: Math.floor(status.hoursSince ?? 0) });
}

function describe(status: ScheduleStatus, lang: Lang): { owner: string; lastRun: string } {
  const last = status.lastRun
    ? Utilities.formatDate(new Date(status.lastRun), Session.getScriptTimeZone(), 'dd.MM.yyyy HH:mm')
    : ot(lang, 'notYet');
  return { owner: status.owner?.email ?? '', lastRun: last };
}
