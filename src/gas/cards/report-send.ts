/**
 * Mark done from a card by someone who may not edit the plan, when Settings say a keeper confirms (core's doneDecision
 * says "review"): the card runs with their rights and can write nothing to the plan, so the report goes to the keeper
 * as a mail from them (MailApp "sends email on a user's behalf": Gmail shows it from the person who clicked, and
 * inside the domain authenticates that sender), with a subject the keeper's Gmail card recognises
 * (src/core/cards/mail-subject.ts), in the plan's language. Its data is noted in the card project's script properties
 * under the request's key (`jospar.cardReport:<key>`): the keeper's card reads it there, since the message-metadata
 * scope reads a mail's subject and sender, not its body.
 *
 * Never twice: the same request (the same click sent again after a cut, a double click) is one mail. The note is
 * written before the send and marked sent after it; a note found unsent (the click stopped mid-send) is not sent again
 * — as the reminders count an unconfirmed send as sent — but marked `unsure`, and the person is told (and their card
 * says) it may not have gone out, to look in their Sent mail and press again, which is a new request. A send MailApp
 * refuses (quota, address, size) did not go: the note is removed and the person told so. The person's user lock keeps
 * their two clicks from running at once.
 */
import { parseCardReport, reportMailBody, type CardReport } from '../../core/cards/review-mail';
import { reviewSubjectOf } from '../../core/cards/mail-subject';
import { cw } from '../../core/i18n/card-words';
import type { Lang } from '../../core/i18n/lang';
import { dottedDate } from '../../core/text/dotted-date';
import { todayIn } from '../context';
import { findRow, readRow } from '../sidebar/plan-access';
import { rowLink } from './card-item';
import { keepersOf, subjectName, type CardPlan } from './card-plan';
import { CARD_REPORT_PREFIX, noteLatest, prune } from './report-notes';

export interface ReportInput {
  planId: string;
  item: string;
  evidence: string;
  note: string;
  key: string;
}

/** Sends the report to the keeper once; what the card says (in the reader's language). */
export function sendForReview(p: CardPlan, input: ReportInput, lang: Lang): string {
  const lock = LockService.getUserLock();
  if (!lock.tryLock(10000)) return cw(lang, 'rBusy');
  try {
    const props = PropertiesService.getScriptProperties();
    const name = CARD_REPORT_PREFIX + input.key;
    const prior = parseCardReport(props.getProperty(name));
    if (prior) {
      const said = { id: prior.i, keeper: prior.k, day: dottedDate(prior.t) };
      if (prior.st === 'sent') return cw(lang, 'rSentBefore', said);
      // Cut off between the note and the end of the send: the mail may or may not have gone. Not sent again (the
      // reminders count an unconfirmed send as sent too), and never called sent: the person's card says "may not".
      if (prior.st === 'sending')
        props.setProperty(name, JSON.stringify({ ...prior, st: 'unsure' } satisfies CardReport));
      return cw(lang, 'rSentUnsure', said);
    }
    const keepers = keepersOf(p);
    if (!keepers.length) return cw(lang, 'rNoKeeper');
    const row = findRow(p.plan, input.item);
    // The person's card shows their latest report (sentReportOf) once it is noted sent.
    noteLatest(input.planId, input.item, input.key);
    const report: CardReport = {
      st: 'sending',
      s: input.planId,
      i: input.item,
      e: input.evidence,
      n: input.note,
      w: p.user,
      t: todayIn(p.plan.tz),
      k: keepers.join(', '),
    };
    prune(props, report.t);
    props.setProperty(name, JSON.stringify(report));
    const planLang = p.settings.language;
    try {
      MailApp.sendEmail({
        to: report.k,
        subject: reviewSubjectOf(subjectName(p, planLang), planLang, report.i, input.key),
        body: reportMailBody(planLang, report, {
          activity: row === null ? '' : readRow(p.plan, row).activity,
          plan: subjectName(p, planLang),
          rowLink: rowLink(p, report.i) ?? '',
        }),
      });
    } catch (e) {
      // MailApp refused it (the day's quota, an address, the size): nothing went out. The note goes, so the same
      // click sent again sends it rather than saying it may have gone, and the person's card shows no report.
      props.deleteProperty(name);
      const message = String((e as { message?: unknown } | null)?.message ?? e);
      return cw(lang, 'rNotSent', { id: report.i, keeper: report.k, message });
    }
    props.setProperty(name, JSON.stringify({ ...report, st: 'sent' } satisfies CardReport));
    return cw(lang, 'rSent', { id: report.i, keeper: report.k, day: dottedDate(report.t) });
  } finally {
    lock.releaseLock();
  }
}
