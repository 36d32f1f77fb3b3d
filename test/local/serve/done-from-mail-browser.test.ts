/**
 * Done from the mail, as a person does it: `jospar serve` deploys the web app at its /exec, the daily mail of that
 * workspace is written as an .eml and parsed with mailparser, Chromium opens an item's link, fills in the evidence and
 * submits; the item is done in the Plan. The same link opened again is refused and changes nothing.
 */
import { simpleParser } from 'mailparser';
import { mailToEml } from '../../../src/local/export/eml';
import { applyPeople, EXAMPLE_PEOPLE, readPeopleCsv } from '../../../src/local/cli/people';
import { startServer } from '../../../src/local/serve/server';
import { installed, sheetValues } from '../../helpers';
import { launch } from './browser';

const GULNARA = 'gulnara.example@edu.ektu.kz';
const EVIDENCE = 'https://drive.google.com/file/d/evidence';

it('a link from a generated .eml opens the page; the submitted item is done in the Plan', async () => {
  const { ws, addon } = await installed({ now: Date.parse('2025-11-24T04:00:00Z') });
  addon.josparSetUpPlan();
  applyPeople(ws, readPeopleCsv(EXAMPLE_PEOPLE).people);
  addon.josparRefreshDeadlines();
  const served = await startServer({ ws, addon });
  const browser = await launch();
  try {
    addon.josparDailyMail();
    const mail = ws.mail.sent.find((m) => m.to[0] === GULNARA)!;
    const parsed = await simpleParser(await mailToEml(mail));
    const [, url, id] = /(http:\/\/127\.0\.0\.1:\d+\/exec\?i=([\d.]+)\S+)/.exec(String(parsed.text))!;
    expect(String(parsed.html)).toContain(url.replace(/&/g, '&amp;'));
    ws.runAs = GULNARA;
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.fill('input[name=evidence]', EVIDENCE);
    await page.fill('textarea[name=note]', 'Дайын');
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    expect(await page.textContent('#result')).toContain(`Пункт ${id} отмечен выполненным`);
    const plan = sheetValues(ws, 'Жоспар');
    const h = plan[0] as string[];
    const row = plan.find((r) => r[h.indexOf('ID')] === id)!;
    expect(row[h.indexOf('Мәртебе')]).toBe('Орындалды');
    expect(row[h.indexOf('Дәлел сілтемесі')]).toBe(EVIDENCE);
    const before = JSON.stringify(plan);
    await page.goto(url);
    expect(await page.getAttribute('#refused', 'data-why')).toBe('used');
    expect(JSON.stringify(sheetValues(ws, 'Жоспар'))).toBe(before);
  } finally {
    await browser.close();
    await served.close();
  }
});
