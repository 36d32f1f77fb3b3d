/**
 * The card's actions. Each opens the plan again from the action's parameters (a card may be old: the row may have
 * moved, the item changed), checks who acts exactly as opening did (src/gas/cards/card-plan.ts), and answers with a
 * notification in the reader's language, never a raw exception.
 *
 * Mark done is recorded by the one function every "done from outside the sheet" goes through
 * (src/gas/plan/done-request.ts, which the mail's web app uses too): its steps look before they write, so a click
 * cut off at any write and sent again (same request key) ends as an uncut one; the Log line carries the acting user's
 * email. A card runs with the rights of the person who clicks: someone who may only view the plan can write nothing
 * to it — not even a request for review — so they are told to use their reminder's "Mark as done" link (the web app,
 * which acts with its deployer's rights and sends the report to the keeper when Settings say a keeper confirms).
 */
import { homeCard, webLink } from '../../core/cards/item-card';
import { cw, type CardWordId } from '../../core/i18n/card-words';
import { asLang, type Lang } from '../../core/i18n/lang';
import { todayIn } from '../context';
import { recordDoneRequest } from '../plan/done-request';
import { findRow, readRow } from '../sidebar/plan-access';
import { cardOfItem, rowLink } from './card-item';
import { openCardPlan, type CardPlan } from './card-plan';
import { answerUi, itemCardUi, openUi } from './card-ui';

type EventObject = GoogleAppsScript.Addons.EventObject;
type Response = GoogleAppsScript.Card_Service.ActionResponse;

const MAX_TEXT = 500;

function params(e: EventObject): { plan: string; item: string; lang: Lang; key: string } {
  const p = e?.commonEventObject?.parameters ?? {};
  return { plan: String(p.plan ?? ''), item: String(p.item ?? ''), lang: asLang(p.lang), key: String(p.key ?? '') };
}

/** A text input's value as the action's event object carries it (V8: formInputs[name].stringInputs.value). */
function input(e: EventObject, name: string): string {
  const value = e?.commonEventObject?.formInputs?.[name]?.stringInputs?.value?.[0];
  return [...String(value ?? '')]
    .map((c) => (c.charCodeAt(0) < 32 || /[\u202a-\u202e\u2066-\u2069]/.test(c) ? ' ' : c))
    .join('')
    .trim();
}

/** The plan, or the notification saying why it cannot be used. */
function open(planId: string, lang: Lang): CardPlan | Response {
  const opened = openCardPlan(planId);
  return opened.ok ? opened.value : answerUi(homeCard(opened.reason, lang, { domain: opened.domain }).text);
}

const REFUSALS: Partial<Record<string, CardWordId>> = {
  alreadyDone: 'rAlreadyDone',
  cancelled: 'rCancelled',
  inReview: 'rInReview',
  used: 'rAlreadyDone',
  busy: 'rBusy',
  notEditor: 'rMayNotEdit',
};

export function markDoneAction(e: EventObject): Response {
  const { plan: planId, item, lang, key } = params(e);
  const evidence = input(e, 'evidence');
  const note = input(e, 'note');
  if (evidence && !/^https?:\/\/[^\s"'<>]+$/i.test(evidence)) return answerUi(cw(lang, 'rBadLink'));
  if (evidence.length > MAX_TEXT || note.length > MAX_TEXT) return answerUi(cw(lang, 'rTooLong', { n: MAX_TEXT }));
  const p = open(planId, lang);
  if (!('plan' in p)) return p;
  if (!p.mayEdit) return answerUi(cw(lang, 'rMayNotEdit'));
  let out: ReturnType<typeof recordDoneRequest>;
  try {
    out = recordDoneRequest(
      {
        item,
        due: '',
        who: p.user,
        evidence,
        note,
        via: 'card',
        key: key || `card:${item}:${p.user}`,
        mayEdit: p.mayEdit,
        today: todayIn(p.plan.tz),
      },
      // A card runs in no document: the report's note is this user's (the add-on's user properties), and the lock the
      // add-on's own script lock.
      { ss: p.plan.ss, props: PropertiesService.getUserProperties(), lock: LockService.getScriptLock() },
    );
  } catch (err) {
    return answerUi(cw(lang, 'rFailed', { message: String((err as Error)?.message ?? err).slice(0, 200) }));
  }
  if (!out.ok) {
    if (out.why === 'noItem') return answerUi(cw(lang, 'noItem', { id: item }));
    return answerUi(cw(lang, REFUSALS[out.why] ?? 'rFailed', { id: item, message: out.why }));
  }
  const said = cw(lang, out.outcome === 'review' ? 'rReview' : 'rDone', { id: item, day: out.day });
  const data = cardOfItem(p, item, lang);
  return answerUi(said, data ? itemCardUi(data, { plan: planId, lang, key }) : undefined);
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
