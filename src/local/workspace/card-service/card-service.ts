/**
 * CardService (https://developers.google.com/apps-script/reference/card-service/card-service): the factories and enums
 * a Google Workspace add-on builds its cards and action responses with, as far as Jospar's cards use them.
 */
import type { Emulates } from '../conforms';
import { LocalCardAction, LocalCardBuilder, LocalCardHeader, LocalCardSection, LocalFixedFooter } from './card';
import * as enums from './enums';
import {
  LocalActionResponseBuilder,
  LocalNavigation,
  LocalNotification,
  LocalUniversalActionResponseBuilder,
} from './responses';
import {
  LocalAction,
  LocalButtonSet,
  LocalDecoratedText,
  LocalDivider,
  LocalImage,
  LocalOpenLink,
  LocalTextButton,
  LocalTextInput,
  LocalTextParagraph,
  LocalValidation,
} from './widgets';

export class LocalCardService implements Emulates<
  GoogleAppsScript.Card_Service.CardService,
  | 'newCardBuilder'
  | 'newCardHeader'
  | 'newCardSection'
  | 'newCardAction'
  | 'newFixedFooter'
  | 'newDecoratedText'
  | 'newTextParagraph'
  | 'newTextButton'
  | 'newButtonSet'
  | 'newTextInput'
  | 'newValidation'
  | 'newDivider'
  | 'newImage'
  | 'newAction'
  | 'newOpenLink'
  | 'newNavigation'
  | 'newNotification'
  | 'newActionResponseBuilder'
  | 'newUniversalActionResponseBuilder'
> {
  readonly gasClass = 'CardService';
  readonly TextButtonStyle = enums.TextButtonStyle;
  readonly OpenAs = enums.OpenAs;
  readonly OnClose = enums.OnClose;
  readonly ImageStyle = enums.ImageStyle;
  readonly LoadIndicator = enums.LoadIndicator;
  readonly DisplayStyle = enums.DisplayStyle;
  readonly HorizontalAlignment = enums.HorizontalAlignment;
  readonly InputType = enums.InputType;
  readonly Icon = enums.Icon;

  newCardBuilder(): LocalCardBuilder {
    return new LocalCardBuilder();
  }
  newCardHeader(): LocalCardHeader {
    return new LocalCardHeader();
  }
  newCardSection(): LocalCardSection {
    return new LocalCardSection();
  }
  newCardAction(): LocalCardAction {
    return new LocalCardAction();
  }
  newFixedFooter(): LocalFixedFooter {
    return new LocalFixedFooter();
  }
  newDecoratedText(): LocalDecoratedText {
    return new LocalDecoratedText();
  }
  newTextParagraph(): LocalTextParagraph {
    return new LocalTextParagraph();
  }
  newTextButton(): LocalTextButton {
    return new LocalTextButton();
  }
  newButtonSet(): LocalButtonSet {
    return new LocalButtonSet();
  }
  newTextInput(): LocalTextInput {
    return new LocalTextInput();
  }
  newValidation(): LocalValidation {
    return new LocalValidation();
  }
  newDivider(): LocalDivider {
    return new LocalDivider();
  }
  newImage(): LocalImage {
    return new LocalImage();
  }
  newAction(): LocalAction {
    return new LocalAction();
  }
  newOpenLink(): LocalOpenLink {
    return new LocalOpenLink();
  }
  newNavigation(): LocalNavigation {
    return new LocalNavigation();
  }
  newNotification(): LocalNotification {
    return new LocalNotification();
  }
  newActionResponseBuilder(): LocalActionResponseBuilder {
    return new LocalActionResponseBuilder();
  }
  newUniversalActionResponseBuilder(): LocalUniversalActionResponseBuilder {
    return new LocalUniversalActionResponseBuilder();
  }
}
