/**
 * The CardHost: how Calendar's and Gmail's side panel run a card add-on's functions. The add-on here is a test double
 * written against the CardService globals (the real add-on's cards are tested with it in test/gas).
 */
import { CardHost, clickables } from '../../../src/local/workspace/card-service/card-host';
import { CutOff } from '../../../src/local/workspace/counter';
import { documented, gas, workspace } from './reference';

/** Google's JSON and event objects, read loosely as a test reads them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const EVENTS = 'https://developers.google.com/workspace/add-ons/concepts/event-objects';
const NAV = 'https://developers.google.com/apps-script/reference/card-service/navigation';

/** A small add-on: an item card with an evidence input and Mark done / Open document / Details / Fail buttons. */
function addOn() {
  const c = gas(workspace()).CardService;
  let done = false;
  const itemCard = () =>
    c
      .newCardBuilder()
      .setName('item')
      .setHeader(
        c
          .newCardHeader()
          .setTitle('1.05')
          .setSubtitle(done ? 'Орындалды' : 'Мерзімі өтті'),
      )
      .addSection(
        c
          .newCardSection()
          .addWidget(c.newTextInput().setFieldName('evidence').setTitle('Дәлел'))
          .addWidget(c.newTextInput().setFieldName('note').setTitle('Ескерту').setValue('алдын ала'))
          .addWidget(
            c
              .newButtonSet()
              .addButton(
                c
                  .newTextButton()
                  .setText('Mark done')
                  .setOnClickAction(c.newAction().setFunctionName('markDone').setParameters({ id: '1.05' })),
              )
              .addButton(c.newTextButton().setText('Open document').setOpenLink(c.newOpenLink().setUrl('https://d/1')))
              .addButton(
                c.newTextButton().setText('Details').setOnClickAction(c.newAction().setFunctionName('details')),
              )
              .addButton(c.newTextButton().setText('Fail').setOnClickAction(c.newAction().setFunctionName('fails'))),
          ),
      )
      .build();
  const seen: Json[] = [];
  const functions = {
    onEventOpen: (e: Json) => (seen.push(e), itemCard()),
    markDone: (e: Json) => {
      seen.push(e);
      done = true;
      return c
        .newActionResponseBuilder()
        .setNavigation(c.newNavigation().updateCard(itemCard()))
        .setNotification(c.newNotification().setText('Орындалды деп белгіленді'))
        .setStateChanged(true)
        .build();
    },
    details: () =>
      c
        .newActionResponseBuilder()
        .setNavigation(
          c.newNavigation().pushCard(
            c
              .newCardBuilder()
              .setName('details')
              .addSection(
                c
                  .newCardSection()
                  .addWidget(c.newTextButton().setText('Back').setOnClickAction(c.newAction().setFunctionName('back'))),
              )
              .build(),
          ),
        )
        .build(),
    back: () => c.newActionResponseBuilder().setNavigation(c.newNavigation().popCard()).build(),
    fails: () => {
      throw new Error('Кесте табылмады');
    },
  };
  return { functions, seen };
}

function host(functions: Record<string, unknown>): CardHost {
  return new CardHost(functions, {
    hostApp: 'CALENDAR',
    hostPart: { calendar: { calendarId: 'jospar@group', id: 'ev1' } },
    timeZone: { id: 'Asia/Almaty', offset: 18_000_000 },
    userLocale: 'kk',
  });
}

describe('CardHost', () => {
  documented(
    EVENTS,
    'a contextual trigger gets the common event object (hostApp, platform, timeZone, userLocale) and the host part',
    () => {
      const { functions, seen } = addOn();
      const h = host(functions).open('onEventOpen');
      expect(h.current()?.header?.title).toBe('1.05');
      expect(seen[0].commonEventObject).toEqual({
        hostApp: 'CALENDAR',
        platform: 'WEB',
        timeZone: { id: 'Asia/Almaty', offset: 18_000_000 },
        userLocale: 'kk',
      });
      expect(seen[0].calendar).toEqual({ calendarId: 'jospar@group', id: 'ev1' });
    },
  );

  documented(
    EVENTS,
    "a widget action gets its parameters in commonEventObject.parameters and the card's inputs in formInputs",
    () => {
      const { functions, seen } = addOn();
      const h = host(functions).open('onEventOpen').click('Mark done', { evidence: 'https://drive/ev' });
      const e = seen[1];
      expect(e.commonEventObject.parameters).toEqual({ id: '1.05' });
      expect(e.commonEventObject.formInputs).toEqual({
        evidence: { stringInputs: { value: ['https://drive/ev'] } },
        note: { stringInputs: { value: ['алдын ала'] } },
      });
      expect(e.parameters).toEqual({ id: '1.05' });
      expect(e.formInput).toEqual({ evidence: 'https://drive/ev', note: 'алдын ала' });
      expect(h.notification).toBe('Орындалды деп белгіленді');
      expect(h.stateChanged).toBe(true);
      expect(h.current()?.header?.subtitle).toBe('Орындалды');
      expect(h.stack).toHaveLength(1);
    },
  );

  documented(`${NAV}#pushCard(Card)`, 'pushCard shows a new card over the current one; popCard goes back', () => {
    const { functions } = addOn();
    const h = host(functions).open('onEventOpen').click('Details');
    expect(h.stack.map((c) => c.name)).toEqual(['item', 'details']);
    h.click('Back');
    expect(h.stack.map((c) => c.name)).toEqual(['item']);
  });

  documented(
    'https://developers.google.com/apps-script/reference/card-service/open-link',
    'a button with an OpenLink opens the URL without calling the script',
    () => {
      const { functions, seen } = addOn();
      const h = host(functions).open('onEventOpen').click('Open document');
      expect(h.opened).toEqual([{ url: 'https://d/1', openAs: 'FULL_SIZE', onClose: 'NOTHING' }]);
      expect(seen).toHaveLength(1);
    },
  );

  it('an error in a callback shows on the panel, keeps the card, and a missing function is named', () => {
    const { functions } = addOn();
    const h = host(functions).open('onEventOpen').click('Fail');
    expect(h.error).toBe('Кесте табылмады');
    expect(h.current()?.name).toBe('item');
    expect(host({}).open('onEventOpen').error).toBe('Script function not found: onEventOpen');
  });

  it('a run cut off inside a callback is not turned into a panel error: the cut goes on up', () => {
    const h = host({
      onEventOpen: () => {
        throw new CutOff('cut');
      },
    });
    expect(() => h.open('onEventOpen')).toThrow(CutOff);
  });

  it('numbers the clickable things of a card in drawing order', () => {
    const { functions } = addOn();
    const card = host(functions).open('onEventOpen').current()!;
    expect(clickables(card).map((c) => [c.id, c.label])).toEqual([
      ['c0', 'Mark done'],
      ['c1', 'Open document'],
      ['c2', 'Details'],
      ['c3', 'Fail'],
    ]);
  });
});
