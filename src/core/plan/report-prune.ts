/**
 * Which notes of reports of done (`jospar.doneLink:<key>`, one per mail link used or card request) can leave the
 * document properties: the store holds 500 KB in all (Apps Script's quotas page), and a note was kept forever, so a
 * plan in use for years would fill it and every later report, reminder or sync that writes a property would fail.
 *
 * A note matters while its request can come again: a mail's link is refused as expired DONE_LINK_DAYS after its mail
 * (done-link.ts) before its note is read, and the mail went out on or before the day the link was used, so a note
 * whose report day is more than DONE_LINK_DAYS old can only be reached by a link already refused; a card's request
 * comes again within minutes. REPORT_KEEP_DAYS adds a margin of as many days again. A note an item's pending review
 * still names (`jospar.review:<item>`, its key `k`) is kept whatever its age: the keeper's answer reads it. A note
 * that cannot be read is left alone (its day is unknown). Pure.
 */
import { addDays, type IsoDate } from '../calendar/dates';
import { DONE_LINK_DAYS } from '../notifications/done-link';
import { parsePendingReview, parseReport } from './done-request';

/** Where a report is noted: `jospar.doneLink:<key>` (the mail's link id as key, the name earlier releases used). */
export const REPORT_PREFIX = 'jospar.doneLink:';
/** Where an item's report awaiting a keeper is kept. */
export const REVIEW_PREFIX = 'jospar.review:';

/** Days a note is kept after its report: the link's own life, and as many again. */
export const REPORT_KEEP_DAYS = 2 * DONE_LINK_DAYS;

/**
 * The property names of the notes that can go. All of them, not a batch: a run cut off between two deletes and run
 * again then removes exactly what an uncut run would (a batch "the oldest N" would reach further after a cut).
 */
export function staleReportNames(props: Readonly<Record<string, string>>, today: IsoDate): string[] {
  const cutoff = addDays(today, -REPORT_KEEP_DAYS);
  const named = new Set<string>();
  for (const [name, raw] of Object.entries(props))
    if (name.startsWith(REVIEW_PREFIX)) {
      const k = parsePendingReview(raw)?.k;
      if (k) named.add(k);
    }
  return Object.entries(props)
    .filter(([name, raw]) => {
      if (!name.startsWith(REPORT_PREFIX) || named.has(name.slice(REPORT_PREFIX.length))) return false;
      const day = parseReport(raw)?.t ?? '';
      return /^\d{4}-\d{2}-\d{2}$/.test(day) && day < cutoff;
    })
    .map(([name]) => name);
}
