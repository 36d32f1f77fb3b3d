/**
 * The host side of a card add-on, as Calendar's or Gmail's side panel runs it: it calls a trigger function and shows
 * the card(s) it returns; a click on a widget calls the action's function with Google's action event object
 * (https://developers.google.com/workspace/add-ons/concepts/event-objects: commonEventObject with the action's
 * `parameters` and the card's `formInputs`, plus the host's own part) and applies the ActionResponse it returns —
 * navigation steps in order, a notification, a link to open. Tests and `jospar serve` drive it the same way.
 */
import { CutOff } from '../counter';
import { LocalCard } from './card';
import type { ActionJson, ButtonJson, CardJson, NavigationStep, OnClickJson, OpenLinkJson } from './model';
import { LocalActionResponse, LocalUniversalActionResponse } from './responses';

export type AddOnFunctions = Record<string, unknown>;

export interface HostContext {
  /** commonEventObject.hostApp: CALENDAR or GMAIL. */
  hostApp: 'CALENDAR' | 'GMAIL';
  /** The host's own part of the event object: { calendar: { calendarId, id, … } } or { gmail: { messageId, … } }. */
  hostPart: Record<string, unknown>;
  timeZone: { id: string; offset: number };
  userLocale: string;
}

/** Something in the current card a person can click, numbered in the order it is drawn. */
export interface Clickable {
  id: string;
  label: string;
  onClick: OnClickJson;
  disabled: boolean;
}

/** The clickable things of a card in drawing order: section widgets, the fixed footer, then the card's menu. */
export function clickables(card: CardJson): Clickable[] {
  const out: Clickable[] = [];
  const add = (label: string, onClick: OnClickJson, disabled = false) =>
    out.push({ id: `c${out.length}`, label, onClick, disabled });
  const button = (b: ButtonJson) => add(b.text, b.onClick, b.disabled ?? false);
  for (const section of card.sections)
    for (const w of section.widgets) {
      if ('buttonList' in w) w.buttonList.buttons.forEach(button);
      else if ('decoratedText' in w) {
        if (w.decoratedText.onClick) add(w.decoratedText.text, w.decoratedText.onClick);
        if (w.decoratedText.button) button(w.decoratedText.button);
      } else if ('image' in w && w.image.onClick) add(w.image.altText ?? w.image.imageUrl, w.image.onClick);
    }
  if (card.fixedFooter) {
    button(card.fixedFooter.primaryButton);
    if (card.fixedFooter.secondaryButton) button(card.fixedFooter.secondaryButton);
  }
  for (const a of card.cardActions) add(a.actionLabel, a.onClick);
  return out;
}

/** The text inputs of a card with the values they show before anyone types. */
function prefilled(card: CardJson): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of card.sections)
    for (const w of s.widgets) if ('textInput' in w) out.set(w.textInput.name, w.textInput.value ?? '');
  return out;
}

export class CardHost {
  /** The cards the trigger returned; more than one shows as a list of their headers until one is chosen. */
  choices: CardJson[] = [];
  /** The navigation stack: the last card is the one shown. */
  stack: CardJson[] = [];
  /** The last notification (a snackbar), cleared by the next click. */
  notification: string | null = null;
  /** An error the last call ended with, as the side panel shows it; cleared by the next click. */
  error: string | null = null;
  /** Links opened, oldest first (the host does not follow them: a test or the page does). */
  readonly opened: OpenLinkJson[] = [];
  /** Whether the last action response said it changed the data (setStateChanged). */
  stateChanged = false;
  /** Every callback the host made, with the event object it passed. */
  readonly calls: { name: string; event: Record<string, unknown> }[] = [];

  constructor(
    private readonly functions: AddOnFunctions,
    readonly context: HostContext,
  ) {}

  /** The card shown now, or null (a list of cards to choose from, or nothing yet). */
  current(): CardJson | null {
    return this.stack.at(-1) ?? null;
  }

  /** Runs a contextual or homepage trigger: its Card, or array of Cards, becomes what the panel shows. */
  open(triggerFunction: string): this {
    this.reset();
    const result = this.call(triggerFunction, this.event());
    if (result === undefined) return this;
    const cards = Array.isArray(result) ? result : [result];
    if (cards.length === 0 || !cards.every((c) => c instanceof LocalCard)) {
      this.error = `${triggerFunction} did not return a Card or an array of Cards`;
      return this;
    }
    this.choices = cards.map((c: LocalCard) => c.json);
    this.stack = this.choices.length === 1 ? [this.choices[0]] : [];
    return this;
  }

  /** A person picks one card of the list the trigger returned. */
  choose(index: number): this {
    const card = this.choices[index];
    if (card) this.stack = [card];
    return this;
  }

  /** Back to the list of cards (or the root card): the side panel's back arrow. */
  back(): this {
    if (this.stack.length > 1) this.stack.pop();
    else if (this.choices.length > 1) this.stack = [];
    return this;
  }

  /**
   * A person clicks the clickable whose id ("c0" …) or label is `target`, having typed `typed` into the card's text
   * inputs (field name → text); inputs not typed into keep the value the card gave them.
   */
  click(target: string, typed: Record<string, string> = {}): this {
    const card = this.current();
    this.reset();
    if (!card) throw new Error('no card is shown');
    const all = clickables(card);
    const hit = all.find((c) => c.id === target) ?? all.find((c) => c.label === target);
    if (!hit) throw new Error(`no clickable "${target}" on the card (${all.map((c) => c.label).join(', ')})`);
    if (hit.disabled) return this;
    const onClick = hit.onClick;
    if ('openLink' in onClick) {
      this.opened.push(onClick.openLink);
      return this;
    }
    const action = 'action' in onClick ? onClick.action : onClick.openDynamicLinkAction;
    const inputs = prefilled(card);
    for (const [k, v] of Object.entries(typed)) if (inputs.has(k)) inputs.set(k, String(v));
    this.runAction(action, inputs, 'openDynamicLinkAction' in onClick);
    return this;
  }

  private reset(): void {
    this.notification = null;
    this.error = null;
    this.stateChanged = false;
  }

  private runAction(action: ActionJson, inputs: Map<string, string>, wantsLink: boolean): void {
    const parameters = Object.fromEntries(action.parameters.map((p) => [p.key, p.value]));
    const formInputs: Record<string, { stringInputs: { value: string[] } }> = {};
    for (const [k, v] of inputs) if (v !== '') formInputs[k] = { stringInputs: { value: [v] } };
    const event = this.event({ parameters, formInputs });
    const result = this.call(action.function, event);
    if (this.error || result === undefined || result === null) return;
    if (result instanceof LocalUniversalActionResponse) {
      if (result.json.cards) this.stack = result.json.cards.slice(0, 1);
      if (result.json.link) this.opened.push(result.json.link);
      return;
    }
    if (!(result instanceof LocalActionResponse)) {
      this.error = `${action.function} did not return an ActionResponse`;
      return;
    }
    const r = result.json;
    for (const step of r.navigations) this.navigate(step);
    if (r.notification) this.notification = r.notification.text;
    if (r.link) this.opened.push(r.link);
    else if (wantsLink) this.error = `${action.function} was to answer with a link to open (setOpenLink)`;
    this.stateChanged = r.stateChanged;
  }

  private navigate(step: NavigationStep): void {
    if ('pushCard' in step) this.stack.push(step.pushCard);
    else if ('updateCard' in step) this.stack[Math.max(0, this.stack.length - 1)] = step.updateCard;
    else if ('popCard' in step) {
      if (this.stack.length > 1) this.stack.pop();
    } else if ('popToRoot' in step) this.stack.splice(1);
    else {
      const at = this.stack.map((c) => c.name).lastIndexOf(step.popToCard);
      if (at >= 0) this.stack.splice(at + 1);
    }
  }

  /** Google's event object for this host: the common part, the host's part, and the deprecated Gmail-era fields. */
  private event(
    action: {
      parameters: Record<string, string>;
      formInputs: Record<string, { stringInputs: { value: string[] } }>;
    } = {
      parameters: {},
      formInputs: {},
    },
  ): Record<string, unknown> {
    const c = this.context;
    const common: Record<string, unknown> = {
      hostApp: c.hostApp,
      platform: 'WEB',
      timeZone: { ...c.timeZone },
      userLocale: c.userLocale,
    };
    if (Object.keys(action.parameters).length) common.parameters = { ...action.parameters };
    if (Object.keys(action.formInputs).length) common.formInputs = structuredClone(action.formInputs);
    const formInput = Object.fromEntries(
      Object.entries(action.formInputs).map(([k, v]) => [k, v.stringInputs.value[0]]),
    );
    const formInputs = Object.fromEntries(Object.entries(action.formInputs).map(([k, v]) => [k, v.stringInputs.value]));
    return {
      commonEventObject: common,
      ...structuredClone(c.hostPart),
      parameters: { ...action.parameters },
      formInput,
      formInputs,
      clientPlatform: 'web',
      userLocale: c.userLocale,
      userTimezone: { id: c.timeZone.id, offSet: String(c.timeZone.offset) },
      hostApp: c.hostApp.toLowerCase(),
    };
  }

  /** Calls a function of the add-on as Apps Script would; an error ends the call and shows, it does not crash. */
  private call(name: string, event: Record<string, unknown>): unknown {
    this.calls.push({ name, event });
    const fn = this.functions[name];
    if (typeof fn !== 'function') {
      this.error = `Script function not found: ${name}`;
      return undefined;
    }
    try {
      return (fn as (e: unknown) => unknown)(event);
    } catch (e) {
      // A cut-off is the run stopping (fault injection), not an error the panel shows: it goes on up.
      if (e instanceof CutOff) throw e;
      this.error = e instanceof Error ? e.message : String(e);
      return undefined;
    }
  }
}
