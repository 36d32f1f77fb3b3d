/**
 * The keeper opens a viewer's report (src/gas/cards/report-send.ts) in Gmail: its subject names the item and the
 * request's key (src/core/cards/mail-subject.ts), the key finds the report's note in the card project's script
 * properties, and the card shows the item with who reported it, when, the evidence and the note, and Confirm done or
 * Return (report-answer.ts) for someone who may edit the plan. A mail is taken as the report only when everything
 * agrees: the note's plan is open to the reader, the subject starts with that plan's name and names the note's item,
 * and the message's sender — which Gmail shows as the account that sent it — is the person the note says reported it.
 */
import { reportCard, type ReportAnswered } from '../../core/cards/item-card';
import type { CardReport } from '../../core/cards/review-mail';
import { reviewSubject } from '../../core/cards/mail-subject';
import type { Lang } from '../../core/i18n/lang';
import { cardOfItem } from './card-item';
import { openCardPlan, subjectNames, type CardPlan } from './card-plan';
import { reportCardUi } from './card-ui';
import { cardReportOf } from './report-notes';

type Card = GoogleAppsScript.Card_Service.Card;

/** A sender as Gmail gives it ("Name <a@b>" or "a@b"), as a bare lower-case address. */
function senderOf(from: string): string {
  const m = /<([^>]+)>\s*$/.exec(from);
  return (m ? m[1] : from).trim().toLowerCase();
}

/** The report's card, when the message is a Jospar report this reader may see; else null (not a report). */
export function reportCards(message: GoogleAppsScript.Gmail.GmailMessage, lang: Lang): Card[] | null {
  const subject = message.getSubject();
  const key = /\[([^\]]+)\]\s*$/.exec(subject)?.[1] ?? '';
  const r = key ? cardReportOf(key) : null;
  if (!r || senderOf(message.getFrom()) !== r.w.toLowerCase()) return null;
  const opened = openCardPlan(r.s);
  if (!opened.ok) return null;
  const p = opened.value;
  const named = reviewSubject(subject, subjectNames(p));
  if (!named || named.key !== key || named.item !== r.i) return null;
  const card = keeperReportCard(p, key, r, lang);
  return card ? [card] : null;
}

/**
 * The keeper's card of the report noted `r` under `key`, in the plan `p` it names: drawn when the mail is opened and
 * again after an answer. Once confirmed or returned (all written) it says which, with no buttons; null: no such item.
 */
export function keeperReportCard(p: CardPlan, key: string, r: CardReport, lang: Lang): Card | null {
  const data = cardOfItem(p, r.i, lang);
  if (!data) return null;
  const answered: ReportAnswered | null = r.c
    ? { to: 'confirm', day: r.c }
    : r.x?.done
      ? { to: 'return', day: r.x.at, by: r.x.by, reason: r.x.note }
      : null;
  const shown = reportCard(data, { who: r.w, day: r.t, evidence: r.e, note: r.n, answered }, lang, p.mayEdit);
  return reportCardUi(data, shown, { plan: r.s, lang, key });
}
