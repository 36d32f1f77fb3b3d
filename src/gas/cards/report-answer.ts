/**
 * The keeper's two answers to a viewer's report on their Gmail card (report-card.ts), as the sidebar's review box
 * offers them (src/gas/plan/review.ts):
 * - Confirm done: recorded by the one shared function (recordDoneRequest) as the viewer's report (who, evidence,
 *   note, done on the day reported), the Log's user column naming the keeper;
 * - Return, with a reason: written by the sidebar's own writer (writeAnswer): the Status stays what it is (a viewer's
 *   report changed nothing in the plan: "back to what it was"), a Date done is cleared, Notes get «Возвращено с
 *   проверки 26.11.2025 (keeper): reason», the Log «Возвращено с проверки» with the reason and the Notifications
 *   «возвращено» to the viewer; the sidebar's Return mails no one, and neither does this: the viewer's card shows
 *   the return and its reason from the report's note (card-item.ts).
 * Never twice: both run under the card project's script lock and key on the report (its note in the card project's
 * script properties). The first answer begun stands (core cardAnswer): a Return is noted before anything of it is
 * written and marked done after, a confirmation's own note is the plan's (recordDoneRequest writes it first) and
 * marked on the report after; the same answer clicked again, or the other one clicked after it, finishes or repeats
 * the first, records nothing of its own, and says which it was.
 */
import { cardAnswer, type CardAnswer, type CardReport } from '../../core/cards/review-mail';
import { cw } from '../../core/i18n/card-words';
import type { Lang } from '../../core/i18n/lang';
import { reportBlocked } from '../../core/plan/done-request';
import { dottedDate } from '../../core/text/dotted-date';
import { todayIn } from '../context';
import { reportOf, type DoneRequest } from '../plan/done-request';
import { recordAnswer, writeAnswer } from '../plan/review';
import { findRow, readRow } from '../sidebar/plan-access';
import { input, MAX_TEXT, open, params, record, refusal } from './card-actions';
import type { CardPlan } from './card-plan';
import { answerUi } from './card-ui';
import { keeperReportCard } from './report-card';
import { cardReportOf, noteConfirmed, noteReturn } from './report-notes';

type EventObject = GoogleAppsScript.Addons.EventObject;
type Response = GoogleAppsScript.Card_Service.ActionResponse;

export function confirmReportAction(e: EventObject): Response {
  return answerReport(e, 'confirm');
}

export function returnReportAction(e: EventObject): Response {
  return answerReport(e, 'return');
}

function answerReport(e: EventObject, asked: CardAnswer): Response {
  const { plan: planId, item, lang, key } = params(e);
  const reason = asked === 'return' ? input(e, 'reason') : '';
  if (reason.length > MAX_TEXT) return answerUi(cw(lang, 'rTooLong', { n: MAX_TEXT }));
  // Two keepers (or one twice) answering at once: one after the other, each seeing what the other wrote.
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(10000)) return answerUi(cw(lang, 'rBusy'));
  try {
    const r = key ? cardReportOf(key) : null;
    if (!r || r.s !== planId || r.i !== item) return answerUi(cw(lang, 'reportGone'));
    const p = open(planId, lang);
    if (!('plan' in p)) return p;
    if (!p.mayEdit) return answerUi(cw(lang, 'keeperOnly'));
    const scriptProps = PropertiesService.getScriptProperties();
    const { to, finished } = cardAnswer(r, reportOf(key, scriptProps) !== null, asked);
    let said: string | null = null;
    if (!finished && to === 'confirm') {
      const refused = confirm(p, key, r, lang);
      if (refused) return answerUi(refused);
    } else if (!finished) {
      const out = giveBack(p, key, r, reason, lang);
      if ('refused' in out) return answerUi(out.refused);
      said = out.said;
    }
    const now = cardReportOf(key) ?? r;
    const card = keeperReportCard(p, key, now, lang);
    return answerUi(said ?? answerWords(now, asked, to, lang), card ?? undefined);
  } finally {
    lock.releaseLock();
  }
}

/** What the keeper is told: their answer done, or the report's first answer, which stands. */
function answerWords(r: CardReport, asked: CardAnswer, to: CardAnswer, lang: Lang): string {
  const said = { id: r.i, day: dottedDate(r.t), who: r.w };
  if (to === 'confirm') return cw(lang, asked === 'confirm' ? 'rConfirmed' : 'rWasConfirmed', said);
  const back = { ...said, at: dottedDate(r.x?.at ?? ''), reason: r.x?.note || '—' };
  return cw(lang, asked === 'return' ? 'rReturned' : 'rWasReturned', back);
}

/** Confirm: the report recorded as done by the shared function; a refusal's words, or null when recorded. */
function confirm(p: CardPlan, key: string, r: CardReport, lang: Lang): string | null {
  const request: DoneRequest = {
    item: r.i,
    due: '',
    who: r.w,
    evidence: r.e,
    note: r.n,
    via: 'card',
    key,
    mayEdit: p.mayEdit,
    today: r.t,
    confirms: true,
  };
  const out = record(p, request, PropertiesService.getScriptProperties(), null);
  if (!out.ok && out.why !== 'used') return refusal(out, r.i, lang);
  noteConfirmed(key, r, todayIn(p.plan.tz));
  return null;
}

/**
 * Return: noted on the report first (who, the day, the reason), then written as the sidebar writes its Return, then
 * marked done; a refusal's words (the item is no longer open), or the keeper's words when not the usual (else null).
 * The Status is the item's as it is now, never one saved before a cut: a viewer's report changed nothing in the plan.
 */
function giveBack(
  p: CardPlan,
  key: string,
  r: CardReport,
  reason: string,
  lang: Lang,
): { refused: string } | { said: string | null } {
  const row = findRow(p.plan, r.i);
  if (row === null) return { refused: cw(lang, 'noItem', { id: r.i }) };
  const cells = readRow(p.plan, row);
  // Done, cancelled or awaiting the sidebar's review since the mail came; or, a Return cut off and clicked again,
  // since it began: the keeper may have marked it done in the sidebar meanwhile (the Sheets project's lock, not ours).
  const blocked = reportBlocked(cells.status);
  let x = r.x;
  if (!x) {
    // Nothing of this report to send back.
    if (blocked) return { refused: refusal({ why: blocked }, r.i, lang) };
    x = { by: p.user, at: todayIn(p.plan.tz), note: reason };
    noteReturn(key, r, x);
  }
  const report = { st: 'done' as const, o: 'review' as const, v: 'card' as const, d: '', p: cells.status };
  const pending = {
    k: key,
    r: { ...report, i: r.i, e: r.e, n: r.n, w: r.w, t: r.t },
    a: { to: 'return' as const, by: x.by, at: x.at, note: x.note },
  };
  // The Return begun stands (the Log, the viewer's Notifications line); the item's cells, done since, stay as they are.
  if (blocked) recordAnswer(p.plan, pending, p.settings.language);
  else writeAnswer(p.plan, row, cells, pending, p.settings.language);
  noteReturn(key, r, { ...x, done: true });
  const said = { id: r.i, who: r.w, day: dottedDate(r.t), status: cells.status };
  return { said: blocked ? cw(lang, 'rReturnedKept', said) : null };
}
