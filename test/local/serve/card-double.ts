/**
 * A stand-in for the Workspace add-on in the serve tests of the card panel: item cards built with the emulated
 * CardService the way a card add-on builds them (long Kazakh text, labels, inputs, buttons, a footer), a Mark done
 * that updates the card and notifies, an Open document link. The real add-on's cards are tested with its own tests.
 */
import type { CardSource } from '../../../src/local/serve/card-page';
import type { HostContext } from '../../../src/local/workspace/card-service/card-host';
import { Workspace } from '../../../src/local/workspace/workspace';

const ITEMS = [
  {
    id: '1.05',
    activity:
      'Кафедраның 2025-2026 оқу жылына арналған жұмыс оқу жоспарларын әзірлеу және факультеттің оқу-әдістемелік кеңесінде бекіту',
    responsible: 'Ахметова Гүлнара Сейітқызы, кафедра меңгерушісінің оқу-әдістемелік жұмыс жөніндегі орынбасары',
    deadline: 'қараша айының соңғы жұмыс күні',
  },
  { id: '2.01', activity: 'Оқытушылардың жеке жоспарлары', responsible: 'Барлық оқытушылар', deadline: '15.09.2025' },
];

export function cardDouble(): CardSource & { done: Set<string> } {
  const cs = new Workspace().globals().CardService as GoogleAppsScript.Card_Service.CardService;
  const done = new Set<string>();
  const card = (item: (typeof ITEMS)[number]) => {
    const finished = done.has(item.id);
    const section = cs
      .newCardSection()
      .addWidget(cs.newDecoratedText().setTopLabel('Іс-шара').setText(item.activity).setWrapText(true))
      .addWidget(cs.newDecoratedText().setTopLabel('Жауапты').setText(item.responsible).setWrapText(true))
      .addWidget(
        cs
          .newDecoratedText()
          .setTopLabel('Мерзімі')
          .setText(item.deadline)
          .setBottomLabel(finished ? 'Орындалды' : 'Мерзімі өтті: 3 күн')
          .setWrapText(true),
      );
    const b = cs
      .newCardBuilder()
      .setName(item.id)
      .setHeader(
        cs
          .newCardHeader()
          .setTitle(`${item.id} <script>x</script>`)
          .setSubtitle(finished ? 'Орындалды' : 'Мерзімі өтті'),
      )
      .addSection(section);
    if (!finished)
      b.addSection(
        cs
          .newCardSection()
          .setHeader('Орындалды деп белгілеу')
          .addWidget(
            cs.newTextInput().setFieldName('evidence').setTitle('Дәлел сілтемесі (міндетті емес)').setHint('https://…'),
          )
          .addWidget(cs.newTextInput().setFieldName('note').setTitle('Ескерту').setMultiline(true)),
      ).setFixedFooter(
        cs
          .newFixedFooter()
          .setPrimaryButton(
            cs
              .newTextButton()
              .setText('Орындалды деп белгілеу')
              .setTextButtonStyle(cs.TextButtonStyle.FILLED)
              .setOnClickAction(cs.newAction().setFunctionName('markDone').setParameters({ id: item.id })),
          )
          .setSecondaryButton(
            cs
              .newTextButton()
              .setText('Құжатты ашу')
              .setOpenLink(cs.newOpenLink().setUrl('https://docs.google.com/document/d/doc-1')),
          ),
      );
    return b.build();
  };
  const functions = {
    onEvent: (e: { calendar: { id: string } }) => [card(ITEMS.find((i) => i.id === e.calendar.id)!)],
    onMail: () => ITEMS.map(card),
    markDone: (e: { commonEventObject: { parameters: { id: string } } }) => {
      const id = e.commonEventObject.parameters.id;
      done.add(id);
      return cs
        .newActionResponseBuilder()
        .setNavigation(cs.newNavigation().updateCard(card(ITEMS.find((i) => i.id === id)!)))
        .setNotification(cs.newNotification().setText(`${id} орындалды деп белгіленді`))
        .setStateChanged(true)
        .build();
    },
  };
  const context = (hostApp: 'CALENDAR' | 'GMAIL', part: Record<string, unknown>): HostContext => ({
    hostApp,
    hostPart: part,
    timeZone: { id: 'Asia/Almaty', offset: 18_000_000 },
    userLocale: 'kk',
  });
  return {
    done,
    addOnName: 'Jospar',
    functions,
    choices: (kind) =>
      kind === 'calendar'
        ? ITEMS.map((i) => ({ id: i.id, label: `${i.id} ${i.activity}` }))
        : [{ id: 'm1', label: 'Jospar: 1.05, 2.01' }],
    open: (kind, id) =>
      kind === 'calendar'
        ? { trigger: 'onEvent', context: context('CALENDAR', { calendar: { calendarId: 'jospar', id } }) }
        : { trigger: 'onMail', context: context('GMAIL', { gmail: { messageId: id } }) },
  };
}
