/**
 * The card's actions. Each opens the plan again from the action's parameters (a card may be old: the row may have
 * moved, the item changed), checks who acts exactly as opening did (src/gas/cards/card-plan.ts), and answers with a
 * notification in the reader's language, never a raw exception.
 *
 * Mark done goes where core's decision says (src/core/plan/done-request.ts doneDecision, the one every "done from
 * outside the sheet" takes): someone who may edit the plan has it recorded by the one shared function
 * (src/gas/plan/done-request.ts recordDoneRequest, which the mail's web app uses too), the Log naming them; someone who
 * may not edit it can write nothing to it with their own rights, so when Settings say a keeper confirms, the report
 * goes to the keeper as a mail from them (report-send.ts), and otherwise they are told who can mark it. Each click
 * carries its own request key (made when the card was drawn): the same click sent again after a cut is the same
 * request and ends as an uncut one; a card drawn again after an answer has a new key, so a later report is a new one.
 * The keeper's answers to a viewer's report (Confirm, Return) are report-answer.ts's, with the helpers exported here.
 */
import { homeCard, webLink } from '../../core/cards/item-card';
import { REQUEST_KEY } from '../../core/cards/mail-subject';
import { cw, type CardWordId } from '../../core/i18n/card-words';
import { asLang, type Lang } from '../../core/i18n/lang';
import { reportBlocked } from '../../core/plan/done-request';
import { dottedDate } from '../../core/text/dotted-date';
import { todayIn } from '../context';
import { recordDoneRequest, type DoneRequest } from '../plan/done-request';
import { findRow, readRow } from '../sidebar/plan-access';
import { cardOfItem, rowLink } from './card-item';
import { cardDecision, keepersOf, openCardPlan, type CardPlan } from './card-plan';
import { answerUi, itemCardUi, newRequestKey, openUi } from './card-ui';
import { cardReportOf } from './report-notes';
import { sendForReview } from './report-send';

type EventObject = GoogleAppsScript.Addons.EventObject;
type Response = GoogleAppsScript.Card_Service.ActionResponse;

export const MAX_TEXT = 500;

export function params(e: EventObject): { plan: string; item: string; lang: Lang; key: string } {
  const p = e?.commonEventObject?.parameters ?? {};
  const key = String(p.key ?? '');
  return {
    plan: String(p.plan ?? ''),
    item: String(p.item ?? ''),
    lang: asLang(p.lang),
    key: REQUEST_KEY.test(key) ? key : '',
  };
}

/** A text input's value as the action's event object carries it (V8: formInputs[name].stringInputs.value). */
export function input(e: EventObject, name: string): string {
  const value = e?.commonEventObject?.formInputs?.[name]?.stringInputs?.value?.[0];
  return [...String(value ?? '')]
    .map((c) => (c.charCodeAt(0) < 32 || /[\u202a-\u202e\u2066-\u2069]/.test(c) ? ' ' : c))
    .join('')
    .trim();
}

/** The plan, or the notification saying why it cannot be used. */
export function open(planId: string, lang: Lang): CardPlan | Response {
  const opened = openCardPlan(planId);
  return opened.ok ? opened.value : answerUi(homeCard(opened.reason, lang, { domain: opened.domain }).text);
}

const REFUSALS: Partial<Record<string, CardWordId>> = {
  alreadyDone: 'rAlreadyDone',
  cancelled: 'rCancelled',
  inReview: 'rInReview',
  used: 'rAlreadyDone',
  busy: 'rBusy',
};

/** The answer with the item's card drawn again as it is now, with a fresh key for a next request. */
function answerWithCard(p: CardPlan, planId: string, item: string, lang: Lang, said: string): Response {
  const data = cardOfItem(p, item, lang);
  return answerUi(said, data ? itemCardUi(data, { plan: planId, lang, key: newRequestKey() }) : undefined);
}

/**
 * recordDoneRequest as a card calls it: the plan it opened, the add-on's own lock (null: the caller holds it), the
 * note in `props`.
 */
export function record(
  p: CardPlan,
  request: DoneRequest,
  props: GoogleAppsScript.Properties.Properties,
  lock: GoogleAppsScript.Lock.Lock | null = LockService.getScriptLock(),
) {
  try {
    return recordDoneRequest(request, { ss: p.plan.ss, props, lock });
  } catch (err) {
    return { ok: false as const, why: 'failed', message: String((err as Error)?.message ?? err).slice(0, 200) };
  }
}

export function refusal(out: { why: string; message?: string }, item: string, lang: Lang): string {
  if (out.why === 'noItem') return cw(lang, 'noItem', { id: item });
  return cw(lang, REFUSALS[out.why] ?? 'rFailed', { id: item, message: out.message ?? out.why });
}

export function markDoneAction(e: EventObject): Response {
  const { plan: planId, item, lang } = params(e);
  // A click without a key of its own (a card drawn by an older release) gets one now: its retry is a new request.
  const key = params(e).key || newRequestKey();
  const evidence = input(e, 'evidence');
  const note = input(e, 'note');
  if (evidence && !/^https?:\/\/[^\s"'<>]+$/i.test(evidence)) return answerUi(cw(lang, 'rBadLink'));
  if (evidence.length > MAX_TEXT || note.length > MAX_TEXT) return answerUi(cw(lang, 'rTooLong', { n: MAX_TEXT }));
  const p = open(planId, lang);
  if (!('plan' in p)) return p;
  const decision = cardDecision(p);
  if (decision === 'refuse') {
    const keepers = keepersOf(p);
    return answerUi(cw(lang, 'rMayNotEdit', { id: item, keepers: keepers.join(', ') || cw(lang, 'anyKeeper') }));
  }
  if (decision === 'review') {
    const row = findRow(p.plan, item);
    if (row === null) return answerUi(cw(lang, 'noItem', { id: item }));
    // Asked again after a cut, the same request finishes (or says it went) whatever the Status says now.
    const blocked = cardReportOf(key) ? null : reportBlocked(readRow(p.plan, row).status);
    if (blocked) return answerUi(refusal({ why: blocked }, item, lang));
    return answerWithCard(p, planId, item, lang, sendForReview(p, { planId, item, evidence, note, key }, lang));
  }
  const request: DoneRequest = {
    item,
    due: '',
    who: p.user,
    evidence,
    note,
    via: 'card',
    key,
    mayEdit: p.mayEdit,
    today: todayIn(p.plan.tz),
  };
  // A card runs in no document: the report's note is this user's (the add-on's user properties).
  const out = record(p, request, PropertiesService.getUserProperties());
  if (!out.ok) return answerUi(refusal(out, item, lang));
  const said = cw(lang, out.outcome === 'review' ? 'rReview' : 'rDone', { id: item, day: dottedDate(out.day) });
  return answerWithCard(p, planId, item, lang, said);
}

export function openRowAction(e: EventObject): Response {
  const { plan: planId, item, lang } = params(e);
  const p = open(planId, lang);
  if (!('plan' in p)) return p;
  const url = rowLink(p, item);
  return url ? openUi(url) : answerUi(cw(lang, 'noItem', { id: item }));
}

export function openDocumentAction(e: EventObject): Response {
  const { plan: planId, item, lang } = params(e);
  const p = open(planId, lang);
  if (!('plan' in p)) return p;
  const row = findRow(p.plan, item);
  if (row === null) return answerUi(cw(lang, 'noItem', { id: item }));
  const url = webLink(readRow(p.plan, row).docLink ?? '');
  return url ? openUi(url) : answerUi(cw(lang, 'rNoDoc'));
}
