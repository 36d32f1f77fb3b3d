/**
 * The Workspace add-on (dist/cards/Code.js) in Calendar and Gmail, run in the emulation's side panel (CardHost) on
 * the smallest plan with a synced calendar: the card of an event of each kind (single, series occurrence, overdue,
 * done, not Jospar's), each action clicked (Mark done, Open the plan row, Open the document), what the Plan, the Log
 * and the next sync make of it, who may act (editor, viewer, outside the domain, no access), the Gmail card of a
 * Jospar reminder, and a Mark done cut off at any write then clicked again ending as an uncut one.
 */
import { applyPeople, EXAMPLE_PEOPLE, readPeopleCsv } from '../../src/local/cli/people';
import { readFileSync } from 'node:fs';
import { CARDS_JS, ensureBuilt, loadAddOn, loadCardAddOn, type AddOn } from '../../src/local/run-addon';
import { calendarEvent, cardHost, gmailEvent } from '../../src/local/workspace/addon-events';
import type { CardJson } from '../../src/local/workspace/card-service/model';
import { mailboxOf } from '../../src/local/workspace/gmail';
import { Workspace } from '../../src/local/workspace/workspace';
import { sweep, type Step } from '../cut-replay';
import { addOnCode, cellDay, installed, planRow, sheetValues } from '../helpers';
import { SMALL_PLAN } from '../warm-fixtures';

const VIEWER = 'dean.viewer@edu.ektu.kz';
const EVIDENCE = 'https://drive.google.com/file/d/evidence';
let saved = '';

beforeAll(async () => {
  await ensureBuilt();
  const { ws, addon } = await installed({ now: Date.parse('2025-11-24T04:00:00Z') });
  addon.josparImportPlan(SMALL_PLAN, 'small-plan.json', 1);
  applyPeople(ws, readPeopleCsv(EXAMPLE_PEOPLE).people);
  addon.josparRefreshDeadlines();
  addon.josparSyncCalendar();
  ws.spreadsheet._viewers = [VIEWER, 'partner@gmail.com'];
  saved = JSON.stringify(ws.toJSON());
});

async function fresh(): Promise<{ ws: Workspace; sheets: AddOn; cards: AddOn }> {
  const ws = Workspace.fromJSON(JSON.parse(saved));
  return { ws, sheets: loadAddOn(ws, await addOnCode()), cards: loadCardAddOn(ws) };
}

/** Jospar's calendar and the id of the event whose key starts with `key` ("1.07#", "3.04#series"). */
function eventOf(ws: Workspace, key: string): { calendar: string; id: string; date: string } {
  const cal = ws.calendars.calendars.find((c) => c.id !== ws.calendars.defaultId)!;
  const e = cal.events.find((x) => x.extendedProperties?.private?.josparKey?.startsWith(key))!;
  return { calendar: cal.id, id: e.id, date: e.start.date! };
}

function texts(card: CardJson | null): string[] {
  if (!card) return [];
  const out = [card.header?.title ?? '', card.header?.subtitle ?? ''];
  for (const s of card.sections)
    for (const w of s.widgets) {
      if ('decoratedText' in w) out.push(w.decoratedText.text);
      if ('textParagraph' in w) out.push(w.textParagraph.text);
    }
  return out;
}

function buttons(card: CardJson | null): string[] {
  if (!card) return [];
  return card.sections.flatMap((s) =>
    s.widgets.flatMap((w) =>
      'buttonList' in w ? w.buttonList.buttons.map((b) => b.text) : 'textInput' in w ? [`[${w.textInput.name}]`] : [],
    ),
  );
}

function openCalendar(ws: Workspace, cards: AddOn, key: string, options: Parameters<typeof calendarEvent>[2] = {}) {
  const ev = eventOf(ws, key);
  return cardHost(cards, calendarEvent(ws, ev.id, options)).open('josparCalendarEventOpen');
}

describe('the Calendar card', () => {
  it('a single event: the item in the reader’s language, the deadline as written and as a date; as guest too', async () => {
    const { ws, cards } = await fresh();
    const ev = eventOf(ws, '1.07#');
    const row = planRow(ws, '1.07');
    for (const from of ['organizer', 'guest'] as const) {
      const host = openCalendar(ws, cards, '1.07#', { from, locale: 'ru' });
      expect(host.error).toBeNull();
      const shown = texts(host.current());
      expect(shown[0]).toMatch(/^1\.07 · /);
      expect(shown).toContain(row['Іс-шаралар']);
      expect(shown).toContain(row['Орындау мерзімі']);
      expect(shown).toContain(ev.date.split('-').reverse().join('.'));
      expect(buttons(host.current())).toEqual(['Открыть строку плана', '[evidence]', '[note]', 'Отметить выполнение']);
    }
  });

  it('a series occurrence shows its item; an overdue item says so with the date it missed', async () => {
    const { ws, cards } = await fresh();
    const series = openCalendar(ws, cards, '3.04#series', { locale: 'en' });
    expect(series.error).toBeNull();
    expect(texts(series.current())[0]).toMatch(/^3\.04 · /);
    const ev = eventOf(ws, '1.07#');
    ws.clock.advance(Date.parse(`${ev.date}T00:00:00Z`) - ws.clock.now() + 3 * 86400000);
    const late = openCalendar(ws, cards, '1.07#', { locale: 'en' });
    expect(texts(late.current())[1]).toMatch(/^overdue by \d+ days$/);
    const card = late.current()!;
    const missed = card.sections[0].widgets.find(
      (w) => 'decoratedText' in w && w.decoratedText.topLabel === 'Date missed',
    );
    expect(missed).toBeDefined();
  });

  it('a done item offers no Mark done; an event that is not Jospar’s gets the short home card', async () => {
    const { ws, sheets, cards } = await fresh();
    sheets.josparSetItemStatus('1.09', 'done');
    const done = openCalendar(ws, cards, '1.09#', { locale: 'en' });
    expect(texts(done.current())[1]).toMatch(/^done /);
    expect(buttons(done.current())).toEqual(['Open the plan row']);
    const cal = eventOf(ws, '1.07#').calendar;
    (ws.globals() as { Calendar: { Events: { insert(r: object, c: string): void } } }).Calendar.Events.insert(
      { id: 'lunch000001', summary: 'Lunch', start: { date: '2025-11-25' }, end: { date: '2025-11-26' } },
      cal,
    );
    const other = cardHost(cards, calendarEvent(ws, 'lunch000001', { locale: 'en' })).open('josparCalendarEventOpen');
    expect(texts(other.current())).toEqual(['Jospar', '', 'This event is not from a Jospar plan.']);
  });

  it('Mark done writes the Plan and a Log line with the acting user’s email; the next sync turns the event done', async () => {
    const { ws, sheets, cards } = await fresh();
    ws.spreadsheet._editors = ['editor.one@edu.ektu.kz'];
    ws.runAs = 'editor.one@edu.ektu.kz';
    const host = openCalendar(ws, cards, '1.07#', { locale: 'kk' });
    host.click('Орындалды деп белгілеу', { evidence: EVIDENCE, note: 'хаттама қол қойылды' });
    expect(host.error).toBeNull();
    expect(host.notification).toMatch(/^1\.07 орындалды деп белгіленді/);
    expect(buttons(host.current())).toEqual(['Жоспардағы жолын ашу']);
    const row = planRow(ws, '1.07');
    expect(row['Мәртебе']).toBe('Орындалды');
    expect(row['Орындалған күні']).toBe(cellDay(new Date(ws.clock.now()))); // the day it was marked
    expect(row['Дәлел сілтемесі']).toBe(EVIDENCE);
    const log = sheetValues(ws, 'Журнал').at(-1)!.map(String);
    expect(log[1]).toBe('editor.one@edu.ektu.kz');
    expect(log).toContain('1.07');
    ws.runAs = null;
    sheets.josparSyncCalendar();
    const cal = ws.calendars.calendars.find((c) => c.id === eventOf(ws, '1.07#').calendar)!;
    const event = cal.events.find((e) => e.id === eventOf(ws, '1.07#').id)!;
    expect(event.summary).toMatch(/^✓ /);
    expect(event.extendedProperties?.private?.josparPlan).toBe(ws.spreadsheet._id);
  });

  it('Open the plan row opens the item’s row where it is now; Open the document the row’s document', async () => {
    const { ws, cards } = await fresh();
    const values = sheetValues(ws, 'Жоспар');
    const h = values[0] as string[];
    const at = values.findIndex((r) => r[h.indexOf('ID')] === '1.07') + 1;
    ws.spreadsheet
      .getSheetByName('Жоспар')!
      .getRange(at, h.indexOf('Құжат') + 1)
      .setValue('https://docs.google.com/d/x');
    const host = openCalendar(ws, cards, '1.07#', { locale: 'en' });
    host.click('Open the plan row');
    const gid = ws.spreadsheet.getSheetByName('Жоспар')!.getSheetId();
    expect(host.opened.at(-1)!.url).toBe(`${ws.spreadsheet.getUrl()}#gid=${gid}&range=A${at}`);
    host.click('Open the document');
    expect(host.opened.at(-1)!.url).toBe('https://docs.google.com/d/x');
  });
});

describe('who may act', () => {
  it('a viewer sees the item but cannot mark it: a clear message, nothing written', async () => {
    const { ws, cards } = await fresh();
    ws.runAs = VIEWER;
    const before = JSON.stringify(sheetValues(ws, 'Жоспар'));
    const host = openCalendar(ws, cards, '1.07#', { locale: 'en' });
    expect(texts(host.current())[0]).toMatch(/^1\.07/);
    host.click('Mark done', { evidence: EVIDENCE });
    expect(host.notification).toMatch(/^You may not edit this plan/);
    expect(JSON.stringify(sheetValues(ws, 'Жоспар'))).toBe(before);
  });

  it('outside the domain, or without access to the plan, no item is shown', async () => {
    const { ws, cards } = await fresh();
    ws.runAs = 'partner@gmail.com';
    const outside = texts(openCalendar(ws, cards, '1.07#', { locale: 'en' }).current());
    expect(outside.join(' ')).toContain('only to people of edu.ektu.kz');
    expect(outside.join(' ')).not.toContain('1.07');
    ws.runAs = 'stranger@edu.ektu.kz';
    const none = texts(openCalendar(ws, cards, '1.07#', { locale: 'en' }).current());
    expect(none.join(' ')).toContain('could not be opened');
  });
});

describe('the Gmail card', () => {
  it('a Jospar reminder shows the cards of the items its subject names', async () => {
    const { ws, sheets, cards } = await fresh();
    ws.cardsProject.script.set('jospar.plans', ws.spreadsheet._id);
    sheets.josparRemindRows(['1.07', '1.09'], { interactive: false });
    const mail = ws.mail.sent.find((m) => /1\.07/.test(m.subject))!;
    const user = mail.to[0];
    const message = mailboxOf(ws.mail, user).find((m) => m.mail === mail)!;
    // Without access to the plan the reader is told so; shared with them (to view), the items show.
    ws.runAs = user;
    const denied = cardHost(cards, gmailEvent(ws, message.id, { locale: 'en' }));
    expect(texts(denied.open('josparGmailMessageOpen').current()).join(' ')).toContain('could not be opened');
    ws.spreadsheet._viewers.push(user);
    const host = cardHost(cards, gmailEvent(ws, message.id, { locale: 'en' })).open('josparGmailMessageOpen');
    expect(host.error).toBeNull();
    const titles = host.choices.map((c) => c.header?.title ?? '');
    expect(titles.some((t) => t.startsWith('1.07 · '))).toBe(true);
    expect(titles.every((t) => /^1\.0[79] · /.test(t))).toBe(true);
  });

  it('a message that is not a Jospar reminder gets the short home card', async () => {
    const { ws, sheets, cards } = await fresh();
    ws.cardsProject.script.set('jospar.plans', ws.spreadsheet._id);
    (sheets.context.MailApp as GoogleAppsScript.Mail.MailApp).sendEmail(VIEWER, 'Lunch (1.07)', 'hi');
    ws.runAs = VIEWER;
    const id = mailboxOf(ws.mail, VIEWER).at(-1)!.id;
    const host = cardHost(cards, gmailEvent(ws, id, { locale: 'en' })).open('josparGmailMessageOpen');
    expect(texts(host.current())).toContain('This message is not a Jospar reminder.');
  });
});

describe('Mark done cut off', () => {
  it('at any write, then clicked again, ends as an uncut one', () => {
    const base = Workspace.fromJSON(JSON.parse(saved));
    const ev = eventOf(base, '1.07#');
    // One card, built once: its Mark done carries one request key (in the action's parameters), so the click after a
    // cut is the same request again, as a retry after a timeout sends it.
    const card = cardHost(loadCardAddOn(base), calendarEvent(base, ev.id, { locale: 'en' }))
      .open('josparCalendarEventOpen')
      .current()!;
    const press: Step = (cards, w) => {
      const host = cardHost(cards, calendarEvent(w, ev.id, { locale: 'en' }));
      host.stack = [card];
      host.click('Mark done', { evidence: EVIDENCE, note: 'ok' });
    };
    // The Log is compared line by line here (test/end-state.ts compares a journal by its header).
    const logged = (w: Workspace) =>
      JSON.stringify(
        sheetValues(w, 'Журнал')
          .slice(1)
          .map((r) => r.slice(1).map(String)),
      );
    const r = sweep(base.snapshot(), [press], readFileSync(CARDS_JS, 'utf8'), {
      project: 'cards',
      check: (w, _at, { uncut }) => (logged(w) === logged(uncut) ? '' : `Log ${logged(w)}`),
    });
    expect(r.failures).toEqual([]);
    // Every service the click writes (the Plan row and the Log, its request's record), every write.
    expect(r.cuts.get('sheets')).toBeGreaterThan(0);
    expect(r.cuts.get('properties')).toBeGreaterThan(0);
    // A floor under the cut points (11 today), so a recording that lost writes cannot pass.
    expect([...r.cuts.values()].reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(11);
  });
});
