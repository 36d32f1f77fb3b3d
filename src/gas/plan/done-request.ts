/**
 * Recording "done" reported from outside the sheet — the mail's link (the web app) and the Calendar / Gmail card call
 * this one function — under a lock, in steps a cut can stop anywhere. What it becomes is core's decision
 * (src/core/plan/done-request.ts: done, submitted for review, or refused). The steps:
 * 1. notes of earlier reports that can no longer matter are removed (core report-prune.ts: the store holds 500 KB),
 *    then the report is noted in properties with what was submitted and the Status before (so a key cannot be used
 *    twice, and the same request again finishes the first one's job with the first one's data);
 * 2. for review, the item's pending review (`jospar.review:<item>`), which the keeper's card reads;
 * 3. the Plan row's Status (done, or submitted for review), Date done (the day reported), Evidence and Notes — only
 *    the cells that differ; the Status only while it is still what it was when the report was noted: another report
 *    of the same item may have been recorded meanwhile by a run that shares no lock with this one (the card's project
 *    and the web app's are two), and its Status stands (this report's evidence and note are added all the same);
 * 4. a Log line and a Notifications line (each only if not already there);
 * 5. the note says done.
 * Every step looks before it writes, so a re-run after a cut ends as an uncut run.
 */
import { pt, type Refusal } from '../../core/notifications/done-page';
import {
  doneDecision,
  parsePendingReview,
  parseReport,
  reportBlocked,
  reviewOn,
  type DoneReport,
  type DoneVia,
  type PendingReview,
} from '../../core/plan/done-request';
import { REPORT_PREFIX, REVIEW_PREFIX, staleReportNames } from '../../core/plan/report-prune';
import { SETTINGS_SHEET } from '../../core/sheets/layout';
import { readKeyValues } from '../../core/sheets/readers';
import { readSettings } from '../../core/sheets/settings';
import { parseStatus, STATUS_LABELS } from '../../core/sheets/status';
import { asCellText } from '../../core/text/cell-text';
import { heldSettings } from '../settings-guard';
import { findSheet, readSheet } from '../sheet-io';
import { findRow, openPlan, readRow, writeCells, type PlanAccess } from '../sidebar/plan-access';
import { logOnce, notifyOnce, recomputeRow } from './report-records';

export { REPORT_PREFIX, REVIEW_PREFIX };

export interface DoneRequest {
  /** The item's ID ("1.05"). */
  item: string;
  /** The occurrence reported (ISO due date), '' when none is meant. */
  due: string;
  /** Who reports (the acting user's email). */
  who: string;
  /** An http(s) evidence link, or ''. */
  evidence: string;
  note: string;
  via: DoneVia;
  /**
   * The request's own id, the same when the same request is sent again (a retry after a cut) and different for
   * another request: the mail uses its link's id; a card must give one of its own (e.g. a random id carried in the
   * action's parameters).
   */
  key: string;
  /** Whether `who` may edit the plan (a card knows; the mail's web app acts with its deployer's rights). */
  mayEdit: boolean;
  /** The day reported (ISO, the spreadsheet's time zone). */
  today: string;
  /**
   * A keeper confirms a report `who` sent them (a viewer's report mailed from a card, src/gas/cards/report-send.ts):
   * the Log and Notifications say "confirmed", the Log's user column naming the keeper who runs this.
   */
  confirms?: boolean;
}

export type DoneRequestOutcome =
  { ok: true; outcome: 'done' | 'review'; day: string } | { ok: false; why: Refusal; id?: string };

/** Where to record: the active spreadsheet, its document properties and lock, unless a caller opened another. */
export interface DoneRequestPlace {
  ss?: GoogleAppsScript.Spreadsheet.Spreadsheet;
  props?: GoogleAppsScript.Properties.Properties;
  lock?: GoogleAppsScript.Lock.Lock | null;
}

/** The report under `key`, as noted (null: none yet). */
export function reportOf(key: string, props = PropertiesService.getDocumentProperties()): DoneReport | null {
  return parseReport(props.getProperty(REPORT_PREFIX + key));
}

/** The item's report awaiting a keeper (null: none). */
export function pendingReview(item: string, props = PropertiesService.getDocumentProperties()): PendingReview | null {
  return parsePendingReview(props.getProperty(REVIEW_PREFIX + item));
}

/**
 * Whether a keeper confirms reports: the owner's approved value, or the sheet's "yes" (turning review on only narrows
 * who can make an item done, so it holds at once; turning it off waits for the owner, as the guard says).
 */
export function reviewMode(plan: PlanAccess, props: GoogleAppsScript.Properties.Properties): boolean {
  const sheet = readKeyValues(readSheet(findSheet(plan.ss, SETTINGS_SHEET), plan.offset));
  return reviewOn(sheet.get('doneReview')) || reviewOn(heldSettings(sheet, props).get('doneReview'));
}

export function recordDoneRequest(request: DoneRequest, place: DoneRequestPlace = {}): DoneRequestOutcome {
  // A web app has no document lock (the reference: null outside a containing document); the script's lock stands in.
  const lock = place.lock === undefined ? (LockService.getDocumentLock() ?? LockService.getScriptLock()) : place.lock;
  if (lock && !lock.tryLock(10000)) return { ok: false, why: 'busy' };
  try {
    const props = place.props ?? PropertiesService.getDocumentProperties();
    const prior = reportOf(request.key, props);
    if (prior?.st === 'done') return { ok: false, why: 'used' };
    const plan = openPlan(place.ss);
    const row = plan ? findRow(plan, request.item) : null;
    if (!plan || row === null) return { ok: false, why: 'noItem', id: request.item };
    const cells = readRow(plan, row);
    let report = prior;
    if (!report) {
      // A report cut off before its Status was written is pending all the same: this one waits for it.
      const blocked = pendingReview(request.item, props) ? 'inReview' : reportBlocked(cells.status);
      if (blocked) return { ok: false, why: blocked, id: request.item };
      const decision = doneDecision({ review: reviewMode(plan, props), via: request.via, mayEdit: request.mayEdit });
      if (decision === 'refuse') return { ok: false, why: 'notEditor', id: request.item };
      report = {
        st: 'pending',
        o: decision,
        v: request.via,
        i: request.item,
        d: request.due,
        e: request.evidence,
        n: request.note,
        w: request.who,
        t: request.today,
        p: cells.status,
      };
      // The store holds 500 KB in all: notes that can no longer matter go before this one is added (core
      // report-prune.ts; each delete stands alone, and a run cut between them removes the rest when sent again).
      for (const name of staleReportNames(props.getProperties(), request.today)) props.deleteProperty(name);
      props.setProperty(REPORT_PREFIX + request.key, JSON.stringify(report));
    }
    const r = report;
    const lang = readSettings(readKeyValues(readSheet(findSheet(plan.ss, SETTINGS_SHEET), plan.offset))).language;
    const word = STATUS_LABELS[r.o === 'review' ? 'submitted' : 'done'][lang];
    // Another report of the item was recorded since this one was noted (its Status is neither the one before nor ours).
    const taken = cells.status !== r.p && cells.status.trim() !== word;
    const pending = r.o === 'review' ? pendingReview(r.i, props) : null;
    if (r.o === 'review' && !taken && pending?.k !== request.key)
      props.setProperty(REVIEW_PREFIX + r.i, JSON.stringify({ k: request.key, r } satisfies PendingReview));
    if (taken && pending?.k === request.key) props.deleteProperty(REVIEW_PREFIX + r.i);

    const values: Record<string, string> = {};
    if (!taken && cells.status.trim() !== word) values.status = word;
    const settled = parseStatus(cells.status);
    if (!cells.doneOn.trim() && (!taken || settled === 'done' || settled === 'submitted')) values.doneOn = r.t;
    if (r.e && !cells.evidence.includes(r.e))
      values.evidence = asCellText(cells.evidence ? `${cells.evidence}\n${r.e}` : r.e);
    const noteLine = r.n ? pt(lang, r.v === 'mail' ? 'noteLine' : 'noteLineCard', { note: r.n, who: r.w }) : '';
    if (noteLine && !cells.notes.includes(noteLine))
      values.notes = asCellText(cells.notes ? `${cells.notes}\n${noteLine}` : noteLine);
    writeCells(plan, row, values);
    recomputeRow(plan, row);

    const action = request.confirms ? 'confirmed' : r.o === 'review' ? 'submitted' : 'done';
    logOnce(plan, action, r.i, [r.w, r.e, r.n].filter(Boolean).join(' · '), `#${request.key}`, lang);
    notifyOnce(plan, lang, {
      id: request.key,
      recipient: r.w,
      item: r.i,
      key: `${r.i}#${r.d}#done-${r.v}`,
      result: request.confirms ? 'confirmed' : r.o === 'review' ? 'submitted' : 'reported',
    });
    props.setProperty(REPORT_PREFIX + request.key, JSON.stringify({ ...r, st: 'done' }));
    return { ok: true, outcome: r.o, day: r.t };
  } finally {
    lock?.releaseLock();
  }
}
