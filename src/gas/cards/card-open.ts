/**
 * What the add-on shows when Calendar or Gmail asks: the item cards of an opened Jospar event or reminder, else one
 * short home card saying why there is none (not Jospar's, outside the domain, no access to the plan, no such item).
 * The card is in the language of the person who opens it (commonEventObject.userLocale: kk, ru, else en).
 */
import { homeCard, type HomeReason } from '../../core/cards/item-card';
import { reminderSubject } from '../../core/cards/mail-subject';
import { cw } from '../../core/i18n/card-words';
import type { Lang } from '../../core/i18n/lang';
import { cardOfItem } from './card-item';
import { namedPlans, openCardPlan, subjectNames } from './card-plan';
import { homeCardUi, itemCardUi, newRequestKey } from './card-ui';
import { reportCards } from './report-card';
import { eventItem } from './event-item';

type EventObject = GoogleAppsScript.Addons.EventObject;
type Card = GoogleAppsScript.Card_Service.Card;

/** The reader's language: Kazakh and Russian as such, anything else English. */
export function langOf(e: EventObject | undefined): Lang {
  const locale = String(e?.commonEventObject?.userLocale ?? '').toLowerCase();
  return locale.startsWith('kk') ? 'kk' : locale.startsWith('ru') ? 'ru' : 'en';
}

function home(reason: HomeReason, lang: Lang, params: { domain?: string; id?: string } = {}): Card[] {
  return [homeCardUi(homeCard(reason, lang, params))];
}

/** Calendar's and Gmail's homepage (no event, no message open). */
export function homeCards(e: EventObject): Card[] {
  return home('home', langOf(e));
}

/** Calendar's eventOpenTrigger: the event's item, found from its private properties (event-item.ts). */
export function calendarCards(e: EventObject): Card[] {
  const lang = langOf(e);
  const found = eventItem(e?.calendar);
  if (!found) return home('notJospar', lang);
  const plans = found.planId ? [found.planId] : namedPlans();
  let why: { reason: HomeReason; domain: string } = { reason: 'noPlan', domain: '' };
  for (const planId of plans) {
    const opened = openCardPlan(planId);
    if (!opened.ok) {
      // Outside the domain is said whatever another plan would say.
      if (opened.reason === 'outside' || why.reason !== 'outside') why = opened;
      continue;
    }
    const data = cardOfItem(opened.value, found.itemId, lang);
    if (!data) {
      why = { reason: 'noItem', domain: '' };
      continue;
    }
    return [itemCardUi(data, { plan: planId, lang, key: newRequestKey() })];
  }
  return home(why.reason, lang, { domain: why.domain, id: found.itemId });
}

/**
 * Gmail's contextual trigger: a viewer's report sent to the keeper (report-card.ts), else a Jospar reminder's items,
 * from its subject (the one part of the mail Jospar controls that the message-metadata scope reads:
 * src/core/cards/mail-subject.ts), in the plans the deployment names. A subject names at most five items a group; the
 * card says when the mail lists more.
 */
export function gmailCards(e: EventObject): Card[] {
  const lang = langOf(e);
  const g = e?.gmail;
  if (!g?.messageId || !g.accessToken) return home('notJosparMail', lang);
  let message: GoogleAppsScript.Gmail.GmailMessage;
  let subject: string;
  try {
    GmailApp.setCurrentMessageAccessToken(g.accessToken);
    message = GmailApp.getMessageById(g.messageId);
    subject = message.getSubject();
  } catch {
    return home('notJosparMail', lang);
  }
  // A viewer's report to the keeper (src/gas/cards/report-card.ts) names its item as a reminder does: read it first.
  const report = reportCards(message, lang);
  if (report) return report;
  // Which of the named plans it is about is known only once a plan is open: a plan that cannot be opened, or not by
  // this reader, is said only when no plan claims the mail.
  let why: { reason: HomeReason; domain: string } = { reason: 'notJosparMail', domain: '' };
  for (const planId of namedPlans()) {
    const opened = openCardPlan(planId);
    if (!opened.ok) {
      if (opened.reason === 'outside' || why.reason !== 'outside') why = opened;
      continue;
    }
    const p = opened.value;
    const read = reminderSubject(subject, subjectNames(p));
    if (!read) continue;
    const cards: Card[] = [];
    for (const id of read.ids) {
      const data = cardOfItem(p, id, lang);
      if (data) cards.push(itemCardUi(data, { plan: planId, lang, key: newRequestKey() }));
    }
    if (read.more) cards.push(homeCardUi({ title: cw(lang, 'homeTitle'), text: cw(lang, 'moreInMail') }));
    if (cards.length) return cards;
  }
  return home(why.reason, lang, { domain: why.domain });
}
