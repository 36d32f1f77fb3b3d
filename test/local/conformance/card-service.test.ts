import { documented, gas, GAS, workspace } from './reference';

/** Google's JSON and event objects, read loosely as a test reads them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const CS = `${GAS}card-service/`;
const CARDS = 'https://developers.google.com/workspace/add-ons/concepts/cards';

function cs(): GoogleAppsScript.Card_Service.CardService {
  return gas(workspace()).CardService;
}

/** The JSON Google's printJson gives, as the test reads it. */
function json(o: { printJson(): string }): Json {
  return JSON.parse(o.printJson()) as Json;
}

function paragraphSection(c = cs(), text = 'Мәтін'): GoogleAppsScript.Card_Service.CardSection {
  return c.newCardSection().addWidget(c.newTextParagraph().setText(text));
}

describe('CardService cards', () => {
  documented(
    `${CS}card-builder#build()`,
    'build() gives a Card whose JSON holds the name, the header and the sections with their widgets in order',
    () => {
      const c = cs();
      const card = c
        .newCardBuilder()
        .setName('item')
        .setHeader(c.newCardHeader().setTitle('1.05 Оқу жоспары').setSubtitle('Мерзімі: 28.11.2025'))
        .addSection(
          c
            .newCardSection()
            .setHeader('Күйі')
            .addWidget(c.newDecoratedText().setTopLabel('Жауапты').setText('Ахметова А.').setBottomLabel('кафедра'))
            .addWidget(c.newDivider())
            .addWidget(c.newTextParagraph().setText('<b>Мерзімі өтті</b>')),
        )
        .build();
      const j = json(card);
      expect(j.name).toBe('item');
      expect(j.header).toEqual({ title: '1.05 Оқу жоспары', subtitle: 'Мерзімі: 28.11.2025' });
      expect(j.sections).toHaveLength(1);
      expect(j.sections[0].header).toBe('Күйі');
      expect(j.sections[0].widgets).toEqual([
        { decoratedText: { topLabel: 'Жауапты', text: 'Ахметова А.', bottomLabel: 'кафедра', wrapText: false } },
        { divider: {} },
        { textParagraph: { text: '<b>Мерзімі өтті</b>' } },
      ]);
    },
  );

  documented(CARDS, 'a card consists of one or more sections: building a card with none throws', () => {
    const c = cs();
    expect(() => c.newCardBuilder().setHeader(c.newCardHeader().setTitle('T')).build()).toThrow(/section/);
  });

  documented(CARDS, 'each card section contains one or more widgets: a section with none makes build() throw', () => {
    const c = cs();
    expect(() => c.newCardBuilder().addSection(c.newCardSection().setHeader('Бос')).build()).toThrow(/widget/);
  });

  documented(`${CS}card-builder#addSection(CardSection)`, "you can't add more than 100 sections to a card", () => {
    const c = cs();
    const b = c.newCardBuilder();
    for (let i = 0; i < 100; i++) b.addSection(paragraphSection(c));
    expect(() => b.addSection(paragraphSection(c))).toThrow(/100 sections/);
    expect(json(b.build()).sections).toHaveLength(100);
  });

  documented(CARDS, 'a card section can hold no more than 100 widgets', () => {
    const c = cs();
    const s = c.newCardSection();
    for (let i = 0; i < 100; i++) s.addWidget(c.newTextParagraph().setText(`${i}`));
    expect(() => s.addWidget(c.newTextParagraph().setText('101'))).toThrow(/100 widgets/);
  });

  documented(
    `${CS}card-header#setTitle(String)`,
    'a header title is required: a header without one fails build()',
    () => {
      const c = cs();
      const b = c
        .newCardBuilder()
        .setHeader(c.newCardHeader().setSubtitle('тек subtitle'))
        .addSection(paragraphSection(c));
      expect(() => b.build()).toThrow(/title/);
    },
  );

  documented(
    `${CS}card-section#setCollapsible(Boolean)`,
    'a section can be collapsible, keeping setNumUncollapsibleWidgets widgets shown when collapsed',
    () => {
      const c = cs();
      const s = paragraphSection(c).setCollapsible(true).setNumUncollapsibleWidgets(1);
      const j = json(c.newCardBuilder().addSection(s).build());
      expect(j.sections[0]).toMatchObject({ collapsible: true, uncollapsibleWidgetsCount: 1 });
    },
  );

  documented(
    `${CS}card#printJson()`,
    'a card built is a snapshot: changing the builder afterwards leaves it as it was',
    () => {
      const c = cs();
      const b = c.newCardBuilder().addSection(paragraphSection(c, 'бір'));
      const first = b.build();
      b.addSection(paragraphSection(c, 'екі'));
      expect(json(first).sections).toHaveLength(1);
      expect(json(b.build()).sections).toHaveLength(2);
    },
  );

  documented(
    `${CS}fixed-footer#setPrimaryButton(TextButton)`,
    'a fixed footer shows a primary and a secondary TextButton at the bottom of the card',
    () => {
      const c = cs();
      const button = (t: string) => c.newTextButton().setText(t).setOnClickAction(c.newAction().setFunctionName('f'));
      const card = c
        .newCardBuilder()
        .addSection(paragraphSection(c))
        .setFixedFooter(c.newFixedFooter().setPrimaryButton(button('Орындалды')).setSecondaryButton(button('Ашу')))
        .build();
      expect(json(card).fixedFooter.primaryButton.text).toBe('Орындалды');
      expect(json(card).fixedFooter.secondaryButton.text).toBe('Ашу');
    },
  );
});

describe('CardService widgets', () => {
  documented(
    `${CS}text-button#setTextButtonStyle(TextButtonStyle)`,
    'OUTLINED is the default style; FILLED buttons take the background colour set with setBackgroundColor',
    () => {
      const c = cs();
      const a = c.newAction().setFunctionName('markDone');
      const plain = c.newTextButton().setText('Ашу').setOnClickAction(a);
      const filled = c
        .newTextButton()
        .setText('Орындалды')
        .setTextButtonStyle(c.TextButtonStyle.FILLED)
        .setBackgroundColor('#1a73e8')
        .setOnClickAction(a);
      const card = c
        .newCardBuilder()
        .addSection(c.newCardSection().addWidget(c.newButtonSet().addButton(plain).addButton(filled)));
      const buttons = json(card.build()).sections[0].widgets[0].buttonList.buttons;
      expect(buttons.map((b: { type: string }) => b.type)).toEqual(['OUTLINED', 'FILLED']);
      expect(buttons[1].color).toBe('#1a73e8');
      expect(String(c.TextButtonStyle.FILLED)).toBe('FILLED');
    },
  );

  documented(`${CS}text-button#setText(String)`, 'a text button needs its text: one without fails build()', () => {
    const c = cs();
    const b = c.newTextButton().setOnClickAction(c.newAction().setFunctionName('f'));
    expect(() => c.newCardBuilder().addSection(c.newCardSection().addWidget(b)).build()).toThrow(/text/);
  });

  documented(
    `${CS}text-button#setOnClickAction(Action)`,
    'a button does something when clicked: one with no action or link fails build()',
    () => {
      const c = cs();
      const b = c.newTextButton().setText('Бос');
      expect(() => c.newCardBuilder().addSection(c.newCardSection().addWidget(b)).build()).toThrow(/action/);
    },
  );

  documented(
    `${CS}text-button#setOnClickAction(Action)`,
    'a UI object can only have one of setOpenLink, setOnClickAction, setOnClickOpenLinkAction … set',
    () => {
      const c = cs();
      const b = c.newTextButton().setText('Екеуі').setOnClickAction(c.newAction().setFunctionName('f'));
      expect(() => b.setOpenLink(c.newOpenLink().setUrl('https://example.org'))).toThrow(/only have one/);
    },
  );

  documented(
    `${CS}open-link#setOpenAs(OpenAs)`,
    'an OpenLink carries its URL, how it opens (OpenAs) and what happens when it closes (OnClose)',
    () => {
      const c = cs();
      const link = c
        .newOpenLink()
        .setUrl('https://docs.google.com/spreadsheets/d/x/edit#gid=0&range=A7')
        .setOpenAs(c.OpenAs.OVERLAY)
        .setOnClose(c.OnClose.RELOAD);
      const card = c
        .newCardBuilder()
        .addSection(c.newCardSection().addWidget(c.newTextButton().setText('Ашу').setOpenLink(link)));
      expect(json(card.build()).sections[0].widgets[0].buttonList.buttons[0].onClick).toEqual({
        openLink: {
          url: 'https://docs.google.com/spreadsheets/d/x/edit#gid=0&range=A7',
          openAs: 'OVERLAY',
          onClose: 'RELOAD',
        },
      });
    },
  );

  documented(`${CS}action#setFunctionName(String)`, 'the function name of an Action is required', () => {
    const c = cs();
    const b = c
      .newTextButton()
      .setText('X')
      .setOnClickAction(c.newAction().setParameters({ id: '1.05' }));
    expect(() => c.newCardBuilder().addSection(c.newCardSection().addWidget(b)).build()).toThrow(/function/);
  });

  documented(
    `${CS}action#setParameters(Object)`,
    'parameters pass to the callback; both keys and values must be strings',
    () => {
      const c = cs();
      const a = c.newAction().setFunctionName('markDone').setParameters({ id: '1.05', row: '7' });
      const card = c
        .newCardBuilder()
        .addSection(c.newCardSection().addWidget(c.newTextButton().setText('X').setOnClickAction(a)));
      expect(json(card.build()).sections[0].widgets[0].buttonList.buttons[0].onClick.action).toEqual({
        function: 'markDone',
        parameters: [
          { key: 'id', value: '1.05' },
          { key: 'row', value: '7' },
        ],
      });
      expect(() => c.newAction().setParameters({ row: 7 } as unknown as Record<string, string>)).toThrow(/parameters/);
    },
  );

  documented(
    `${CS}decorated-text#setText(String)`,
    'a DecoratedText needs its text; labels go above and below it; it stays on one line unless setWrapText(true)',
    () => {
      const c = cs();
      const bad = c.newDecoratedText().setTopLabel('Тек белгі');
      expect(() => c.newCardBuilder().addSection(c.newCardSection().addWidget(bad)).build()).toThrow(/text/);
      const ok = c.newDecoratedText().setText('ұзын мәтін').setWrapText(true).setIcon(c.Icon.CLOCK);
      const w = json(c.newCardBuilder().addSection(c.newCardSection().addWidget(ok)).build()).sections[0].widgets[0];
      expect(w.decoratedText).toEqual({ text: 'ұзын мәтін', wrapText: true, startIcon: { knownIcon: 'CLOCK' } });
    },
  );

  documented(
    `${CS}text-input#setFieldName(String)`,
    'a text input needs a field name, unique in the card, and a title',
    () => {
      const c = cs();
      const input = (name: string, title = 'Дәлел') => c.newTextInput().setFieldName(name).setTitle(title);
      const build = (...w: GoogleAppsScript.Card_Service.TextInput[]) => {
        const s = c.newCardSection();
        w.forEach((x) => s.addWidget(x));
        return c.newCardBuilder().addSection(s).build();
      };
      expect(() => build(c.newTextInput().setTitle('Дәлел'))).toThrow(/field name/);
      expect(() => build(input('evidence', ''))).toThrow(/title/);
      expect(() => build(input('evidence'), input('evidence', 'Ескерту'))).toThrow(/evidence/);
      const j = json(
        build(input('evidence').setHint('https://…').setValue('x'), input('note', 'Ескерту').setMultiline(true)),
      );
      expect(j.sections[0].widgets).toEqual([
        { textInput: { name: 'evidence', label: 'Дәлел', hintText: 'https://…', value: 'x', type: 'SINGLE_LINE' } },
        { textInput: { name: 'note', label: 'Ескерту', type: 'MULTIPLE_LINE' } },
      ]);
    },
  );
});

describe('CardService action responses', () => {
  documented(
    `${CS}navigation#pushCard(Card)`,
    'navigation steps are kept in the order they were chained (pushCard, popCard, updateCard, popToRoot …)',
    () => {
      const c = cs();
      const card = c.newCardBuilder().setName('next').addSection(paragraphSection(c)).build();
      const nav = c.newNavigation().popCard().pushCard(card).updateCard(card).popToRoot().popToNamedCard('next');
      const r = json(c.newActionResponseBuilder().setNavigation(nav).build());
      expect(r.navigations.map((s: object) => Object.keys(s)[0])).toEqual([
        'popCard',
        'pushCard',
        'updateCard',
        'popToRoot',
        'popToCard',
      ]);
    },
  );

  documented(`${CS}notification#setText(String)`, 'a notification text is required: build() throws without one', () => {
    const c = cs();
    expect(() => c.newActionResponseBuilder().setNotification(c.newNotification()).build()).toThrow(/text/);
    const r = json(c.newActionResponseBuilder().setNotification(c.newNotification().setText('Белгіленді')).build());
    expect(r.notification).toEqual({ text: 'Белгіленді' });
  });

  documented(
    `${CS}action-response-builder#setStateChanged(Boolean)`,
    'stateChanged defaults to false and is true once set',
    () => {
      const c = cs();
      expect(json(c.newActionResponseBuilder().build()).stateChanged).toBe(false);
      expect(json(c.newActionResponseBuilder().setStateChanged(true).build()).stateChanged).toBe(true);
    },
  );

  documented(
    `${CS}action-response-builder#setOpenLink(OpenLink)`,
    'an action response can open a URL when the action is activated',
    () => {
      const c = cs();
      const r = c
        .newActionResponseBuilder()
        .setOpenLink(c.newOpenLink().setUrl('https://docs.google.com/document/d/y'));
      expect(json(r.build()).link).toEqual({
        url: 'https://docs.google.com/document/d/y',
        openAs: 'FULL_SIZE',
        onClose: 'NOTHING',
      });
    },
  );

  documented(
    `${CS}universal-action-response-builder#displayAddOnCards(Card)`,
    'a universal action response shows the given cards or opens a link',
    () => {
      const c = cs();
      const card = c.newCardBuilder().addSection(paragraphSection(c)).build();
      expect(json(c.newUniversalActionResponseBuilder().displayAddOnCards([card]).build()).cards).toHaveLength(1);
      expect(() => c.newUniversalActionResponseBuilder().build()).toThrow();
    },
  );
});
