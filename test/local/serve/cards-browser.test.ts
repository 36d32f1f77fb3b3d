/**
 * The served card panel as a person sees it in Chromium at the 300 px of Calendar's and Gmail's side panel: no text
 * is clipped, markup in a card's text shows as text, and Mark done typed and clicked notifies and updates the card.
 */
import type { Page } from 'playwright-core';
import { startServer } from '../../../src/local/serve/server';
import type { AddOn } from '../../../src/local/run-addon';
import { Workspace } from '../../../src/local/workspace/workspace';
import { cardDouble } from './card-double';
import { launch } from './browser';

/** Every element of the panel holding text whose text is wider than its box (cut off or hidden by an ellipsis). */
function clipped(page: Page): Promise<string[]> {
  return page.$$eval('#panel *', (els) =>
    els
      .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()))
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== 'inline')
      .map((el) => `${el.className}: ${el.textContent!.slice(0, 40)}`),
  );
}

it('draws the calendar and gmail cards in 300 px without clipping; Mark done notifies and updates the card', async () => {
  const source = cardDouble();
  const served = await startServer({ ws: new Workspace(), addon: {} as AddOn, cards: source });
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await page.goto(`${served.url}/cards/calendar?id=1.05`);
    expect(await page.$eval('#panel', (p) => p.getBoundingClientRect().width)).toBe(300);
    expect(await page.$eval('#panel', (p) => p.scrollWidth)).toBeLessThanOrEqual(300);
    expect(await clipped(page)).toEqual([]);
    // The header's markup is drawn as text, never run.
    expect(await page.textContent('.card-title')).toBe('1.05 <script>x</script>');
    expect(await page.$$('#panel script')).toHaveLength(0);

    await page.fill('input[name=evidence]', 'https://drive.google.com/file/d/ev');
    await page.click('text=Орындалды деп белгілеу >> nth=-1');
    await page.waitForSelector('.snackbar');
    expect(await page.textContent('.snackbar')).toBe('1.05 орындалды деп белгіленді');
    expect(await page.textContent('.card-subtitle')).toBe('Орындалды');
    expect(source.done.has('1.05')).toBe(true);
    expect(await clipped(page)).toEqual([]);

    await page.goto(`${served.url}/cards/gmail`);
    expect(await page.$$eval('.choices button', (b) => b.length)).toBe(2);
    await page.click('[data-choose="1"]');
    await page.waitForSelector('.card-title');
    expect(await page.textContent('.card-title')).toContain('2.01');
    expect(await clipped(page)).toEqual([]);
    await page.click('[data-back]');
    await page.waitForSelector('.choices');
  } finally {
    await browser.close();
    await served.close();
  }
});
