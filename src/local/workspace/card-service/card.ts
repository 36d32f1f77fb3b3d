/**
 * Cards: CardHeader, CardSection, FixedFooter, CardAction, CardBuilder and the built Card, following
 * https://developers.google.com/apps-script/reference/card-service/card-builder, .../card-header, .../card-section,
 * .../fixed-footer, .../card-action and .../card. build() validates and takes a snapshot: changing a builder
 * afterwards does not change a card already built.
 */
import type { Emulates } from '../conforms';
import { DisplayStyle, enumValue, ImageStyle } from './enums';
import type { CardHeaderJson, CardJson, SectionJson } from './model';
import { Clickable, invalid, LocalTextButton, type LocalWidget } from './widgets';

/** "You can't add more than 100 sections to a card" (card-builder#addSection). */
export const MAX_SECTIONS = 100;
/** "A card section can hold no more than 100 widgets" (workspace/add-ons/concepts/cards). */
export const MAX_WIDGETS = 100;

export class LocalCardHeader implements Emulates<
  GoogleAppsScript.Card_Service.CardHeader,
  'setTitle' | 'setSubtitle' | 'setImageUrl' | 'setImageStyle' | 'setImageAltText'
> {
  readonly gasClass = 'CardHeader';
  private json: Partial<CardHeaderJson> = {};
  /** "Sets the title of the header. Required." */
  setTitle(title: string): this {
    this.json.title = String(title);
    return this;
  }
  setSubtitle(subtitle: string): this {
    this.json.subtitle = String(subtitle);
    return this;
  }
  setImageUrl(imageUrl: string): this {
    this.json.imageUrl = String(imageUrl);
    return this;
  }
  setImageStyle(imageStyle: unknown): this {
    this.json.imageType = enumValue(ImageStyle, imageStyle, 'imageStyle');
    return this;
  }
  setImageAltText(imageAltText: string): this {
    this.json.imageAltText = String(imageAltText);
    return this;
  }
  toJson(): CardHeaderJson {
    if (!this.json.title) invalid('a CardHeader has no title (setTitle is required)');
    return { ...this.json, title: this.json.title };
  }
}

function isWidget(w: unknown): w is LocalWidget {
  return typeof (w as LocalWidget | null)?.toWidget === 'function';
}

export class LocalCardSection implements Emulates<
  GoogleAppsScript.Card_Service.CardSection,
  'addWidget' | 'setHeader' | 'setCollapsible' | 'setNumUncollapsibleWidgets'
> {
  readonly gasClass = 'CardSection';
  private readonly widgets: LocalWidget[] = [];
  private header: string | undefined;
  private collapsible = false;
  private uncollapsible = 0;
  /** "Adds the given widget to this section. Widgets are shown in the order they were added." */
  addWidget(widget: LocalWidget): this {
    if (!isWidget(widget)) throw new Error('Invalid argument: widget');
    if (this.widgets.length >= MAX_WIDGETS)
      throw new Error(`A card section can't hold more than ${MAX_WIDGETS} widgets.`);
    this.widgets.push(widget);
    return this;
  }
  setHeader(header: string): this {
    this.header = String(header);
    return this;
  }
  setCollapsible(collapsible: boolean): this {
    this.collapsible = Boolean(collapsible);
    return this;
  }
  /** "Sets the number of widgets that are still shown when this section is collapsed." */
  setNumUncollapsibleWidgets(numUncollapsibleWidgets: number): this {
    const n = Math.trunc(Number(numUncollapsibleWidgets));
    if (!(n >= 0)) throw new Error('Invalid argument: numUncollapsibleWidgets');
    this.uncollapsible = n;
    return this;
  }
  toJson(): SectionJson {
    if (this.widgets.length === 0) invalid('a CardSection has no widgets (each section holds one or more)');
    const json: SectionJson = {
      collapsible: this.collapsible,
      uncollapsibleWidgetsCount: this.uncollapsible,
      widgets: this.widgets.map((w) => w.toWidget()),
    };
    if (this.header !== undefined) json.header = this.header;
    return json;
  }
}

export class LocalFixedFooter implements Emulates<
  GoogleAppsScript.Card_Service.FixedFooter,
  'setPrimaryButton' | 'setSecondaryButton'
> {
  readonly gasClass = 'FixedFooter';
  private primary: LocalTextButton | undefined;
  private secondary: LocalTextButton | undefined;
  /** "Set the primary button in the fixed footer. The button must be a TextButton." */
  setPrimaryButton(button: LocalTextButton): this {
    if (!(button instanceof LocalTextButton)) throw new Error('Invalid argument: button');
    this.primary = button;
    return this;
  }
  setSecondaryButton(button: LocalTextButton): this {
    if (!(button instanceof LocalTextButton)) throw new Error('Invalid argument: button');
    this.secondary = button;
    return this;
  }
  toJson(): NonNullable<CardJson['fixedFooter']> {
    if (!this.primary) invalid('a FixedFooter has no primary button (setPrimaryButton is required)');
    const json: NonNullable<CardJson['fixedFooter']> = { primaryButton: this.primary.toButton() };
    if (this.secondary) json.secondaryButton = this.secondary.toButton();
    return json;
  }
}

export class LocalCardAction
  extends Clickable
  implements
    Emulates<
      GoogleAppsScript.Card_Service.CardAction,
      'setText' | 'setOnClickAction' | 'setOnClickOpenLinkAction' | 'setOpenLink'
    >
{
  readonly gasClass = 'CardAction';
  private text = '';
  setText(text: string): this {
    this.text = String(text);
    return this;
  }
  toJson(): CardJson['cardActions'][number] {
    if (!this.text) invalid('a CardAction has no text (setText is required)');
    const onClick = this.onClickJson();
    if (!onClick) invalid(`the CardAction "${this.text}" has no action or link`);
    return { actionLabel: this.text, onClick };
  }
}

/** A built card: what a trigger or a Navigation hands to the host. */
export class LocalCard implements Emulates<GoogleAppsScript.Card_Service.Card, 'printJson'> {
  readonly gasClass = 'Card';
  constructor(readonly json: CardJson) {}
  /** "Prints the JSON representation of this object. This is for debugging only." */
  printJson(): string {
    return JSON.stringify(this.json, null, 2);
  }
}

export class LocalCardBuilder implements Emulates<
  GoogleAppsScript.Card_Service.CardBuilder,
  | 'addSection'
  | 'addCardAction'
  | 'setHeader'
  | 'setName'
  | 'setFixedFooter'
  | 'setDisplayStyle'
  | 'setPeekCardHeader'
  | 'build'
> {
  readonly gasClass = 'CardBuilder';
  private readonly sections: LocalCardSection[] = [];
  private readonly actions: LocalCardAction[] = [];
  private header: LocalCardHeader | undefined;
  private peek: LocalCardHeader | undefined;
  private name: string | undefined;
  private footer: LocalFixedFooter | undefined;
  private displayStyle: string | undefined;
  /** "Adds a section to this card. You can't add more than 100 sections to a card." */
  addSection(section: LocalCardSection): this {
    if (!(section instanceof LocalCardSection)) throw new Error('Invalid argument: section');
    if (this.sections.length >= MAX_SECTIONS)
      throw new Error(`You can't add more than ${MAX_SECTIONS} sections to a card.`);
    this.sections.push(section);
    return this;
  }
  addCardAction(cardAction: LocalCardAction): this {
    if (!(cardAction instanceof LocalCardAction)) throw new Error('Invalid argument: cardAction');
    this.actions.push(cardAction);
    return this;
  }
  setHeader(cardHeader: LocalCardHeader): this {
    if (!(cardHeader instanceof LocalCardHeader)) throw new Error('Invalid argument: cardHeader');
    this.header = cardHeader;
    return this;
  }
  setPeekCardHeader(peekCardHeader: LocalCardHeader): this {
    if (!(peekCardHeader instanceof LocalCardHeader)) throw new Error('Invalid argument: peekCardHeader');
    this.peek = peekCardHeader;
    return this;
  }
  /** "Sets the name for this card. The name can be used for navigation." */
  setName(name: string): this {
    this.name = String(name);
    return this;
  }
  setFixedFooter(fixedFooter: LocalFixedFooter): this {
    if (!(fixedFooter instanceof LocalFixedFooter)) throw new Error('Invalid argument: fixedFooter');
    this.footer = fixedFooter;
    return this;
  }
  setDisplayStyle(displayStyle: unknown): this {
    this.displayStyle = enumValue(DisplayStyle, displayStyle, 'displayStyle');
    return this;
  }
  /** "Builds the current card and validates it. Throws Error — if the constructed card isn't valid." */
  build(): LocalCard {
    if (this.sections.length === 0) invalid('a card has no sections (a card consists of one or more sections)');
    const json: CardJson = {
      sections: this.sections.map((s) => s.toJson()),
      cardActions: this.actions.map((a) => a.toJson()),
    };
    if (this.name !== undefined) json.name = this.name;
    if (this.header) json.header = this.header.toJson();
    if (this.peek) json.peekCardHeader = this.peek.toJson();
    if (this.displayStyle) json.displayStyle = this.displayStyle;
    if (this.footer) json.fixedFooter = this.footer.toJson();
    checkUniqueFieldNames(json);
    return new LocalCard(json);
  }
}

/** TextInput.setFieldName: "Required, must be unique" — two inputs of one card with one name are refused. */
function checkUniqueFieldNames(card: CardJson): void {
  const seen = new Set<string>();
  for (const s of card.sections)
    for (const w of s.widgets)
      if ('textInput' in w) {
        if (seen.has(w.textInput.name)) invalid(`two TextInputs share the field name "${w.textInput.name}"`);
        seen.add(w.textInput.name);
      }
}
