/**
 * What a callback answers with: Navigation, Notification, ActionResponseBuilder / ActionResponse and
 * UniversalActionResponseBuilder, following https://developers.google.com/apps-script/reference/card-service/navigation,
 * .../notification, .../action-response-builder, .../action-response and .../universal-action-response-builder.
 */
import type { Emulates } from '../conforms';
import { LocalCard } from './card';
import type { ActionResponseJson, CardJson, NavigationStep, OpenLinkJson } from './model';
import { LocalOpenLink } from './widgets';

function card(c: unknown, what: string): LocalCard {
  if (!(c instanceof LocalCard)) throw new Error(`Invalid argument: ${what}`);
  return c;
}

/** Card navigation steps, applied by the host in the order they were chained ("can be chained with other …"). */
export class LocalNavigation implements Emulates<
  GoogleAppsScript.Card_Service.Navigation,
  'pushCard' | 'popCard' | 'popToRoot' | 'popToNamedCard' | 'updateCard' | 'printJson'
> {
  readonly gasClass = 'Navigation';
  readonly steps: NavigationStep[] = [];
  pushCard(c: LocalCard): this {
    this.steps.push({ pushCard: card(c, 'card').json });
    return this;
  }
  popCard(): this {
    this.steps.push({ popCard: true });
    return this;
  }
  popToRoot(): this {
    this.steps.push({ popToRoot: true });
    return this;
  }
  popToNamedCard(cardName: string): this {
    this.steps.push({ popToCard: String(cardName) });
    return this;
  }
  /** "Does an in-place replacement of the current card." */
  updateCard(c: LocalCard): this {
    this.steps.push({ updateCard: card(c, 'card').json });
    return this;
  }
  printJson(): string {
    return JSON.stringify(this.steps, null, 2);
  }
}

export class LocalNotification implements Emulates<GoogleAppsScript.Card_Service.Notification, 'setText'> {
  readonly gasClass = 'Notification';
  text = '';
  /** "Sets the text to show in the notification. Required." */
  setText(text: string): this {
    this.text = String(text);
    return this;
  }
}

export class LocalActionResponse implements Emulates<GoogleAppsScript.Card_Service.ActionResponse, 'printJson'> {
  readonly gasClass = 'ActionResponse';
  constructor(readonly json: ActionResponseJson) {}
  printJson(): string {
    return JSON.stringify(this.json, null, 2);
  }
}

export class LocalActionResponseBuilder implements Emulates<
  GoogleAppsScript.Card_Service.ActionResponseBuilder,
  'setNavigation' | 'setNotification' | 'setOpenLink' | 'setStateChanged' | 'build'
> {
  readonly gasClass = 'ActionResponseBuilder';
  private navigation: LocalNavigation | undefined;
  private notification: LocalNotification | undefined;
  private link: LocalOpenLink | undefined;
  private stateChanged = false;
  setNavigation(navigation: LocalNavigation): this {
    if (!(navigation instanceof LocalNavigation)) throw new Error('Invalid argument: navigation');
    this.navigation = navigation;
    return this;
  }
  setNotification(notification: LocalNotification): this {
    if (!(notification instanceof LocalNotification)) throw new Error('Invalid argument: notification');
    this.notification = notification;
    return this;
  }
  setOpenLink(openLink: LocalOpenLink): this {
    if (!(openLink instanceof LocalOpenLink)) throw new Error('Invalid argument: openLink');
    this.link = openLink;
    return this;
  }
  /** "Whether this action has changed the existing state data. Defaults to false." */
  setStateChanged(stateChanged: boolean): this {
    this.stateChanged = Boolean(stateChanged);
    return this;
  }
  /** "Builds the current action response and validates it. Throws Error — if … isn't valid." */
  build(): LocalActionResponse {
    const json: ActionResponseJson = {
      navigations: [...(this.navigation?.steps ?? [])],
      stateChanged: this.stateChanged,
    };
    if (this.notification) {
      if (!this.notification.text) throw new Error('Invalid action response: a Notification has no text (required)');
      json.notification = { text: this.notification.text };
    }
    if (this.link) json.link = this.link.toJson();
    return new LocalActionResponse(json);
  }
}

/** The answer of a universal action: cards to show, or a link to open. */
export class LocalUniversalActionResponse implements Emulates<
  GoogleAppsScript.Card_Service.UniversalActionResponse,
  'printJson'
> {
  readonly gasClass = 'UniversalActionResponse';
  constructor(readonly json: { cards?: CardJson[]; link?: OpenLinkJson }) {}
  printJson(): string {
    return JSON.stringify(this.json, null, 2);
  }
}

export class LocalUniversalActionResponseBuilder implements Emulates<
  GoogleAppsScript.Card_Service.UniversalActionResponseBuilder,
  'displayAddOnCards' | 'setOpenLink' | 'build'
> {
  readonly gasClass = 'UniversalActionResponseBuilder';
  private cards: CardJson[] | undefined;
  private link: LocalOpenLink | undefined;
  displayAddOnCards(cardObjects: LocalCard[]): this {
    if (!Array.isArray(cardObjects)) throw new Error('Invalid argument: cardObjects');
    this.cards = cardObjects.map((c) => card(c, 'cardObjects').json);
    return this;
  }
  setOpenLink(openLink: LocalOpenLink): this {
    if (!(openLink instanceof LocalOpenLink)) throw new Error('Invalid argument: openLink');
    this.link = openLink;
    return this;
  }
  /** Builds and validates: a universal action response shows cards or opens a link. */
  build(): LocalUniversalActionResponse {
    if (!this.cards && !this.link)
      throw new Error('Invalid universal action response: neither displayAddOnCards nor setOpenLink was set');
    return new LocalUniversalActionResponse({
      ...(this.cards ? { cards: this.cards } : {}),
      ...(this.link ? { link: this.link.toJson() } : {}),
    });
  }
}
