/**
 * Where the cards keep a viewer's reports to the keeper (src/gas/cards/report-send.ts): each report under its request's
 * key in the card project's script properties (one store for every person and department the deployment serves, so
 * the keeper's card reads what the viewer's noted), and in the person's own user properties which report of an item
 * is their latest, for their card to say it went.
 */
import { parseCardReport, type CardReport } from '../../core/cards/review-mail';
import { addDays, type IsoDate } from '../../core/calendar/dates';

export const CARD_REPORT_PREFIX = 'jospar.cardReport:';
/** The person's latest report of an item (their user properties: `jospar.cardSent:<plan>:<item>` → its key). */
const SENT_PREFIX = 'jospar.cardSent:';
/** How long a report's note is kept (a keeper who has not confirmed by then opens the plan instead). */
const KEEP_DAYS = 90;

/** The report noted under `key` in the card project's script properties (null: none, or unreadable). */
export function cardReportOf(key: string): CardReport | null {
  return parseCardReport(PropertiesService.getScriptProperties().getProperty(CARD_REPORT_PREFIX + key));
}

/**
 * This person's latest report of the item once it went out (`sent`) or may have (`unsure`: the click was cut off
 * mid-send), for their card to say so; else null.
 */
export function sentReportOf(planId: string, item: string): CardReport | null {
  const key = PropertiesService.getUserProperties().getProperty(`${SENT_PREFIX}${planId}:${item}`);
  const r = key ? cardReportOf(key) : null;
  return r?.st === 'sent' || r?.st === 'unsure' ? r : null;
}

/** Notes `key` as the person's latest report of the item (a repeat writes nothing). */
export function noteLatest(planId: string, item: string, key: string): void {
  const mine = PropertiesService.getUserProperties();
  if (mine.getProperty(`${SENT_PREFIX}${planId}:${item}`) !== key)
    mine.setProperty(`${SENT_PREFIX}${planId}:${item}`, key);
}

/**
 * Reports older than KEEP_DAYS leave the card project's script properties (one store for every department the
 * deployment serves, 500 KB in all); all of them, so a cut among the deletes ends, sent again, as an uncut run. (The
 * keepers' confirmations noted there by recordDoneRequest are pruned by it: core report-prune.ts.)
 */
export function prune(props: GoogleAppsScript.Properties.Properties, today: IsoDate): void {
  const cutoff = addDays(today, -KEEP_DAYS);
  for (const [name, raw] of Object.entries(props.getProperties())) {
    const day = name.startsWith(CARD_REPORT_PREFIX) ? parseCardReport(raw)?.t : undefined;
    if (day !== undefined && day < cutoff) props.deleteProperty(name);
  }
}
