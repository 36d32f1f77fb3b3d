/**
 * Core's card data (src/core/cards/item-card.ts) as CardService cards, with Google's builders
 * (https://developers.google.com/apps-script/reference/card-service). Card text is read by Google as a small HTML
 * subset, so every piece of plan text is escaped: a "<b>" typed into an activity shows as typed.
 *
 * Each action carries in its parameters what the callback needs to act again without the card: the plan's id, the
 * item's id, the reader's language, and for Mark done a request key made when the card was built, so the same click
 * sent twice (a retry after a timeout) is one request, and another click another.
 */
import type { CardField, HomeCardData, ItemCardData, ReportCardData } from '../../core/cards/item-card';
import type { Lang } from '../../core/i18n/lang';
import { escapeHtml } from '../../core/text/escape-html';

/** The callbacks' names: top-level functions of the add-on's bundle (src/gas/card-index.ts). */
export const CALLBACKS = {
  done: 'josparCardMarkDone',
  row: 'josparCardOpenRow',
  doc: 'josparCardOpenDocument',
  confirm: 'josparCardConfirmReport',
  giveBack: 'josparCardReturnReport',
} as const;

/**
 * A key for one Mark done request from this card: the same card clicked twice is one request, a card opened (or drawn
 * again after an answer) later another. The time it was made, besides a random part, keeps two openings apart; short
 * and plain, since a report's subject carries it (src/core/cards/mail-subject.ts REQUEST_KEY).
 */
export function newRequestKey(): string {
  return `${Date.now().toString(36)}-${Utilities.getUuid().replace(/-/g, '').slice(-10)}`;
}

export interface CardContext {
  plan: string;
  lang: Lang;
  /** A fresh key for this card's Mark done request. */
  key: string;
}

function action(fn: string, params: Record<string, string>): GoogleAppsScript.Card_Service.Action {
  return CardService.newAction().setFunctionName(fn).setParameters(params);
}

/** Labelled fields, each escaped (card text is read as HTML) and opening its link when it has one. */
function fieldWidgets(section: GoogleAppsScript.Card_Service.CardSection, fields: CardField[]): void {
  for (const f of fields) {
    const w = CardService.newDecoratedText()
      .setTopLabel(escapeHtml(f.label))
      .setText(escapeHtml(f.text))
      .setWrapText(true);
    if (f.link) w.setOpenLink(CardService.newOpenLink().setUrl(f.link));
    section.addWidget(w);
  }
}

/** The card's header and the item's fields with its Open buttons; Mark done is the caller's to add. */
function itemCardBase(d: ItemCardData, params: Record<string, string>): GoogleAppsScript.Card_Service.CardBuilder {
  const fields = CardService.newCardSection();
  fieldWidgets(fields, d.fields);
  const buttons = CardService.newButtonSet();
  for (const a of d.actions.filter((x) => x.kind !== 'done'))
    buttons.addButton(CardService.newTextButton().setText(a.label).setOnClickAction(action(CALLBACKS[a.kind], params)));
  fields.addWidget(buttons);
  return CardService.newCardBuilder()
    .setName(`item:${d.id}`)
    .setHeader(CardService.newCardHeader().setTitle(escapeHtml(d.title)).setSubtitle(escapeHtml(d.subtitle)))
    .addSection(fields);
}

export function itemCardUi(d: ItemCardData, ctx: CardContext): GoogleAppsScript.Card_Service.Card {
  const params = { plan: ctx.plan, item: d.id, lang: ctx.lang };
  const card = itemCardBase(d, params);
  if (d.doneForm) {
    const form = d.doneForm;
    card.addSection(
      CardService.newCardSection()
        .addWidget(CardService.newTextInput().setFieldName('evidence').setTitle(form.evidence))
        .addWidget(CardService.newTextInput().setFieldName('note').setTitle(form.note).setMultiline(true))
        .addWidget(CardService.newTextParagraph().setText(escapeHtml(form.hint)))
        .addWidget(
          CardService.newTextButton()
            .setText(form.submit)
            .setTextButtonStyle(CardService.TextButtonStyle.FILLED)
            .setOnClickAction(action(CALLBACKS.done, { ...params, key: ctx.key })),
        ),
    );
  }
  return card.build();
}

/**
 * The keeper's card of a viewer's report (opened from its mail in Gmail): the item, then who reported it, when, with
 * what, and Confirm done, or Return with a reason (as the sidebar's review box offers both); `ctx.key` is the
 * report's own key, so answering it twice is one record.
 */
export function reportCardUi(d: ItemCardData, r: ReportCardData, ctx: CardContext): GoogleAppsScript.Card_Service.Card {
  const params = { plan: ctx.plan, item: d.id, lang: ctx.lang };
  const section = CardService.newCardSection();
  fieldWidgets(section, r.fields);
  if (r.hint) section.addWidget(CardService.newTextParagraph().setText(escapeHtml(r.hint)));
  if (r.confirm)
    section.addWidget(
      CardService.newTextButton()
        .setText(r.confirm)
        .setTextButtonStyle(CardService.TextButtonStyle.FILLED)
        .setOnClickAction(action(CALLBACKS.confirm, { ...params, key: ctx.key })),
    );
  const card = itemCardBase(d, params).setName(`report:${ctx.key}`).addSection(section);
  if (r.giveBack)
    card.addSection(
      CardService.newCardSection()
        .addWidget(CardService.newTextInput().setFieldName('reason').setTitle(r.giveBack.reason).setMultiline(true))
        .addWidget(
          CardService.newTextButton()
            .setText(r.giveBack.label)
            .setOnClickAction(action(CALLBACKS.giveBack, { ...params, key: ctx.key })),
        ),
    );
  return card.build();
}

/** The short card shown where there is no item to show, and why. */
export function homeCardUi(h: HomeCardData): GoogleAppsScript.Card_Service.Card {
  return CardService.newCardBuilder()
    .setName('home')
    .setHeader(CardService.newCardHeader().setTitle(escapeHtml(h.title)))
    .addSection(CardService.newCardSection().addWidget(CardService.newTextParagraph().setText(escapeHtml(h.text))))
    .build();
}

/** An action's answer: a notification, and the card drawn again when it changed. */
export function answerUi(
  text: string,
  card?: GoogleAppsScript.Card_Service.Card,
): GoogleAppsScript.Card_Service.ActionResponse {
  const b = CardService.newActionResponseBuilder().setNotification(CardService.newNotification().setText(text));
  if (card) b.setNavigation(CardService.newNavigation().updateCard(card));
  return b.build();
}

/** An action's answer that opens a link (in a new tab, as Google opens an OpenLink by default). */
export function openUi(url: string): GoogleAppsScript.Card_Service.ActionResponse {
  return CardService.newActionResponseBuilder().setOpenLink(CardService.newOpenLink().setUrl(url)).build();
}
