/**
 * Mark done from a card by someone who may only view the plan (issue 25 item 4), on the smallest plan with a synced
 * calendar: with Settings saying a keeper confirms, the report reaches the keeper as a mail from the viewer, read as a
 * person reads it (mailparser); the keeper opens it in Gmail, the card shows the report and Confirm done makes the
 * item done, the Log naming both, and the next sync turns the event done. With doneReview off the viewer is told who
 * can mark it. Each click cut off at any write, then sent again, ends as an uncut one; and a report from the mail's
 * link and one from a card of the same item at once (two projects, no shared lock) end right.
 */
import { readFileSync } from 'node:fs';
import { simpleParser } from 'mailparser';
import { applyPeople, EXAMPLE_PEOPLE, readPeopleCsv } from '../../src/local/cli/people';
import { mailToEml } from '../../src/local/export/eml';
import { CARDS_JS, ensureBuilt, loadAddOn, loadCardAddOn, type AddOn } from '../../src/local/run-addon';
import { calendarEvent, cardHost, gmailEvent } from '../../src/local/workspace/addon-events';
import type { CardHost } from '../../src/local/workspace/card-service/card-host';
import type { CardJson } from '../../src/local/workspace/card-service/model';
import { mailboxOf } from '../../src/local/workspace/gmail';
import { Workspace } from '../../src/local/workspace/workspace';
import { staleReportNames } from '../../src/core/plan/report-prune';
import { loaded, recordedRun, sweep, type Step } from '../cut-replay';
import { endDifference } from '../end-state';
import { addOnCode, installed, planRow, setSettingValue, sheetValues } from '../helpers';
import { SMALL_PLAN } from '../warm-fixtures';
import { EXEC, post } from './web-app-cuts';

const VIEWER = 'dean.viewer@edu.ektu.kz';
const KEEPER = 'keeper.one@edu.ektu.kz';
const EVIDENCE = 'https://drive.google.com/file/d/evidence';
const ITEM = '1.07';
let saved = '';
let cardsJs = '';

beforeAll(async () => {
  await ensureBuilt();
  cardsJs = readFileSync(CARDS_JS, 'utf8');
  const { ws, addon } = await installed({ now: Date.parse('2025-11-24T04:00:00Z') });
  addon.josparImportPlan(SMALL_PLAN, 'small-plan.json', 1);
  applyPeople(ws, readPeopleCsv(EXAMPLE_PEOPLE).people);
  addon.josparRefreshDeadlines();
  addon.josparSyncCalendar();
  ws.spreadsheet._viewers = [VIEWER];
  ws.spreadsheet._editors = [KEEPER];
  setSettingValue(ws, 'doneReview', 'иә');
  setSettingValue(ws, 'mailReplyTo', KEEPER);
  // The plan's language is Russian: the keeper's mail and the Log's words are in it, whatever the card's reader uses.
  setSettingValue(ws, 'language', 'ru');
  saved = JSON.stringify(ws.toJSON());
});

function fresh(): { ws: Workspace; cards: AddOn } {
  const ws = Workspace.fromJSON(JSON.parse(saved));
  return { ws, cards: loadCardAddOn(ws) };
}

function eventOf(ws: Workspace): { calendar: string; id: string } {
  const cal = ws.calendars.calendars.find((c) => c.id !== ws.calendars.defaultId)!;
  const e = cal.events.find((x) => x.extendedProperties?.private?.josparKey?.startsWith(`${ITEM}#`))!;
  return { calendar: cal.id, id: e.id };
}

function texts(card: CardJson | null): string[] {
  return (card?.sections ?? []).flatMap((s) =>
    s.widgets.flatMap((w) => ('decoratedText' in w ? [w.decoratedText.text] : [])),
  );
}

/** The viewer's Calendar card for ITEM, drawn once (its Mark done carries one request key). */
function viewerCard(ws: Workspace, cards: AddOn): CardJson {
  ws.runAs = VIEWER;
  return cardHost(cards, calendarEvent(ws, eventOf(ws).id, { locale: 'en' }))
    .open('josparCalendarEventOpen')
    .current()!;
}

/** A click on `card`'s Mark done by the viewer, as a side panel showing that card sends it. */
function pressDone(ws: Workspace, cards: AddOn, card: CardJson): CardHost {
  ws.runAs = VIEWER;
  const host = cardHost(cards, calendarEvent(ws, eventOf(ws).id, { locale: 'en' }));
  host.stack = [card];
  host.click('Mark done', { evidence: EVIDENCE, note: 'протокол подписан' });
  return host;
}

/** The keeper opens the report's mail in Gmail (their own copy of it); `card`: the side panel still shows that one. */
function keeperOpens(ws: Workspace, cards: AddOn, card?: CardJson): CardHost {
  ws.runAs = KEEPER;
  const message = mailboxOf(ws.mail, KEEPER).at(-1)!;
  const host = cardHost(cards, gmailEvent(ws, message.id, { locale: 'en' }));
  if (!card) return host.open('josparGmailMessageOpen');
  host.stack = [card];
  return host;
}

const reports = (ws: Workspace) => ws.mail.sent.filter((m) => m.from === VIEWER);

describe('a viewer marks done from a card, a keeper confirms', () => {
  it('the report reaches the keeper as a mail from the viewer; the keeper’s Gmail card confirms it', async () => {
    const { ws, cards } = fresh();
    const before = planRow(ws, ITEM);
    const card = viewerCard(ws, cards);
    const hint = card.sections.flatMap((s) => s.widgets).find((w) => 'textParagraph' in w);
    expect(hint).toEqual({
      textParagraph: {
        text: 'You may not edit the plan: your report is mailed from you to the plan’s keeper, who confirms it.',
      },
    });
    const host = pressDone(ws, cards, card);
    expect(host.error).toBeNull();
    expect(host.notification).toMatch(
      new RegExp(`^${ITEM} submitted for review: sent to ${KEEPER} \\(24\\.11\\.2025\\)`),
    );
    expect(planRow(ws, ITEM)).toEqual(before);
    // The plan is as it was; the viewer's card (drawn again, and opened later) says where the report went.
    const went = `Sent to ${KEEPER} (24.11.2025): the item stays as it is until they confirm it.`;
    expect(texts(host.current())).toContain(went);
    expect(texts(viewerCard(ws, cards))).toContain(went);
    // Clicked again (a double click, a retry): one mail.
    pressDone(ws, cards, card);
    expect(reports(ws)).toHaveLength(1);

    const mail = await simpleParser(await mailToEml(reports(ws)[0]));
    expect(mail.from?.value[0].address).toBe(VIEWER);
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value.map((a) => a.address) : []).toEqual([KEEPER]);
    expect(mail.subject).toMatch(new RegExp(`^План работы АД 2025-2026: на проверку \\(${ITEM}\\) \\[[a-z0-9-]+\\]$`));
    expect(mail.text).toContain(`${VIEWER} отметил(а) пункт ${ITEM}`);
    expect(mail.text).toContain(`Подтверждение: ${EVIDENCE}`);
    expect(mail.text).toContain('Примечание: протокол подписан');
    expect(mail.text).toContain('кнопки «Подтвердить выполнение» и «Вернуть» (с причиной)');

    const keeper = keeperOpens(ws, cards);
    expect(keeper.error).toBeNull();
    const reportCard = keeper.current()!;
    const shown = texts(reportCard);
    expect(shown).toEqual(expect.arrayContaining([VIEWER, '24.11.2025', EVIDENCE, 'протокол подписан']));
    ws.clock.advance(2 * 86400000);
    keeper.click('Confirm done');
    expect(keeper.error).toBeNull();
    expect(keeper.notification).toBe(`${ITEM} confirmed done (24.11.2025, reported by ${VIEWER}).`);
    const row = planRow(ws, ITEM);
    expect(row['Мәртебе']).toBe('Выполнено');
    expect(row['Орындалған күні']).toBe('2025-11-24');
    expect(row['Дәлел сілтемесі']).toBe(EVIDENCE);
    const log = sheetValues(ws, 'Журнал').at(-1)!.map(String);
    expect(log.slice(1, 4)).toEqual([KEEPER, 'Выполнение подтверждено', ITEM]);
    expect(log[4]).toContain(VIEWER);
    // Confirmed twice (the same card clicked again, by this keeper or another): one record. Opened now, the card
    // shows the item done, with nothing left to confirm.
    const lines = sheetValues(ws, 'Журнал').length;
    expect(keeperOpens(ws, cards, reportCard).click('Confirm done').notification).toMatch(/confirmed done/);
    expect(sheetValues(ws, 'Журнал')).toHaveLength(lines);
    expect(
      keeperOpens(ws, cards)
        .current()!
        .sections.flatMap((s) => s.widgets),
    ).not.toContainEqual(
      expect.objectContaining({
        buttonList: expect.objectContaining({ buttons: [expect.objectContaining({ text: 'Confirm done' })] }),
      }),
    );
    // The viewer's card, drawn again, shows the item done and no report waiting for the keeper.
    const after = texts(viewerCard(ws, cards));
    expect(after).toContainEqual(expect.stringMatching(/^done 24\.11\.2025/));
    expect(after.filter((t) => t.includes(KEEPER))).toEqual([]);

    ws.runAs = null;
    const sheets = loadAddOn(ws, await addOnCode());
    sheets.josparSyncCalendar();
    const { calendar, id } = eventOf(ws);
    const event = ws.calendars.calendars.find((c) => c.id === calendar)!.events.find((e) => e.id === id)!;
    expect(event.summary).toMatch(/^✓ /);
  });

  it('a mail that only copies a report’s subject is no report: another sender, or another item named', () => {
    const { ws, cards } = fresh();
    pressDone(ws, cards, viewerCard(ws, cards));
    const real = reports(ws)[0];
    const otherItem = real.subject.replace(`(${ITEM})`, '(1.01)');
    expect(otherItem).not.toBe(real.subject);
    // Someone else in the domain sends the keeper a mail under the report's subject (its key included), and the
    // report's own sender names another item under the same key: neither may show the report or its Confirm.
    for (const forged of [
      { ...real, from: 'someone.else@edu.ektu.kz', to: [KEEPER] },
      { ...real, subject: otherItem, to: [KEEPER] },
    ]) {
      ws.mail.sent.push({ ...forged, time: ws.clock.now() });
      const shown = JSON.stringify(keeperOpens(ws, cards).current());
      expect(shown).not.toContain('Confirm done');
      expect(shown).not.toContain(EVIDENCE);
      expect(shown).not.toContain('протокол подписан');
    }
    // The genuine report, opened again, still is one.
    ws.mail.sent.push({ ...real, time: ws.clock.now() });
    expect(JSON.stringify(keeperOpens(ws, cards).current())).toContain('Confirm done');
  });

  it('a keeper’s old Confirm, clicked again after the plan’s note of it is pruned, records nothing', async () => {
    const { ws, cards } = fresh();
    pressDone(ws, cards, viewerCard(ws, cards));
    const reportCard = keeperOpens(ws, cards).current()!;
    keeperOpens(ws, cards, reportCard).click('Confirm done');
    expect(planRow(ws, ITEM)['Мәртебе']).toBe('Выполнено');
    // The keeper takes the item back (not done after all); 70 days later the plan's own note of the confirmation
    // is gone (pruned REPORT_KEEP_DAYS after the report, as the next record in the card project does) while the
    // report's note is still there.
    ws.runAs = null;
    const sheets = loadAddOn(ws, await addOnCode());
    expect(sheets.josparSetItemStatus(ITEM, 'in-progress')).toMatchObject({ ok: true });
    ws.clock.advance(70 * 86400000);
    const script = ws.cardsProject.script;
    for (const name of staleReportNames(Object.fromEntries(script), '2026-02-02')) script.delete(name);
    expect([...script.keys()].filter((k) => k.startsWith('jospar.doneLink:'))).toEqual([]);
    const before = planRow(ws, ITEM);
    const lines = sheetValues(ws, 'Журнал').length;
    const again = keeperOpens(ws, cards, reportCard).click('Confirm done');
    expect(again.error).toBeNull();
    expect(again.notification).toBe(`${ITEM} confirmed done (24.11.2025, reported by ${VIEWER}).`);
    expect(planRow(ws, ITEM)).toEqual(before);
    expect(sheetValues(ws, 'Журнал')).toHaveLength(lines);
    expect(sheetValues(ws, 'Журнал').filter((r) => r[2] === 'Выполнение подтверждено')).toHaveLength(1);
  });

  it('each Mark done is a request of its own: the card drawn again after an answer sends a new report', () => {
    const { ws, cards } = fresh();
    // Reports older than REPORT_KEEP_DAYS (60) leave the card project's script properties as a report is noted;
    // newer ones stay.
    const note = (t: string, st: string) =>
      JSON.stringify({
        st,
        o: 'done',
        v: 'card',
        s: 'plan',
        i: '1.01',
        d: '',
        e: '',
        n: '',
        w: VIEWER,
        t,
        k: KEEPER,
        p: '',
      });
    const kept = ws.cardsProject.script;
    kept.set('jospar.cardReport:old-report', note('2025-08-01', 'sent'));
    kept.set('jospar.cardReport:new-report', note('2025-11-01', 'sent'));
    const first = pressDone(ws, cards, viewerCard(ws, cards));
    // The keeper answered the first by mail (not yet): the viewer reports again from the card the answer drew.
    pressDone(ws, cards, first.current()!);
    const keys = reports(ws).map((m) => /\[([^\]]+)\]$/.exec(m.subject)![1]);
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(2);
    expect([...kept.keys()].filter((k) => /:(old|new)-/.test(k))).toEqual(['jospar.cardReport:new-report']);
  });

  it('Reply-to is the keeper only when it names an editor of the plan inside its domains; else the owner is', () => {
    // Reply-to is guarded in the Sheets add-on, whose approval the cards cannot read: an editor typing another address
    // there must not send the viewers' reports to it.
    for (const replyTo of ['dean.viewer2@edu.ektu.kz', 'keeper.one@gmail.com']) {
      const { ws, cards } = fresh();
      setSettingValue(ws, 'mailReplyTo', replyTo);
      const owner = ws.spreadsheet._owner!;
      const host = pressDone(ws, cards, viewerCard(ws, cards));
      expect([replyTo, host.notification]).toEqual([replyTo, expect.stringContaining(`sent to ${owner} (`)]);
      expect([replyTo, reports(ws).map((m) => m.to)]).toEqual([replyTo, [[owner]]]);
    }
  });

  it('with doneReview off the viewer is told who can mark it, and nothing is sent or written', () => {
    const { ws, cards } = fresh();
    setSettingValue(ws, 'doneReview', 'жоқ');
    const before = planRow(ws, ITEM);
    const host = pressDone(ws, cards, viewerCard(ws, cards));
    expect(host.notification).toBe(
      `You may not edit this plan: ${KEEPER} can mark ${ITEM} done. Write to them, or use the “Mark as done” link ` +
        'of your reminder mail if it has one.',
    );
    expect(reports(ws)).toHaveLength(0);
    expect(planRow(ws, ITEM)).toEqual(before);
  });
});

const REASON = 'протокол без подписи';
const returnedLog = (ws: Workspace) => sheetValues(ws, 'Журнал').filter((r) => r[2] === 'Возвращено с проверки');
/** The widgets' button labels of a card (its buttons, and its button sets'). */
const buttons = (card: CardJson | null) => JSON.stringify(card).match(/"text":"(Confirm done|Return)"/g) ?? [];

describe('the keeper returns a report from Gmail, as the sidebar’s Return', () => {
  it('the item stays as it is, the reason goes to Notes, the Log and Notifications; the viewer’s card shows it', async () => {
    const { ws, cards } = fresh();
    const before = planRow(ws, ITEM);
    pressDone(ws, cards, viewerCard(ws, cards));
    const drawn = keeperOpens(ws, cards).current()!;
    expect(buttons(drawn)).toEqual(['"text":"Confirm done"', '"text":"Return"']);
    ws.clock.advance(2 * 86400000);
    const keeper = keeperOpens(ws, cards, drawn).click('Return', { reason: REASON });
    expect(keeper.error).toBeNull();
    expect(keeper.notification).toBe(
      `${ITEM} returned to ${VIEWER}: the report of 24.11.2025 is not confirmed and the item stays as it is; your ` +
        'reason is in the Log and the item’s Notes.',
    );
    // As the sidebar's Return: the Status as it was (the viewer's report changed nothing), no Date done, the keeper's
    // line in Notes, the Log's «Возвращено с проверки» by the keeper with the report and the reason, and the
    // Notifications' «возвращено» to the viewer (the sidebar mails no one, and neither does the card).
    const row = planRow(ws, ITEM);
    expect([row['Мәртебе'], row['Орындалған күні']]).toEqual([before['Мәртебе'], '']);
    expect(row['Түсініктеме']).toContain(`Возвращено с проверки 26.11.2025 (${KEEPER}): ${REASON}`);
    const log = returnedLog(ws).map((r) => r.map(String));
    expect(log).toHaveLength(1);
    expect(log[0].slice(1, 4)).toEqual([KEEPER, 'Возвращено с проверки', ITEM]);
    expect(log[0][4]).toContain(`${VIEWER} · 24.11.2025 · ${EVIDENCE} · ${REASON} (#`);
    expect(sheetValues(ws, 'Хабарламалар').at(-1)!.map(String)).toEqual(expect.arrayContaining([VIEWER, 'возвращено']));
    expect(reports(ws)).toHaveLength(1);
    // The keeper's card, drawn again, says it was returned, with nothing left to answer.
    expect(texts(keeper.current())).toContain(`Returned by ${KEEPER} (26.11.2025): ${REASON}`);
    expect(buttons(keeper.current())).toEqual([]);

    // Returned twice (the same card clicked again, by this keeper or another): one record. Confirm on the card drawn
    // before the Return records nothing and says the report was returned.
    const end = JSON.stringify(planRow(ws, ITEM));
    expect(keeperOpens(ws, cards, drawn).click('Return', { reason: 'другая' }).notification).toMatch(/returned to/);
    const confirm = keeperOpens(ws, cards, drawn).click('Confirm done');
    expect(confirm.notification).toBe(
      `${ITEM}: this report was already returned (26.11.2025: ${REASON}); nothing was confirmed.`,
    );
    expect(JSON.stringify(planRow(ws, ITEM))).toBe(end);
    expect(returnedLog(ws)).toHaveLength(1);
    expect(sheetValues(ws, 'Журнал').filter((r) => r[2] === 'Выполнение подтверждено')).toHaveLength(0);

    // The viewer's card, opened again, shows the return and its reason, and Mark done again (a new report).
    const viewer = viewerCard(ws, cards);
    expect(texts(viewer)).toContain(
      `Returned by ${KEEPER} (26.11.2025): ${REASON}. Mark it done again when it is ready.`,
    );
    const again = pressDone(ws, cards, viewer);
    expect(again.notification).toMatch(new RegExp(`^${ITEM} submitted for review: sent to ${KEEPER}`));
    expect(reports(ws)).toHaveLength(2);
    // The keeper opens the new report: it is open to answer, the returned one's answer not carried over.
    expect(buttons(keeperOpens(ws, cards).current())).toHaveLength(2);
  });

  it('a Return after a Confirm of the same report records nothing and says it was confirmed', () => {
    const { ws, cards } = fresh();
    pressDone(ws, cards, viewerCard(ws, cards));
    const drawn = keeperOpens(ws, cards).current()!;
    keeperOpens(ws, cards, drawn).click('Confirm done');
    const end = JSON.stringify([planRow(ws, ITEM), sheetValues(ws, 'Журнал').length]);
    const back = keeperOpens(ws, cards, drawn).click('Return', { reason: REASON });
    expect(back.notification).toBe(
      `${ITEM}: this report was already confirmed done (24.11.2025, reported by ${VIEWER}); it was not returned.`,
    );
    expect(JSON.stringify([planRow(ws, ITEM), sheetValues(ws, 'Журнал').length])).toBe(end);
    expect(planRow(ws, ITEM)['Мәртебе']).toBe('Выполнено');
  });
});

describe('a send that fails or is cut off', () => {
  it('MailApp refusing the send (quota, address, size): nothing went, the viewer is told so and may press again', () => {
    const ws = loaded(saved, [{ service: 'mail', n: 1, mode: 'throw' }]);
    const cards = loadCardAddOn(ws);
    const card = viewerCard(ws, cards);
    const host = pressDone(ws, cards, card);
    expect(host.error).toBeNull();
    expect(host.notification).toMatch(
      new RegExp(
        `^${ITEM}: your report could not be sent to ${KEEPER} \\(Service invoked too many times .*\\); nothing`,
      ),
    );
    expect(reports(ws)).toHaveLength(0);
    expect(texts(viewerCard(ws, cards)).filter((t) => t.includes(KEEPER))).toEqual([]);
    // The same click again (the same request): sent now, not "may not have gone out".
    expect(pressDone(ws, cards, card).notification).toMatch(new RegExp(`^${ITEM} submitted for review: sent to`));
    expect(reports(ws)).toHaveLength(1);
  });

  it('cut off before the send was known to end: the viewer’s card says it may not have gone out, not “sent”', () => {
    const ws = loaded(saved, [{ service: 'mail', n: 1, mode: 'cut' }]);
    const cards = loadCardAddOn(ws);
    const card = viewerCard(ws, cards);
    expect(() => pressDone(ws, cards, card)).toThrow(/cut off/);
    ws.counter.halted = null;
    ws.counter.faults = [];
    ws.cardsProject.locks.clear();
    const again = loadCardAddOn(ws);
    expect(pressDone(ws, again, card).notification).toMatch(/may not have gone out/);
    const shown = texts(viewerCard(ws, again));
    expect(shown).toContain(
      `Sending to ${KEEPER} was stopped (24.11.2025): it may not have gone out. Look in your ` +
        'Sent mail; if it is not there, mark it again.',
    );
    expect(shown.filter((t) => t.startsWith('Sent to'))).toEqual([]);
  });
});

describe('each person’s own quota and user lock (Apps Script keeps both per user)', () => {
  const OTHER = 'other.viewer@edu.ektu.kz';

  /** `who` draws the card of ITEM and clicks its Mark done. */
  function pressAs(ws: Workspace, cards: AddOn, who: string): CardHost {
    ws.runAs = who;
    const host = cardHost(cards, calendarEvent(ws, eventOf(ws).id, { locale: 'en' }));
    host.open('josparCalendarEventOpen');
    host.click('Mark done', { evidence: EVIDENCE, note: '' });
    return host;
  }

  it('the owner’s mail quota spent leaves the viewer’s report going out; the viewer’s own spent refuses it', () => {
    const { ws, cards } = fresh();
    ws.mail.dailyQuota = 1;
    ws.runAs = null;
    (ws.globals() as unknown as { MailApp: GoogleAppsScript.Mail.MailApp }).MailApp.sendEmail(KEEPER, 'S', 'B');
    expect(pressAs(ws, cards, VIEWER).notification).toMatch(new RegExp(`^${ITEM} submitted for review: sent to`));
    const refused = pressAs(ws, cards, VIEWER).notification;
    expect(refused).toMatch(new RegExp(`^${ITEM}: your report could not be sent to ${KEEPER} \\(Service invoked too`));
    expect(reports(ws)).toHaveLength(1);
  });

  it('one viewer’s click still running keeps their next click out, not another viewer’s', () => {
    const { ws, cards } = fresh();
    ws.spreadsheet._viewers.push(OTHER);
    ws.holdLock('user', { user: VIEWER, project: 'cards' });
    expect(pressAs(ws, cards, VIEWER).notification).toBe('The plan is busy: try again in a moment.');
    expect(pressAs(ws, cards, OTHER).notification).toMatch(new RegExp(`^${ITEM} submitted for review: sent to`));
    expect(ws.mail.sent.map((m) => m.from)).toEqual([OTHER]);
  });
});

describe('cut off at any write, then clicked again', () => {
  it('the viewer’s send: one mail at most, never lost unsaid; the keeper’s confirm: ends as an uncut one', () => {
    const { ws, cards } = fresh();
    const card = viewerCard(ws, cards);
    const base = ws.snapshot();
    let said = '';
    const send: Step = (addon, w) => {
      said = pressDone(w, addon, card).notification ?? '';
    };
    const sent = sweep(base, [send], cardsJs, {
      project: 'cards',
      // A cut between the note and the send leaves it unsent; the re-run says so rather than mail twice.
      leave: ['mail'],
      // A re-run that finds the send begun and not known to have ended says so, and the note says "unsure", not "sent".
      check: (w) => {
        const unsure = /may not have gone out/.test(said);
        const st = [...w.cardsProject.script]
          .filter(([k]) => k.startsWith('jospar.cardReport:'))
          .map(([, v]) => (JSON.parse(v) as { st: string }).st);
        return reports(w).length > 1 ||
          (reports(w).length === 0 && !unsure) ||
          st.join() !== (unsure ? 'unsure' : 'sent')
          ? `${reports(w).length} mails, notes ${st.join()}, said «${said}»`
          : '';
      },
    });
    expect(sent.failures).toEqual([]);
    expect(sent.cuts.get('properties')).toBeGreaterThanOrEqual(2);
    expect(sent.cuts.get('mail')).toBe(1);

    const mailed = sent.uncut.ws.snapshot();
    const drawn = keeperOpens(sent.uncut.ws, loadCardAddOn(sent.uncut.ws)).current()!;
    const confirm: Step = (addon, w) => keeperOpens(w, addon, drawn).click('Confirm done');
    const confirmed = sweep(mailed, [confirm], cardsJs, { project: 'cards' });
    expect(confirmed.failures).toEqual([]);
    expect(confirmed.cuts.get('sheets')).toBeGreaterThanOrEqual(3);
    expect(planRow(confirmed.uncut.ws, ITEM)['Мәртебе']).toBe('Выполнено');

    // The keeper's Return, cut at any write and clicked again: ends as an uncut one, one Log line.
    const giveBack: Step = (addon, w) => keeperOpens(w, addon, drawn).click('Return', { reason: REASON });
    const returned = sweep(mailed, [giveBack], cardsJs, {
      project: 'cards',
      check: (w) => (returnedLog(w).length === 1 ? '' : `${returnedLog(w).length} Log lines`),
    });
    expect(returned.failures).toEqual([]);
    expect(returned.cuts.get('sheets')).toBeGreaterThanOrEqual(3);
    expect(returned.cuts.get('properties')).toBe(2);
    expect(planRow(returned.uncut.ws, ITEM)['Түсініктеме']).toContain(REASON);

    // One answer cut off, then the other clicked: the first one begun is finished, as if never cut, and said. Cut
    // just after it was noted (its first write) and after its last Plan write (all but its end mark): the sweeps above
    // cover the writes between, and the other answer finishes through the same steps a repeat does.
    for (const [first, then, run, said] of [
      [giveBack, confirm, returned, /already returned/],
      [confirm, giveBack, confirmed, /already confirmed/],
    ] as const)
      for (const [service, n] of [
        ['properties', 1],
        ['sheets', run.uncut.writes.get('sheets')!.length],
      ] as const) {
        const w = loaded(mailed, [{ service, n, mode: 'cut' }]);
        expect(() => first(loadCardAddOn(w), w)).toThrow(/cut off/);
        w.counter.halted = null;
        w.counter.faults = [];
        w.cardsProject.locks.clear();
        const host = then(loadCardAddOn(w), w) as CardHost;
        const at = `${service}:${n}`;
        expect([at, endDifference(run.uncut.ws, w), host.notification]).toEqual([at, '', expect.stringMatching(said)]);
      }
  });

  it('a Return cut off, the item marked done in the sidebar meanwhile, then clicked again: the done stands', async () => {
    const { ws, cards } = fresh();
    pressDone(ws, cards, viewerCard(ws, cards));
    const drawn = keeperOpens(ws, cards).current()!;
    const mailed = ws.snapshot();
    const js = await addOnCode();
    const giveBack: Step = (addon, w) => keeperOpens(w, addon, drawn).click('Return', { reason: REASON });
    const uncut = recordedRun(mailed, [giveBack], cardsJs, 'cards');
    let points = 0;
    for (const [service, labels] of uncut.writes)
      for (let n = 1; n <= labels.length; n++, points++) {
        // The Return cut off after write n (its note is the first): meanwhile the keeper marks the item done in the
        // sidebar (the Sheets project, another lock); then the Return is clicked again on the card drawn before.
        const at = `${service}:${n}`;
        const w = loaded(mailed, [{ service, n, mode: 'cut' }]);
        expect(() => giveBack(loadCardAddOn(w), w)).toThrow(/cut off/);
        w.counter.halted = null;
        w.counter.faults = [];
        w.cardsProject.locks.clear();
        w.runAs = KEEPER;
        w.clock.advance(86400000);
        const marked = loadAddOn(w, js).josparSidebarMarkDone(ITEM, { date: '2025-11-25', evidence: EVIDENCE }) as {
          ok: boolean;
        };
        expect([at, marked.ok]).toEqual([at, true]);
        const host = giveBack(loadCardAddOn(w), w) as CardHost;
        // The keeper's done stands (Status, Date done); the Log says both; the report is returned, once.
        const row = planRow(w, ITEM);
        const done = sheetValues(w, 'Журнал').filter(
          (r) => r[3] === ITEM && /^(Орындалды|Выполнено)$/.test(String(r[2])),
        );
        expect([at, row['Мәртебе'], row['Орындалған күні'], returnedLog(w).length, done.length]).toEqual([
          at,
          'Выполнено',
          '2025-11-25',
          1,
          1,
        ]);
        expect([at, host.error, buttons(host.current())]).toEqual([at, null, []]);
        // The keeper is told the item was left as it is; a Return cut after its end mark was finished before.
        const last = service === 'properties' && n === labels.length;
        expect([at, host.notification]).toEqual([
          at,
          last
            ? expect.stringMatching(/stays as it is/)
            : `${ITEM} returned to ${VIEWER}: the report of 24.11.2025 is not confirmed. Meanwhile the item’s Status in ` +
              'the plan became “Выполнено”: it was left as it is; your reason is in the Log.',
        ]);
      }
    expect(points).toBeGreaterThanOrEqual(5);
  });

  it('a report from the mail’s link and an editor’s from a card at once end right', async () => {
    const { ws } = fresh();
    ws.webAppUrl = EXEC;
    const sheets = loadAddOn(ws, await addOnCode());
    sheets.josparSidebarRemind(ITEM);
    const reminder = ws.mail.sent.at(-1)!;
    const url = new RegExp(`(https://script\\.google\\.com\\S+\\?i=${ITEM.replace('.', '\\.')}&\\S+)`).exec(
      String((await simpleParser(await mailToEml(reminder))).text),
    )![1];
    const who = reminder.to[0];
    const card = (() => {
      ws.runAs = KEEPER;
      return cardHost(loadCardAddOn(ws), calendarEvent(ws, eventOf(ws).id, { locale: 'en' }))
        .open('josparCalendarEventOpen')
        .current()!;
    })();
    const base = ws.snapshot();
    const js = await addOnCode();
    const submit: Step = (addon, w) => {
      w.runAs = who;
      post(addon, url, { evidence: `${EVIDENCE}/mail` });
    };
    const uncut = recordedRun(base, [submit], js);
    const ends = new Set<string>();
    for (const [service, labels] of uncut.writes)
      for (let n = 1; n <= labels.length; n++) {
        // The link's submit cut off at write n; meanwhile the editor marks it done from the card; then the submit
        // is sent again.
        const w = loaded(base, [{ service, n, mode: 'cut' }]);
        expect(() => submit(loadAddOn(w, js), w)).toThrow();
        w.counter.halted = null;
        w.counter.faults = [];
        w.locks.clear();
        w.runAs = KEEPER;
        const host = cardHost(loadCardAddOn(w), calendarEvent(w, eventOf(w).id, { locale: 'en' }));
        host.stack = [card];
        host.click('Mark done', { evidence: `${EVIDENCE}/card` });
        submit(loadAddOn(w, js), w);
        const row = planRow(w, ITEM);
        const pending = w.properties.document.get(`jospar.review:${ITEM}`);
        const at = `${service}:${n}`;
        if (row['Мәртебе'] === 'Выполнено') {
          // The editor's done stands; the report from the mail adds its evidence and waits for no one.
          expect([at, row['Дәлел сілтемесі']]).toEqual([at, `${EVIDENCE}/card\n${EVIDENCE}/mail`]);
          expect([at, pending]).toEqual([at, undefined]);
        } else {
          // The report from the mail came first: the card was told it awaits review.
          expect([at, row['Мәртебе'], host.notification]).toEqual([
            at,
            'На проверке',
            `${ITEM} is already awaiting review.`,
          ]);
          expect([at, row['Дәлел сілтемесі']]).toEqual([at, `${EVIDENCE}/mail`]);
          expect(pending).toBeDefined();
        }
        ends.add(row['Мәртебе']);
      }
    // Cut early, the card's done comes first; cut after the Status, the mail's report does.
    expect([...ends].sort()).toEqual(['Выполнено', 'На проверке']);
  });
});
