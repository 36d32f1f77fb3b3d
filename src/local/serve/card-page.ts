/**
 * `jospar serve`'s Calendar and Gmail cards: a page holding the add-on side panel (300 px, card-html.ts) for a chosen
 * Jospar event or mail, with the list of the others beside it. Opening the page runs the card add-on's trigger in a
 * CardHost of its own (a session); a click in the panel posts {click, inputs} | {choose} | {back} to the session, the
 * host calls the action's function and applies its response, and the panel is drawn again.
 */
import { randomBytes } from 'node:crypto';
import { asLang, translator, type Lang } from '../../core/i18n/lang';
import { CardHost, type AddOnFunctions, type HostContext } from '../workspace/card-service/card-host';
import { escapeHtml } from '../workspace/html';
import { panelHtml } from './card-html';
import { CARD_CSS } from './card-style';
import { TOKEN_HEADER } from './request-guard';

export type CardHostKind = 'calendar' | 'gmail';

export interface CardChoice {
  id: string;
  label: string;
}

/** Where the cards come from: the card add-on's functions and, per host, what can be opened and how. */
export interface CardSource {
  addOnName: string;
  functions: AddOnFunctions;
  /** The events (calendar) or mails (gmail) a person may open, in the order the page lists them. */
  choices(kind: CardHostKind): CardChoice[];
  /** The trigger function to run for `id` and the host context its event objects carry. */
  open(kind: CardHostKind, id: string): { trigger: string; context: HostContext };
}

const MAX_SESSIONS = 50;

/** The words of the list beside the panel. */
const chooserWords = translator({
  calendar: { kk: 'Jospar оқиғалары', ru: 'События Jospar', en: 'Jospar events' },
  gmail: { kk: 'Jospar хаттары', ru: 'Письма Jospar', en: 'Jospar mail' },
  none: { kk: 'Әзірге жоқ', ru: 'Пока нет', en: 'None yet' },
});

export class CardSessions {
  private readonly sessions = new Map<string, CardHost>();
  constructor(private readonly source: CardSource) {}

  /** Opens the card of `id` (the first choice when none or unknown) in a new session: the page. */
  page(kind: CardHostKind, id: string | null, token: string): string {
    const choices = this.source.choices(kind);
    const chosen = choices.find((c) => c.id === id) ?? choices[0];
    const session = randomBytes(12).toString('hex');
    let panel: string;
    let lang: Lang = 'kk';
    if (chosen) {
      const { trigger, context } = this.source.open(kind, chosen.id);
      const host = new CardHost(this.source.functions, context).open(trigger);
      if (this.sessions.size >= MAX_SESSIONS) this.sessions.delete(this.sessions.keys().next().value!);
      this.sessions.set(session, host);
      lang = asLang(context.userLocale);
      panel = panelHtml(host, this.source.addOnName, lang);
    } else
      panel = `<div id="panel"><div class="topbar"><div class="name">${escapeHtml(this.source.addOnName)}</div></div></div>`;
    const list = choices
      .map(
        (c) =>
          `<a href="?id=${encodeURIComponent(c.id)}"${c === chosen ? ' class="current"' : ''}>${escapeHtml(c.label)}</a>`,
      )
      .join('');
    const other = kind === 'calendar' ? 'gmail' : 'calendar';
    return `<!doctype html>
<html lang="kk"><head><meta charset="utf-8"><title>${escapeHtml(`${this.source.addOnName} · ${kind}`)}</title>
<style>${CARD_CSS}</style></head>
<body data-session="${session}">${panel}
<aside class="chooser"><p>${kind === 'calendar' ? '▦' : '✉'} ${escapeHtml(chooserWords(lang, kind))}${
      list ? '' : `: ${escapeHtml(chooserWords(lang, 'none'))}`
    }</p>${list}
<p><a href="/cards/${other}">${other === 'calendar' ? '▦ Calendar' : '✉ Gmail'}</a> · <a href="/">Sheets</a></p></aside>
<script>${clientScript(`/cards/act/${session}`, token)}</script></body></html>`;
  }

  /** A click, a choice or the back arrow in a session's panel: the panel drawn again. */
  act(session: string, request: unknown): { html: string } | null {
    const host = this.sessions.get(session);
    if (!host) return null;
    const r = (request ?? {}) as { click?: unknown; inputs?: unknown; choose?: unknown; back?: unknown };
    if (typeof r.click === 'string') {
      const typed: Record<string, string> = {};
      if (r.inputs && typeof r.inputs === 'object')
        for (const [k, v] of Object.entries(r.inputs)) if (typeof v === 'string') typed[k] = v;
      try {
        host.click(r.click, typed);
      } catch (e) {
        host.error = String((e as Error)?.message ?? e);
      }
    } else if (Number.isInteger(r.choose)) host.choose(r.choose as number);
    else if (r.back) host.back();
    return { html: panelHtml(host, this.source.addOnName, asLang(host.context.userLocale)) };
  }
}

/** The panel alone as a page (no list, no script): what `npm start` draws as out/screens/<host>-card.png. */
export function panelDocument(host: CardHost, addOnName: string): string {
  return `<!doctype html>
<html lang="kk"><head><meta charset="utf-8"><style>${CARD_CSS}</style></head>
<body>${panelHtml(host, addOnName, asLang(host.context.userLocale))}</body></html>`;
}

/** The panel's clicks, posted with the run's token; the answer replaces the panel. */
function clientScript(endpoint: string, token: string): string {
  return `(function () {
  var ENDPOINT = ${JSON.stringify(endpoint)}, TOKEN = ${JSON.stringify(token)};
  document.addEventListener('click', function (ev) {
    var b = ev.target.closest('[data-click],[data-choose],[data-back]');
    if (!b || b.disabled) return;
    ev.preventDefault();
    var body;
    if (b.hasAttribute('data-click')) {
      var inputs = {};
      document.querySelectorAll('#panel [data-field]').forEach(function (i) { inputs[i.name] = i.value; });
      body = { click: b.getAttribute('data-click'), inputs: inputs };
    } else if (b.hasAttribute('data-choose')) body = { choose: Number(b.getAttribute('data-choose')) };
    else body = { back: true };
    document.body.setAttribute('data-busy', '1');
    fetch(ENDPOINT, { method: 'POST', body: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json', ${JSON.stringify(TOKEN_HEADER)}: TOKEN } })
      .then(function (r) { return r.json(); })
      .then(function (answer) {
        if (answer && answer.html) document.getElementById('panel').outerHTML = answer.html;
        document.body.removeAttribute('data-busy');
      });
  });
})();`;
}
