/**
 * The inspectable model of a built card: the shape of Google's card JSON (the `Card` of
 * https://developers.google.com/workspace/add-ons/reference/rpc/google.apps.card.v1, which `Card.printJson()` prints),
 * so that tests, the CardHost and the HTML renderer read what Google would draw rather than the builders' insides.
 */

export interface ActionParameterJson {
  key: string;
  value: string;
}

export interface ActionJson {
  function: string;
  parameters: ActionParameterJson[];
  loadIndicator?: string;
  persistValues?: boolean;
  requiredWidgets?: string[];
  allWidgetsAreRequired?: boolean;
}

export interface OpenLinkJson {
  url: string;
  openAs: string;
  onClose: string;
}

/** What a click does: call a function, open a link, or call a function that answers with the link to open. */
export type OnClickJson = { action: ActionJson } | { openLink: OpenLinkJson } | { openDynamicLinkAction: ActionJson };

export interface ButtonJson {
  text: string;
  altText?: string;
  disabled?: boolean;
  /** TextButtonStyle: OUTLINED (the default), FILLED, FILLED_TONAL, BORDERLESS, TEXT. */
  type: string;
  color?: string;
  onClick: OnClickJson;
}

export interface DecoratedTextJson {
  text: string;
  topLabel?: string;
  bottomLabel?: string;
  wrapText: boolean;
  /** A known icon's name (Icon enum) or an image URL. */
  startIcon?: { knownIcon?: string; iconUrl?: string; altText?: string };
  button?: ButtonJson;
  onClick?: OnClickJson;
}

export interface TextInputJson {
  name: string;
  label: string;
  hintText?: string;
  value?: string;
  type: 'SINGLE_LINE' | 'MULTIPLE_LINE';
  onChangeAction?: ActionJson;
  validation?: { characterLimit?: number; inputType?: string };
}

export type WidgetJson =
  | { textParagraph: { text: string } }
  | { decoratedText: DecoratedTextJson }
  | { buttonList: { buttons: ButtonJson[] } }
  | { textInput: TextInputJson }
  | { divider: Record<string, never> }
  | { image: { imageUrl: string; altText?: string; onClick?: OnClickJson } };

export interface SectionJson {
  header?: string;
  collapsible: boolean;
  uncollapsibleWidgetsCount: number;
  widgets: WidgetJson[];
}

export interface CardHeaderJson {
  title: string;
  subtitle?: string;
  imageUrl?: string;
  imageType?: string;
  imageAltText?: string;
}

export interface CardActionJson {
  actionLabel: string;
  onClick: OnClickJson;
}

export interface CardJson {
  name?: string;
  header?: CardHeaderJson;
  peekCardHeader?: CardHeaderJson;
  displayStyle?: string;
  sections: SectionJson[];
  cardActions: CardActionJson[];
  fixedFooter?: { primaryButton: ButtonJson; secondaryButton?: ButtonJson };
}

/** One step of a Navigation, in the order the callback chained them. */
export type NavigationStep =
  { pushCard: CardJson } | { updateCard: CardJson } | { popCard: true } | { popToRoot: true } | { popToCard: string };

export interface ActionResponseJson {
  navigations: NavigationStep[];
  notification?: { text: string };
  link?: OpenLinkJson;
  stateChanged: boolean;
}
