/**
 * "Done" reported by a person from outside the sheet (a mail's link through the web app, the Calendar or Gmail card):
 * what it becomes. Settings `doneReview` (yes/no, under the owner's guard) says whether a keeper confirms such reports.
 * - From a mail: the web app writes with its deployer's rights, whoever the visitor is, so with doneReview on every
 *   report waits for a keeper ("submitted for review"); with it off the item is done at once (the link is signed for
 *   the item and the person, issue 21).
 * - From a card or the sidebar: a person who may edit the plan marks it done; one who may not gets "submitted for
 *   review" when a keeper confirms, and is refused otherwise (they could not have changed the cell by hand either).
 * The keeper then confirms (done, on the day it was reported, by the person who reported it) or returns it (back to
 * the status it had, with the keeper's note). Pure: the Apps Script side (src/gas/plan/done-request.ts) records it.
 */
import type { IsoDate } from '../calendar/dates';
import type { Lang } from '../i18n/lang';
import { parseStatus, STATUS_LABELS, type Status } from '../sheets/status';

export type DoneVia = 'mail' | 'card' | 'sidebar';
/** Where a review came from: a report (DoneVia), or a Status typed by hand in the sheet (reviewFromSheet). */
export type ReviewVia = DoneVia | 'sheet';
export type DoneDecision = 'done' | 'review' | 'refuse';

export function doneDecision(r: { review: boolean; via: DoneVia; mayEdit: boolean }): DoneDecision {
  if (r.via === 'mail') return r.review ? 'review' : 'done';
  if (r.mayEdit) return 'done';
  return r.review ? 'review' : 'refuse';
}

/** Settings `doneReview` as read (the Settings machinery gives the code: yes / no; anything else is no). */
export function reviewOn(value: string | undefined): boolean {
  return /^(yes|true|1|иә|да)$/i.test(String(value ?? '').trim());
}

/** Why a report cannot be taken, from the item's Status as it is (null: it can). */
export function reportBlocked(statusCell: string): 'alreadyDone' | 'cancelled' | 'inReview' | null {
  const s: Status | null = parseStatus(statusCell);
  if (s === 'done') return 'alreadyDone';
  if (s === 'cancelled') return 'cancelled';
  if (s === 'submitted') return 'inReview';
  return null;
}

/**
 * A report as first noted (document properties, before any cell is written), so a run cut off anywhere and repeated
 * finishes the same job with the same data. Short keys: a property value is at most 9 KB and the store 500 KB.
 */
export interface DoneReport {
  /** pending until every step is written, then done */
  st: 'pending' | 'done';
  /** what it becomes: done, or review */
  o: 'done' | 'review';
  /** via */
  v: ReviewVia;
  /** item id, occurrence (ISO due date, '' when none) */
  i: string;
  d: string;
  /** evidence link, note, who reported, the day reported */
  e: string;
  n: string;
  w: string;
  t: string;
  /** the Status cell before (a returned report puts it back) */
  p: string;
}

export function parseReport(raw: string | null): DoneReport | null {
  if (!raw) return null;
  try {
    const r = JSON.parse(raw) as Partial<DoneReport> & { st?: string };
    if (r.st !== 'pending' && r.st !== 'done') return null;
    return {
      st: r.st,
      o: r.o === 'review' ? 'review' : 'done',
      v: r.v === 'card' || r.v === 'sidebar' || r.v === 'sheet' ? r.v : 'mail',
      i: String(r.i ?? ''),
      d: String(r.d ?? ''),
      e: String(r.e ?? ''),
      n: String(r.n ?? ''),
      w: String(r.w ?? ''),
      t: String(r.t ?? ''),
      p: String(r.p ?? ''),
    };
  } catch {
    return null;
  }
}

/**
 * The item's report awaiting a keeper (document properties, key `jospar.review:<item>`): which report (its key), and
 * while the keeper's answer is being written, that answer (so a cut confirm or return, repeated, finishes as begun).
 */
export interface PendingReview {
  k: string;
  r: DoneReport;
  /** the keeper's answer once given: confirm or return, by whom, when, and a return's note */
  a?: { to: 'confirm' | 'return'; by: string; at: string; note: string };
}

export function parsePendingReview(raw: string | null): PendingReview | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as PendingReview;
    const r = parseReport(JSON.stringify(v?.r ?? null));
    if (!r || typeof v.k !== 'string') return null;
    const a = v.a && (v.a.to === 'confirm' || v.a.to === 'return') ? v.a : undefined;
    return a ? { k: v.k, r, a } : { k: v.k, r };
  } catch {
    return null;
  }
}

/**
 * A Status set to "submitted for review" by hand (typed or chosen in the sheet: «Тексеруге жіберілді», «На проверке»),
 * with no report behind it: a review all the same, so the keeper's sidebar shows the box and they confirm or return
 * it as any other. Without this the item would wait for no one: not done, and no reminder chases it (it reported),
 * yet no one is asked to look. Its reporter is not known; its day is the Date done the edit filled in (else today);
 * returned, it goes back to planned (what it was before is not known). Its key names the item and the day, so the
 * keeper's answer, noted under it, is finished by a repeat after a cut. Null when the Status is not submitted.
 */
export function reviewFromSheet(
  row: { id: string; status: string; doneOn: string; evidence: string },
  today: IsoDate,
  lang: Lang,
): PendingReview | null {
  if (parseStatus(row.status) !== 'submitted') return null;
  const day = /^\d{4}-\d{2}-\d{2}/.exec(row.doneOn.trim())?.[0] ?? today;
  const r: DoneReport = {
    st: 'done',
    o: 'review',
    v: 'sheet',
    i: row.id,
    d: '',
    e: row.evidence.trim(),
    n: '',
    w: '',
    t: day,
    p: STATUS_LABELS.planned[lang],
  };
  return { k: `sheet:${row.id}:${day}`, r };
}
