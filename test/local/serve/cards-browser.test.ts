/**
 * The served card panel as a person sees it in Chromium at the 300 px of Calendar's and Gmail's side panel: no text
 * is clipped, and Mark done (and a keeper's Return of a viewer's report) typed and clicked notifies and updates the
 * card — for the real Workspace add-on (dist/cards) on the smallest plan, and for a stand-in whose cards carry what
 * the real one does not (markup in a title, a reminder listing several cards, the back arrow).
 */
import type { Page } from 'playwright-core';
import { applyPeople, EXAMPLE_PEOPLE, readPeopleCsv } from '../../../src/local/cli/people';
import { deployCards, shareWithRecipients, workspaceCardSource } from '../../../src/local/serve/card-source';
import { startServer } from '../../../src/local/serve/server';
import { loadCardAddOn, type AddOn } from '../../../src/local/run-addon';
import { Workspace } from '../../../src/local/workspace/workspace';
import { calendarEvent, cardHost } from '../../../src/local/workspace/addon-events';
import { mailboxOf } from '../../../src/local/workspace/gmail';
import { installed, setSettingValue, sheetValues } from '../../helpers';
import { SMALL_PLAN } from '../../warm-fixtures';
import { cardDouble } from './card-double';
import { launch } from './browser';

const EVIDENCE = 'https://drive.google.com/file/d/evidence';
const VIEWER = 'dean.viewer@edu.ektu.kz';
let browser: Awaited<ReturnType<typeof launch>>;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** Every element of the panel holding text whose text is wider than its box (cut off or hidden by an ellipsis). */
function clipped(page: Page): Promise<string[]> {
  return page.$$eval('#panel *', (els) =>
    els
      .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()))
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== 'inline')
      .map((el) => `${el.className}: ${el.textContent!.slice(0, 40)}`),
  );
}

async function panelFits(page: Page): Promise<void> {
  expect(await page.$eval('#panel', (p) => p.getBoundingClientRect().width)).toBe(300);
  expect(await page.$eval('#panel', (p) => p.scrollWidth)).toBeLessThanOrEqual(300);
  expect(await clipped(page)).toEqual([]);
}

it('the real add-on: the Calendar and Gmail cards fit 300 px; Mark done notifies, updates the card and the Plan', async () => {
  const { ws, addon } = await installed({ now: Date.parse('2025-11-24T04:00:00Z') });
  addon.josparImportPlan(SMALL_PLAN, 'small-plan.json', 1);
  applyPeople(ws, readPeopleCsv(EXAMPLE_PEOPLE).people);
  addon.josparRefreshDeadlines();
  addon.josparSyncCalendar();
  addon.josparRemindRows(['1.07', '1.09'], { interactive: false });
  deployCards(ws);
  shareWithRecipients(ws);
  const served = await startServer({ ws, addon, cards: workspaceCardSource(ws, loadCardAddOn(ws)) });
  try {
    const page = await browser.context.newPage();
    const event = ws.calendars.calendars
      .flatMap((c) => c.events)
      .find((e) => e.extendedProperties?.private?.josparKey?.startsWith('1.07#'))!;
    await page.goto(`${served.url}/cards/calendar?id=${encodeURIComponent(event.id)}`);
    expect(await page.textContent('.card-title')).toMatch(/^1\.07 · /);
    await panelFits(page);
    await page.fill('input[name=evidence]', EVIDENCE);
    await page.click('button:text("Орындалды деп белгілеу")');
    await page.waitForSelector('.snackbar');
    expect(await page.$('.snackbar.error')).toBeNull();
    expect((await page.textContent('.snackbar'))!.trim()).not.toBe('');
    expect(await page.$('button:text("Орындалды деп белгілеу")')).toBeNull();
    await panelFits(page);
    const plan = sheetValues(ws, 'Жоспар');
    const h = plan[0] as string[];
    const row = plan.find((r) => r[h.indexOf('ID')] === '1.07')!;
    expect(row[h.indexOf('Мәртебе')]).toBe('Орындалды');
    expect(row[h.indexOf('Дәлел сілтемесі')]).toBe(EVIDENCE);

    await page.goto(`${served.url}/cards/gmail`);
    await page.waitForSelector('.choices button, .card-title');
    if (await page.$('.choices')) await page.click('[data-choose="0"]');
    await page.waitForSelector('.card-title');
    expect(await page.textContent('.card-title')).toMatch(/^1\.0[79] · /);
    await panelFits(page);

    // A viewer's report of 1.09 mailed to the keeper (the owner), who opens it in Gmail: Confirm done, and Return
    // with a reason typed in the card, fit too; Return notifies, leaves no answer to give and writes the reason.
    setSettingValue(ws, 'doneReview', 'иә');
    ws.spreadsheet._viewers.push(VIEWER);
    ws.runAs = VIEWER;
    const reported = ws.calendars.calendars
      .flatMap((c) => c.events)
      .find((e) => e.extendedProperties?.private?.josparKey?.startsWith('1.09#'))!;
    const viewer = cardHost(loadCardAddOn(ws), calendarEvent(ws, reported.id, { locale: 'en' }));
    viewer.open('josparCalendarEventOpen').click('Mark done', { evidence: EVIDENCE });
    ws.runAs = null;
    const mail = ws.mail.sent.at(-1)!;
    expect(mail.from).toBe(VIEWER);
    const keeper = mail.to[0];
    const message = mailboxOf(ws.mail, keeper).find((m) => m.mail === mail)!;
    await page.goto(`${served.url}/cards/gmail?id=${encodeURIComponent(`${keeper}|${message.id}`)}`);
    await page.waitForSelector('button:text("Орындалуын растау")');
    await panelFits(page);
    await page.fill('[name=reason]', 'Хаттамаға қол қойылмаған');
    await page.click('button:text("Қайтару")');
    await page.waitForSelector('.snackbar');
    expect(await page.$('.snackbar.error')).toBeNull();
    expect(await page.textContent('.snackbar')).toMatch(/^1\.09 .* қайтарылды/);
    expect(await page.$('button:text("Қайтару")')).toBeNull();
    await panelFits(page);
    const notes = sheetValues(ws, 'Жоспар');
    const notesAt = (notes[0] as string[]).indexOf('Түсініктеме');
    const row9 = notes.find((r) => r[(notes[0] as string[]).indexOf('ID')] === '1.09')!;
    expect(String(row9[notesAt])).toContain('Хаттамаға қол қойылмаған');
  } finally {
    await served.close();
  }
});

it('a stand-in: markup shows as text, a list of cards and the back arrow, Mark done notifies', async () => {
  const source = cardDouble();
  const served = await startServer({ ws: new Workspace(), addon: {} as AddOn, cards: source });
  try {
    const page = await browser.context.newPage();
    await page.goto(`${served.url}/cards/calendar?id=1.05`);
    await panelFits(page);
    // The header's markup is drawn as text, never run.
    expect(await page.textContent('.card-title')).toBe('1.05 <script>x</script>');
    expect(await page.$$('#panel script')).toHaveLength(0);
    await page.fill('input[name=evidence]', 'https://drive.google.com/file/d/ev');
    await page.click('text=Орындалды деп белгілеу >> nth=-1');
    await page.waitForSelector('.snackbar');
    expect(await page.textContent('.snackbar')).toBe('1.05 орындалды деп белгіленді');
    expect(await page.textContent('.card-subtitle')).toBe('Орындалды');
    expect(source.done.has('1.05')).toBe(true);
    await panelFits(page);

    await page.goto(`${served.url}/cards/gmail`);
    expect(await page.$$eval('.choices button', (b) => b.length)).toBe(2);
    await page.click('[data-choose="1"]');
    await page.waitForSelector('.card-title');
    expect(await page.textContent('.card-title')).toContain('2.01');
    await panelFits(page);
    await page.click('[data-back]');
    await page.waitForSelector('.choices');
  } finally {
    await served.close();
  }
});
