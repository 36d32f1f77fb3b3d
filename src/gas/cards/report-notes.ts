/**
 * Where the cards keep a viewer's reports to the keeper (src/gas/cards/report-send.ts): each report under its request's
 * key in the card project's script properties (one store for every person and department the deployment serves, so
 * the keeper's card reads what the viewer's noted), and in the person's own user properties which report of an item
 * is their latest, for their card to say it went.
 */
import { parseCardReport, type CardReport, type CardReturn } from '../../core/cards/review-mail';
import { addDays, type IsoDate } from '../../core/calendar/dates';
import { REPORT_KEEP_DAYS } from '../../core/plan/report-prune';

export const CARD_REPORT_PREFIX = 'jospar.cardReport:';
/** The person's latest report of an item (their user properties: `jospar.cardSent:<plan>:<item>` → its key). */
const SENT_PREFIX = 'jospar.cardSent:';

/** The report noted under `key` in the card project's script properties (null: none, or unreadable). */
export function cardReportOf(key: string): CardReport | null {
  return parseCardReport(PropertiesService.getScriptProperties().getProperty(CARD_REPORT_PREFIX + key));
}

/**
 * Marks the report confirmed (on the day `day`), after the keeper's confirmation is recorded: its note outlives the
 * plan's own note of the request (pruned REPORT_KEEP_DAYS after the report, core report-prune.ts, as this one is
 * only when a later report is sent), and a Confirm clicked again after that would record afresh, undoing a keeper's
 * return or cancel of the item since. A cut before this write leaves the plan's note, which answers the repeat.
 */
export function noteConfirmed(key: string, r: CardReport, day: IsoDate): void {
  if (r.c) return;
  PropertiesService.getScriptProperties().setProperty(CARD_REPORT_PREFIX + key, JSON.stringify({ ...r, c: day }));
}

/**
 * Notes the keeper's Return of the report: begun (before anything of it is written, so a repeat or a Confirm clicked
 * meanwhile finishes it), then `done` once the plan has it all (report-answer.ts).
 */
export function noteReturn(key: string, r: CardReport, x: CardReturn): void {
  PropertiesService.getScriptProperties().setProperty(CARD_REPORT_PREFIX + key, JSON.stringify({ ...r, x }));
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
 * Reports older than REPORT_KEEP_DAYS (the age the plan's own notes of requests are kept: one rule) leave the card
 * project's script properties (one store for every department the deployment serves, 500 KB in all); all of them, so
 * a cut among the deletes ends, sent again, as an uncut run. (The keepers' confirmations noted there by
 * recordDoneRequest are pruned by it: core report-prune.ts.)
 */
export function prune(props: GoogleAppsScript.Properties.Properties, today: IsoDate): void {
  const cutoff = addDays(today, -REPORT_KEEP_DAYS);
  for (const [name, raw] of Object.entries(props.getProperties())) {
    const day = name.startsWith(CARD_REPORT_PREFIX) ? parseCardReport(raw)?.t : undefined;
    if (day !== undefined && day < cutoff) props.deleteProperty(name);
  }
}
