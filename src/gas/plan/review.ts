/**
 * The keeper's answer to an item submitted for review (src/core/plan/done-request.ts): confirm — the item is done on
 * the day it was reported, the report's person and evidence kept — or return — its Status goes back to what it was,
 * the Date done is cleared and the keeper's note is added to Notes. In steps a cut can stop anywhere: the answer is
 * noted first on the item's pending review (so a repeat finishes the same answer), then the Plan cells, a Log line and
 * a Notifications line (each once), and last the pending review is removed.
 */
import { pt } from '../../core/notifications/done-page';
import type { Lang } from '../../core/i18n/lang';
import { reviewFromSheet, type PendingReview } from '../../core/plan/done-request';
import { SETTINGS_SHEET } from '../../core/sheets/layout';
import { readKeyValues } from '../../core/sheets/readers';
import { readSettings } from '../../core/sheets/settings';
import { parseStatus, STATUS_LABELS } from '../../core/sheets/status';
import { asCellText } from '../../core/text/cell-text';
import { dottedDate } from '../../core/text/dotted-date';
import { currentUser } from '../log';
import { findSheet, readSheet } from '../sheet-io';
import { findRow, readRow, writeCells, type PlanAccess } from '../sidebar/plan-access';
import { pendingReview, reportOf, REVIEW_PREFIX } from './done-request';
import { logOnce, notifyOnce, recomputeRow } from './report-records';

export type ReviewAnswer = 'confirm' | 'return';

/** Answers the item's review; null when it has none awaiting (the caller says so). Runs under the caller's lock. */
export function answerReview(
  plan: PlanAccess,
  item: string,
  to: ReviewAnswer,
  note: string,
  today: string,
  props = PropertiesService.getDocumentProperties(),
): { outcome: ReviewAnswer } | null {
  const row = findRow(plan, item);
  if (row === null) return null;
  const cells = readRow(plan, row);
  const noted = pendingReview(item, props);
  // Nothing awaits review (the common answer): known without reading Settings, whose language only the words need.
  if (!noted && parseStatus(cells.status) !== 'submitted') return null;
  const lang = readSettings(readKeyValues(readSheet(findSheet(plan.ss, SETTINGS_SHEET), plan.offset))).language;
  // A Status set to submitted by hand has no report behind it; it is reviewed all the same (core reviewFromSheet).
  const pending =
    noted ??
    reviewFromSheet({ id: item, status: cells.status, doneOn: cells.doneOn, evidence: cells.evidence }, today, lang);
  if (!pending) return null;
  let answer = pending.a;
  if (!answer) {
    // The Status was changed by hand meanwhile (and the report is whole): nothing awaits; the stale record goes.
    if (parseStatus(cells.status) !== 'submitted' && reportOf(pending.k, props)?.st === 'done') {
      props.deleteProperty(REVIEW_PREFIX + item);
      return null;
    }
    answer = { to, by: currentUser(), at: today, note };
    props.setProperty(REVIEW_PREFIX + item, JSON.stringify({ ...pending, a: answer }));
  }
  writeAnswer(plan, row, cells, { k: pending.k, r: pending.r, a: answer }, lang);
  props.deleteProperty(REVIEW_PREFIX + item);
  return { outcome: answer.to };
}

/**
 * A keeper's answer, noted, written: the Plan cells that differ, the row recomputed, a Log line and (when someone
 * reported it) a Notifications line to them, each once. The sidebar's answer and the Gmail card's Return of a
 * viewer's report (src/gas/cards/report-answer.ts) both write through here, so they end alike.
 */
export function writeAnswer(
  plan: PlanAccess,
  row: number,
  cells: ReturnType<typeof readRow>,
  pending: Required<PendingReview>,
  lang: Lang,
): void {
  const { r, a: answer } = pending;
  const values: Record<string, string> = {};
  if (answer.to === 'confirm') {
    if (parseStatus(cells.status) !== 'done') values.status = STATUS_LABELS.done[lang];
    if (!cells.doneOn.trim()) values.doneOn = r.t;
  } else {
    if (cells.status !== r.p) values.status = r.p;
    if (cells.doneOn.trim()) values.doneOn = '';
    const line = pt(lang, 'returnLine', { date: dottedDate(answer.at), who: answer.by, note: answer.note || '—' });
    if (!cells.notes.includes(line)) values.notes = asCellText(cells.notes ? `${cells.notes}\n${line}` : line);
  }
  writeCells(plan, row, values);
  recomputeRow(plan, row);
  recordAnswer(plan, pending, lang);
}

/**
 * The answer's Log line and (when someone reported it) Notifications line, each once, with no cell written: the end of
 * writeAnswer, and all of a card Return resumed after the item was done, cancelled or sent for review meanwhile.
 */
export function recordAnswer(plan: PlanAccess, pending: Required<PendingReview>, lang: Lang): void {
  const { r, a: answer } = pending;
  const item = r.i;
  const confirmed = answer.to === 'confirm';
  const said = [r.w, dottedDate(r.t), r.e, confirmed ? '' : answer.note].filter(Boolean).join(' · ');
  logOnce(plan, confirmed ? 'confirmed' : 'returned', item, said, `#${pending.k}:${answer.to}`, lang);
  // Set by hand, a review has no reporter to tell (the Log says who answered).
  if (r.w)
    notifyOnce(plan, lang, {
      id: `${pending.k}:${answer.to}`,
      recipient: r.w,
      item,
      key: `${item}#${r.d}#done-${r.v}`,
      result: confirmed ? 'confirmed' : 'returned',
    });
}
