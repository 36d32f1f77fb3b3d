/**
 * CardService's widgets and the objects a click carries, following Google's reference pages under
 * https://developers.google.com/apps-script/reference/card-service/ (action, open-link, text-button, button-set,
 * text-paragraph, decorated-text, text-input, divider, image, validation). Setters only record; what Google requires
 * is checked when the card is built (CardBuilder.build "builds the current card and validates it").
 */
import type { Emulates } from '../conforms';
import { enumValue, Icon, InputType, LoadIndicator, OnClose, OpenAs, TextButtonStyle } from './enums';
import type { ActionJson, ButtonJson, OnClickJson, OpenLinkJson, TextInputJson, WidgetJson } from './model';

/** An invalid card: Apps Script throws when build() validates. */
export function invalid(what: string): never {
  throw new Error(`Invalid card: ${what}`);
}

export class LocalAction implements Emulates<
  GoogleAppsScript.Card_Service.Action,
  'setFunctionName' | 'setParameters' | 'setLoadIndicator' | 'setPersistValues'
> {
  readonly gasClass = 'Action';
  private functionName = '';
  private parameters: Record<string, string> = {};
  private loadIndicator: string | undefined;
  private persistValues: boolean | undefined;

  /** "Sets the name of the callback function to be called. Required." */
  setFunctionName(functionName: string): this {
    this.functionName = String(functionName);
    return this;
  }
  /** "Allows custom parameters to be passed to the callback function. … Both keys and values must be strings." */
  setParameters(parameters: Record<string, string>): this {
    if (parameters === null || typeof parameters !== 'object') throw new Error('Invalid argument: parameters');
    for (const [k, v] of Object.entries(parameters))
      if (typeof v !== 'string') throw new Error(`Invalid argument: parameters (the value of ${k} is not a string)`);
    this.parameters = { ...parameters };
    return this;
  }
  setLoadIndicator(loadIndicator: unknown): this {
    this.loadIndicator = enumValue(LoadIndicator, loadIndicator, 'loadIndicator');
    return this;
  }
  setPersistValues(persistValues: boolean): this {
    this.persistValues = Boolean(persistValues);
    return this;
  }
  toJson(): ActionJson {
    if (!this.functionName) invalid('an Action has no function name (setFunctionName is required)');
    const json: ActionJson = {
      function: this.functionName,
      parameters: Object.entries(this.parameters).map(([key, value]) => ({ key, value })),
    };
    if (this.loadIndicator) json.loadIndicator = this.loadIndicator;
    if (this.persistValues !== undefined) json.persistValues = this.persistValues;
    return json;
  }
}

export class LocalOpenLink implements Emulates<
  GoogleAppsScript.Card_Service.OpenLink,
  'setUrl' | 'setOpenAs' | 'setOnClose'
> {
  readonly gasClass = 'OpenLink';
  private url = '';
  private openAs: string = OpenAs.FULL_SIZE;
  private onClose: string = OnClose.NOTHING;
  /** "Sets the URL to be opened. … Required." */
  setUrl(url: string): this {
    this.url = String(url);
    return this;
  }
  setOpenAs(openAs: unknown): this {
    this.openAs = enumValue(OpenAs, openAs, 'openAs');
    return this;
  }
  setOnClose(onClose: unknown): this {
    this.onClose = enumValue(OnClose, onClose, 'onClose');
    return this;
  }
  toJson(): OpenLinkJson {
    if (!this.url) invalid('an OpenLink has no URL (setUrl is required)');
    return { url: this.url, openAs: this.openAs, onClose: this.onClose };
  }
}

function isAction(a: unknown): a is LocalAction {
  return a instanceof LocalAction;
}

/**
 * What a widget does when clicked. "A UI object can only have one of setOpenLink(openLink), setOnClickAction(action),
 * setOnClickOpenLinkAction(action), setAuthorizationAction(action), or setComposeAction(action, composedEmailType)
 * set" (text-button#setOnClickAction): a second one is refused.
 */
export class Clickable {
  protected click: { kind: 'action' | 'dynamic'; action: LocalAction } | { kind: 'link'; link: LocalOpenLink } | null =
    null;
  private claim(): void {
    if (this.click) throw new Error('A UI object can only have one of setOpenLink, setOnClickAction, … set.');
  }
  setOnClickAction(action: LocalAction): this {
    if (!isAction(action)) throw new Error('Invalid argument: action');
    this.claim();
    this.click = { kind: 'action', action };
    return this;
  }
  setOnClickOpenLinkAction(action: LocalAction): this {
    if (!isAction(action)) throw new Error('Invalid argument: action');
    this.claim();
    this.click = { kind: 'dynamic', action };
    return this;
  }
  setOpenLink(openLink: LocalOpenLink): this {
    if (!(openLink instanceof LocalOpenLink)) throw new Error('Invalid argument: openLink');
    this.claim();
    this.click = { kind: 'link', link: openLink };
    return this;
  }
  protected onClickJson(): OnClickJson | undefined {
    if (!this.click) return undefined;
    if (this.click.kind === 'link') return { openLink: this.click.link.toJson() };
    if (this.click.kind === 'dynamic') return { openDynamicLinkAction: this.click.action.toJson() };
    return { action: this.click.action.toJson() };
  }
}

export interface LocalWidget {
  readonly gasClass: string;
  toWidget(): WidgetJson;
}

export class LocalTextButton
  extends Clickable
  implements
    LocalWidget,
    Emulates<
      GoogleAppsScript.Card_Service.TextButton,
      | 'setText'
      | 'setAltText'
      | 'setBackgroundColor'
      | 'setDisabled'
      | 'setTextButtonStyle'
      | 'setOnClickAction'
      | 'setOnClickOpenLinkAction'
      | 'setOpenLink'
    >
{
  readonly gasClass = 'TextButton';
  private text = '';
  private altText: string | undefined;
  private color: string | undefined;
  private disabled = false;
  private style: string = TextButtonStyle.OUTLINED;
  setText(text: string): this {
    this.text = String(text);
    return this;
  }
  setAltText(altText: string): this {
    this.altText = String(altText);
    return this;
  }
  /** "Sets the background color for TextButtonStyle.FILLED button." */
  setBackgroundColor(backgroundColor: string): this {
    this.color = String(backgroundColor);
    return this;
  }
  setDisabled(disabled: boolean): this {
    this.disabled = Boolean(disabled);
    return this;
  }
  setTextButtonStyle(textButtonStyle: unknown): this {
    this.style = enumValue(TextButtonStyle, textButtonStyle, 'textButtonStyle');
    return this;
  }
  toButton(): ButtonJson {
    if (!this.text) invalid('a TextButton has no text (setText is required)');
    const onClick = this.onClickJson();
    if (!onClick) invalid(`the TextButton "${this.text}" has no action, link or open-link action`);
    const json: ButtonJson = { text: this.text, type: this.style, onClick };
    if (this.altText !== undefined) json.altText = this.altText;
    if (this.color !== undefined) json.color = this.color;
    if (this.disabled) json.disabled = true;
    return json;
  }
  toWidget(): WidgetJson {
    return { buttonList: { buttons: [this.toButton()] } };
  }
}

export class LocalButtonSet implements LocalWidget, Emulates<GoogleAppsScript.Card_Service.ButtonSet, 'addButton'> {
  readonly gasClass = 'ButtonSet';
  private readonly buttons: LocalTextButton[] = [];
  addButton(button: LocalTextButton): this {
    if (!(button instanceof LocalTextButton)) throw new Error('Invalid argument: button');
    this.buttons.push(button);
    return this;
  }
  toWidget(): WidgetJson {
    if (this.buttons.length === 0) invalid('a ButtonSet has no buttons');
    return { buttonList: { buttons: this.buttons.map((b) => b.toButton()) } };
  }
}

export class LocalTextParagraph
  implements LocalWidget, Emulates<GoogleAppsScript.Card_Service.TextParagraph, 'setText'>
{
  readonly gasClass = 'TextParagraph';
  private text = '';
  /** "Sets the text of the paragraph. Required." (Basic HTML formatting is allowed: see the renderer.) */
  setText(text: string): this {
    this.text = String(text);
    return this;
  }
  toWidget(): WidgetJson {
    if (!this.text) invalid('a TextParagraph has no text (setText is required)');
    return { textParagraph: { text: this.text } };
  }
}

export class LocalDecoratedText
  extends Clickable
  implements
    LocalWidget,
    Emulates<
      GoogleAppsScript.Card_Service.DecoratedText,
      | 'setText'
      | 'setTopLabel'
      | 'setBottomLabel'
      | 'setWrapText'
      | 'setIcon'
      | 'setIconUrl'
      | 'setIconAltText'
      | 'setButton'
      | 'setOnClickAction'
      | 'setOnClickOpenLinkAction'
      | 'setOpenLink'
    >
{
  readonly gasClass = 'DecoratedText';
  private text = '';
  private topLabel: string | undefined;
  private bottomLabel: string | undefined;
  private wrap = false;
  private icon: { knownIcon?: string; iconUrl?: string; altText?: string } | undefined;
  private button: LocalTextButton | undefined;
  /** "Sets the text to be used as the value. … Required." */
  setText(text: string): this {
    this.text = String(text);
    return this;
  }
  setTopLabel(text: string): this {
    this.topLabel = String(text);
    return this;
  }
  setBottomLabel(text: string): this {
    this.bottomLabel = String(text);
    return this;
  }
  /** "Sets whether the value text should be displayed on a single line or multiple lines." Single by default. */
  setWrapText(wrapText: boolean): this {
    this.wrap = Boolean(wrapText);
    return this;
  }
  setIcon(icon: unknown): this {
    this.icon = { ...this.icon, knownIcon: enumValue(Icon, icon, 'icon'), iconUrl: undefined };
    return this;
  }
  setIconUrl(url: string): this {
    this.icon = { ...this.icon, iconUrl: String(url), knownIcon: undefined };
    return this;
  }
  setIconAltText(altText: string): this {
    this.icon = { ...this.icon, altText: String(altText) };
    return this;
  }
  setButton(button: LocalTextButton): this {
    if (!(button instanceof LocalTextButton)) throw new Error('Invalid argument: button');
    this.button = button;
    return this;
  }
  toWidget(): WidgetJson {
    if (!this.text) invalid('a DecoratedText has no text (setText is required)');
    const json: WidgetJson & { decoratedText: Record<string, unknown> } = {
      decoratedText: { text: this.text, wrapText: this.wrap },
    };
    const d = json.decoratedText;
    if (this.topLabel !== undefined) d.topLabel = this.topLabel;
    if (this.bottomLabel !== undefined) d.bottomLabel = this.bottomLabel;
    if (this.icon && (this.icon.knownIcon || this.icon.iconUrl))
      d.startIcon = Object.fromEntries(Object.entries(this.icon).filter(([, v]) => v !== undefined));
    if (this.button) d.button = this.button.toButton();
    const onClick = this.onClickJson();
    if (onClick) d.onClick = onClick;
    return json;
  }
}

export class LocalValidation implements Emulates<
  GoogleAppsScript.Card_Service.Validation,
  'setCharacterLimit' | 'setInputType'
> {
  readonly gasClass = 'Validation';
  characterLimit: number | undefined;
  inputType: string | undefined;
  setCharacterLimit(characterLimit: number): this {
    this.characterLimit = Math.trunc(Number(characterLimit));
    return this;
  }
  setInputType(inputType: unknown): this {
    this.inputType = enumValue(InputType, inputType, 'inputType');
    return this;
  }
}

export class LocalTextInput
  implements
    LocalWidget,
    Emulates<
      GoogleAppsScript.Card_Service.TextInput,
      'setFieldName' | 'setTitle' | 'setHint' | 'setValue' | 'setMultiline' | 'setOnChangeAction' | 'setValidation'
    >
{
  readonly gasClass = 'TextInput';
  private fieldName = '';
  private title = '';
  private hint: string | undefined;
  private value: string | undefined;
  private multiline = false;
  private onChange: LocalAction | undefined;
  private validation: LocalValidation | undefined;
  /** "Sets the key that identifies this text input in the event object … Required, must be unique." */
  setFieldName(fieldName: string): this {
    this.fieldName = String(fieldName);
    return this;
  }
  /** "Sets the title to be shown above the input field. Required." */
  setTitle(title: string): this {
    this.title = String(title);
    return this;
  }
  setHint(hint: string): this {
    this.hint = String(hint);
    return this;
  }
  setValue(value: string): this {
    this.value = String(value);
    return this;
  }
  setMultiline(multiline: boolean): this {
    this.multiline = Boolean(multiline);
    return this;
  }
  setOnChangeAction(action: LocalAction): this {
    if (!isAction(action)) throw new Error('Invalid argument: action');
    this.onChange = action;
    return this;
  }
  setValidation(validation: LocalValidation): this {
    if (!(validation instanceof LocalValidation)) throw new Error('Invalid argument: validation');
    this.validation = validation;
    return this;
  }
  toWidget(): WidgetJson {
    if (!this.fieldName) invalid('a TextInput has no field name (setFieldName is required)');
    if (!this.title) invalid(`the TextInput "${this.fieldName}" has no title (setTitle is required)`);
    const json: TextInputJson = {
      name: this.fieldName,
      label: this.title,
      type: this.multiline ? 'MULTIPLE_LINE' : 'SINGLE_LINE',
    };
    if (this.hint !== undefined) json.hintText = this.hint;
    if (this.value !== undefined) json.value = this.value;
    if (this.onChange) json.onChangeAction = this.onChange.toJson();
    if (this.validation)
      json.validation = Object.fromEntries(
        Object.entries({ characterLimit: this.validation.characterLimit, inputType: this.validation.inputType }).filter(
          ([, v]) => v !== undefined,
        ),
      );
    return { textInput: json };
  }
}

export class LocalDivider implements LocalWidget {
  readonly gasClass = 'Divider';
  toWidget(): WidgetJson {
    return { divider: {} };
  }
}

export class LocalImage
  extends Clickable
  implements
    LocalWidget,
    Emulates<GoogleAppsScript.Card_Service.Image, 'setImageUrl' | 'setAltText' | 'setOnClickAction' | 'setOpenLink'>
{
  readonly gasClass = 'Image';
  private url = '';
  private alt: string | undefined;
  setImageUrl(url: string): this {
    this.url = String(url);
    return this;
  }
  setAltText(altText: string): this {
    this.alt = String(altText);
    return this;
  }
  toWidget(): WidgetJson {
    if (!this.url) invalid('an Image has no URL (setImageUrl is required)');
    const image: { imageUrl: string; altText?: string; onClick?: OnClickJson } = { imageUrl: this.url };
    if (this.alt !== undefined) image.altText = this.alt;
    const onClick = this.onClickJson();
    if (onClick) image.onClick = onClick;
    return { image };
  }
}
