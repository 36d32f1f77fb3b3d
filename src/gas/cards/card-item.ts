/**
 * One plan item as the card shows it: its row found by ID (never by position), read with the sidebar's reader
 * (src/gas/sidebar/item-view.ts: the one item state computed from the row), then projected by core
 * (src/core/cards/item-card.ts) in the reader's language.
 */
import { itemCard, type CardItemInput, type ItemCardData } from '../../core/cards/item-card';
import type { Lang } from '../../core/i18n/lang';
import { itemAt } from '../sidebar/item-view';
import { findRow } from '../sidebar/plan-access';
import { cardDecision, type CardPlan } from './card-plan';
import { sentReportOf } from './report-notes';

/** The item's card data, or null when the plan has no such item. */
export function cardOfItem(p: CardPlan, itemId: string, lang: Lang): ItemCardData | null {
  const row = findRow(p.plan, itemId);
  if (row === null) return null;
  const view = itemAt(p.plan, row, p.roles, p.settings, p.context, { approval: false, review: false });
  if (!view) return null;
  const input: CardItemInput = {
    id: view.id,
    unit: view.unit,
    activity: view.activity,
    responsible: view.roles.map((r) => r.name),
    deadline: view.deadline,
    deliverable: view.deliverable,
    evidence: view.evidence,
    docLink: view.docLink,
    state: view.itemState,
  };
  const decision = cardDecision(p);
  // A viewer's report mailed to the keeper changes nothing in the plan: their card says it went, and to whom.
  const sent = decision === 'review' ? sentReportOf(p.plan.ss.getId(), view.id) : null;
  // Returned by the keeper (their Gmail card, report-answer.ts): the card says so with the reason, until a new report.
  const back = sent?.x?.done ? { by: sent.x.by, day: sent.x.at, reason: sent.x.note } : undefined;
  if (sent)
    input.reported = { to: sent.k, day: sent.t, unsure: sent.st === 'unsure', ...(back ? { returned: back } : {}) };
  return itemCard(input, lang, decision);
}

/** The link to the item's row in the Plan, where it is now (rows move when people sort). */
export function rowLink(p: CardPlan, itemId: string): string | null {
  const row = findRow(p.plan, itemId);
  if (row === null) return null;
  return `${p.plan.ss.getUrl()}#gid=${p.plan.sheet.getSheetId()}&range=A${row}`;
}
