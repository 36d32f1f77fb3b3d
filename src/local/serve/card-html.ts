/**
 * A built card drawn as HTML, the way the add-on side panel of Calendar and Gmail draws it (card-style.ts): the
 * panel's top bar (back arrow, the add-on's name, the card's menu), the card header, its sections (collapsible ones
 * show their first widgets and a "show more"), each widget, the fixed footer, the notification as a snackbar, an error
 * as Google shows a failed call. Every clickable carries the id CardHost.clickables gives it; every text is escaped.
 */
import { translator, type Lang } from '../../core/i18n/lang';
import { clickables, type CardHost } from '../workspace/card-service/card-host';
import type { ButtonJson, CardJson, SectionJson, WidgetJson } from '../workspace/card-service/model';
import { escapeHtml } from '../workspace/html';
import { formattedText, safeUrl } from './card-text';

/** The side panel's own words (Google's chrome around the card, in the user's language). */
const panelWords = translator({
  back: { kk: 'Артқа', ru: 'Назад', en: 'Back' },
  menu: { kk: 'Басқа әрекеттер', ru: 'Другие действия', en: 'More actions' },
  more: { kk: 'Толығырақ', ru: 'Показать ещё', en: 'Show more' },
  less: { kk: 'Жасыру', ru: 'Свернуть', en: 'Show less' },
  failed: { kk: 'Қосымшаның қатесі', ru: 'Ошибка дополнения', en: 'Error with the add-on' },
  opened: { kk: 'Ашылды', ru: 'Открыто', en: 'Opened' },
});

/** The Icon enum's pictures as symbols the machine's fonts have (no icon or emoji font reaches it offline). */
const ICONS: Record<string, string> = {
  CLOCK: '◷',
  EMAIL: '✉',
  PERSON: '☺',
  MULTIPLE_PEOPLE: '☺',
  DESCRIPTION: '▤',
  BOOKMARK: '⚑',
  STAR: '★',
  INVITE: '▦',
  MAP_PIN: '⌖',
  PHONE: '☎',
};

const e = escapeHtml;

/** Which clickable of the current card each button is: the drawing walks the card in CardHost's order. */
class Ids {
  private next = 0;
  take(): string {
    return `c${this.next++}`;
  }
}

function button(b: ButtonJson, ids: Ids): string {
  const style = b.color && b.type === 'FILLED' ? ` style="background:${e(b.color)}"` : '';
  const alt = b.altText ? ` aria-label="${e(b.altText)}"` : '';
  return `<button type="button" class="btn ${e(b.type)}" data-click="${ids.take()}"${style}${alt}${b.disabled ? ' disabled' : ''}>${e(b.text)}</button>`;
}

function widget(w: WidgetJson, ids: Ids): string {
  if ('textParagraph' in w) return `<div class="widget para">${formattedText(w.textParagraph.text)}</div>`;
  if ('divider' in w) return '<hr class="divider">';
  if ('buttonList' in w)
    return `<div class="widget buttons">${w.buttonList.buttons.map((b) => button(b, ids)).join('')}</div>`;
  if ('image' in w) {
    const src = safeUrl(w.image.imageUrl) ?? '';
    const click = w.image.onClick ? ` data-click="${ids.take()}"` : '';
    return `<div class="widget image"${click}><img src="${e(src)}" alt="${e(w.image.altText ?? '')}"></div>`;
  }
  if ('textInput' in w) {
    const t = w.textInput;
    const id = `in-${e(t.name)}`;
    const value = t.value ?? '';
    const field =
      t.type === 'MULTIPLE_LINE'
        ? `<textarea id="${id}" name="${e(t.name)}" data-field>${e(value)}</textarea>`
        : `<input id="${id}" name="${e(t.name)}" data-field value="${e(value)}">`;
    const hint = t.hintText ? `<div class="hint">${e(t.hintText)}</div>` : '';
    return `<div class="widget"><div class="field"><label for="${id}">${e(t.label)}</label>${field}</div>${hint}</div>`;
  }
  const d = w.decoratedText;
  const click = d.onClick ? ` data-click="${ids.take()}"` : '';
  const icon = d.startIcon
    ? `<div class="dt-icon">${
        d.startIcon.iconUrl
          ? `<img src="${e(safeUrl(d.startIcon.iconUrl) ?? '')}" alt="${e(d.startIcon.altText ?? '')}" width="24">`
          : e(ICONS[d.startIcon.knownIcon ?? ''] ?? '•')
      }</div>`
    : '';
  const top = d.topLabel ? `<div class="dt-label">${e(d.topLabel)}</div>` : '';
  const bottom = d.bottomLabel ? `<div class="dt-label">${e(d.bottomLabel)}</div>` : '';
  const text = `<div class="dt-text${d.wrapText ? '' : ' nowrap'}">${formattedText(d.text)}</div>`;
  const end = d.button ? button(d.button, ids) : '';
  return `<div class="widget dt${click ? ' clickable' : ''}"${click}>${icon}<div class="dt-body">${top}${text}${bottom}</div>${end}</div>`;
}

function section(s: SectionJson, ids: Ids, lang: Lang): string {
  const header = s.header ? `<div class="section-header">${formattedText(s.header)}</div>` : '';
  const shown = s.collapsible ? s.widgets.slice(0, s.uncollapsibleWidgetsCount) : s.widgets;
  const rest = s.collapsible ? s.widgets.slice(s.uncollapsibleWidgetsCount) : [];
  const body = shown.map((w) => widget(w, ids)).join('');
  const more = rest.length
    ? `<details class="more"><summary><span class="closed">${e(panelWords(lang, 'more'))} ▾</span>` +
      `<span class="opened">${e(panelWords(lang, 'less'))} ▴</span></summary>${rest.map((w) => widget(w, ids)).join('')}</details>`
    : '';
  return `<div class="section">${header}${body}${more}</div>`;
}

function cardBody(card: CardJson, ids: Ids, lang: Lang): string {
  const h = card.header;
  const image = h?.imageUrl
    ? `<img class="${h.imageType === 'CIRCLE' ? 'circle' : ''}" src="${e(safeUrl(h.imageUrl) ?? '')}" alt="${e(h.imageAltText ?? '')}">`
    : '';
  const header = h
    ? `<div class="card-header">${image}<div><div class="card-title">${e(h.title)}</div>${
        h.subtitle ? `<div class="card-subtitle">${e(h.subtitle)}</div>` : ''
      }</div></div>`
    : '';
  return `<div class="card" data-card="${e(card.name ?? '')}">${header}${card.sections.map((s) => section(s, ids, lang)).join('')}</div>`;
}

/** The panel as it stands: the card shown (or the list of cards to choose from), notification, error, opened links. */
export function panelHtml(host: CardHost, addOnName: string, lang: Lang): string {
  const card = host.current();
  const ids = new Ids();
  const back =
    host.stack.length > 1 || (card && host.choices.length > 1)
      ? `<button type="button" class="icon-btn" data-back aria-label="${e(panelWords(lang, 'back'))}">←</button>`
      : '<div class="logo">J</div>';
  let main = '';
  let footer = '';
  let menu = '';
  if (card) {
    main = cardBody(card, ids, lang);
    const f = card.fixedFooter;
    // The footer's buttons come after the sections in CardHost's order; the secondary one is drawn first (left).
    if (f) {
      const primary = button(f.primaryButton, ids);
      const secondary = f.secondaryButton ? button(f.secondaryButton, ids) : '';
      footer = `<div class="footer">${secondary}${primary}</div>`;
    }
    if (card.cardActions.length)
      menu =
        `<details class="menu"><summary class="icon-btn" aria-label="${e(panelWords(lang, 'menu'))}">⋮</summary>` +
        `<div class="menu-items">${card.cardActions
          .map((a) => `<button type="button" data-click="${ids.take()}">${e(a.actionLabel)}</button>`)
          .join('')}</div></details>`;
    // The walk above must have met every clickable CardHost knows, in its order.
    if (clickables(card).length !== Number(ids.take().slice(1))) throw new Error('card drawing out of step');
  } else if (host.choices.length)
    main = `<div class="choices">${host.choices
      .map(
        (c, i) =>
          `<button type="button" data-choose="${i}"><div class="card-title">${e(c.header?.title ?? c.name ?? '')}</div>${
            c.header?.subtitle ? `<div class="card-subtitle">${e(c.header.subtitle)}</div>` : ''
          }</button>`,
      )
      .join('')}</div>`;
  const opened = host.opened
    .slice(-1)
    .map((l) => {
      const url = safeUrl(l.url);
      return `<div class="opened" data-opened="${e(l.url)}">${e(panelWords(lang, 'opened'))}: ${
        url ? `<a href="${e(url)}" target="_blank" rel="noopener">${e(l.url)}</a>` : e(l.url)
      }</div>`;
    })
    .join('');
  const note = host.notification ? `<div class="snackbar" role="status">${e(host.notification)}</div>` : '';
  const error = host.error
    ? `<div class="snackbar error" role="alert">${e(panelWords(lang, 'failed'))}: ${e(host.error)}</div>`
    : '';
  return (
    `<div id="panel"><div class="topbar">${back}<div class="name">${e(addOnName)}</div>${menu}</div>` +
    `${main}${opened}${note}${error}${footer}</div>`
  );
}
