/// <reference lib="dom" />
/**
 * The sidebar in a real browser: `jospar serve`'s server on the local workspace, the page driven in headless
 * Chromium. Every action is clicked and its effect checked in the workspace; screenshots go to out/screens/.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { startServer, type Served } from '../../../src/local/serve/server';
import { staticSidebar } from '../../../src/local/serve/snapshot';
import type { Workspace } from '../../../src/local/workspace/workspace';
import type { AddOn } from '../../../src/local/run-addon';
import { installed, columnOf, sheetValues } from '../../helpers';
import { applyPeople, EXAMPLE_PEOPLE, readPeopleCsv } from '../../../src/local/cli/people';
import { launch } from './browser';

const PLAN = 'Жоспар';
const SCREENS = join(__dirname, '..', '..', '..', 'out', 'screens');
const XSS = '<img src=x onerror=alert(1)>';

let browser: { context: BrowserContext; close: () => Promise<void> };
let page: Page;
let ws: Workspace;
let addon: AddOn;
let served: Served;
const dialogs: string[] = [];
const calls: string[] = [];

function rowOf(id: string): number {
  const idCol = columnOf(ws, PLAN, 'ID');
  return sheetValues(ws, PLAN).findIndex((r) => r[idCol] === id) + 1;
}
function cell(id: string, header: string): unknown {
  return sheetValues(ws, PLAN)[rowOf(id) - 1][columnOf(ws, PLAN, header)];
}
function select(id: string): void {
  ws.spreadsheet.setActiveRange(ws.spreadsheet.getSheetByName(PLAN)!.getRange(rowOf(id), 3));
}
async function show(id: string): Promise<void> {
  select(id);
  await page.click('#refresh');
  await page.waitForSelector(`#item-title:has-text("${id}")`);
}
async function status(): Promise<string> {
  await page.waitForFunction(() => !document.body.hasAttribute('aria-busy'));
  return (await page.textContent('#status')) ?? '';
}
async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: true });
}

beforeAll(async () => {
  mkdirSync(SCREENS, { recursive: true });
  ({ ws, addon } = await installed({ now: Date.parse('2025-10-10T04:00:00Z') }));
  addon.josparSetUpPlan();
  addon.josparCreateTemplates();
  // One activity that tries to run script, and one deadline with words Jospar cannot read.
  const sheet = ws.spreadsheet.getSheetByName(PLAN)!;
  sheet
    .getRange(rowOf('1.02'), columnOf(ws, PLAN, 'Іс-шаралар') + 1)
    .setValue(`Тексеру ${XSS} <script>alert(2)</script>`);
  served = await startServer({ ws, addon });
  browser = await launch();
  page = await browser.context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (r.url().includes('/run/')) calls.push(r.url().split('/run/')[1]);
  });
  await page.goto(`${served.url}/sidebar`);
  await page.waitForSelector('#refresh');
}, 60000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

test('the selected row shows as the item, in Kazakh, with its reading', async () => {
  await show('1.05');
  expect(await page.textContent('#item-title')).toContain('1.05');
  expect(await page.textContent('.card')).toContain('Мерзім (жазылғандай)');
  expect(await page.locator('.card .reading').count()).toBe(1);
  await shot('item-kk');
});

test('user text is shown as text: no element, no script, no dialog', async () => {
  await show('1.02');
  expect(await page.textContent('.activity')).toContain(XSS);
  expect(await page.locator('.card img').count()).toBe(0);
  expect(await page.locator('.card script').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('mark done: the date and the evidence link land in the row', async () => {
  await show('1.05');
  await page.click('#act-done');
  await page.fill('#done-date', '2025-10-08');
  await page.fill('#done-evidence', 'https://drive.google.com/evidence-1');
  await page.click('#done-save');
  expect(await status()).toContain('1.05');
  expect(cell('1.05', 'Мәртебе')).toBe('Орындалды');
  expect(cell('1.05', 'Дәлел сілтемесі')).toBe('https://drive.google.com/evidence-1');
  expect(await page.textContent('#item-title')).toContain('Орындалды');
});

test('a bad evidence link is refused with a clear message and nothing is written', async () => {
  await show('1.06');
  await page.click('#act-done');
  await page.fill('#done-evidence', 'ftp://x');
  // The browser's own url check accepts ftp:, so the server's check answers.
  await page.click('#done-save');
  expect(await status()).toContain('https://');
  expect(cell('1.06', 'Мәртебе')).not.toBe('Орындалды');
  expect(await page.getAttribute('#status', 'class')).toContain('error');
});

test('mark cancelled asks first', async () => {
  await show('3.02');
  await page.click('#act-cancel');
  expect(await page.textContent('#form-cancel')).toContain('3.02');
  await page.click('#cancel-yes');
  await status();
  expect(cell('3.02', 'Мәртебе')).toBe('Тоқтатылды');
});

test('the deadline is read live as one types, with no server call, and saving writes the cell', async () => {
  await show('1.07');
  await page.click('#act-deadline');
  const before = calls.length;
  await page.fill('#deadline-text', '');
  await page.type('#deadline-text', '2025 ж. 20 қарашаға дейін');
  await page.waitForSelector('#live-reading .dates li');
  expect(await page.textContent('#live-reading')).toContain('2025 жылғы 20 қараша');
  await page.fill('#deadline-text', 'Әр айдың 20-сына дейін бірдеңе');
  expect(await page.locator('#live-reading mark').count()).toBeGreaterThan(0);
  await shot('item-warnings');
  expect(calls.length).toBe(before);
  await page.fill('#deadline-text', '2025 ж. 20 қарашаға дейін');
  await page.click('#deadline-save');
  expect(await status()).toContain('1.07');
  expect(cell('1.07', 'Орындау мерзімі')).toBe('2025 ж. 20 қарашаға дейін');
  expect(String(cell('1.07', 'Келесі мерзім'))).not.toBe('');
});

test('generate the document, then the regenerate question keeps or versions it; open is a link', async () => {
  await show('1.44');
  await page.click('#act-generate');
  expect(await status()).toMatch(/1 жасалды/);
  expect(String(cell('1.44', 'Құжат'))).toMatch(/https:\/\//);
  expect(await page.getAttribute('#act-open', 'href')).toMatch(/^https:\/\//);
  const docs = ws.drive.files.length;
  await page.click('#act-generate');
  expect(await page.textContent('#form-regenerate')).toContain('нұсқа');
  await page.click('#regen-keep');
  expect(ws.drive.files.length).toBe(docs);
  await page.click('#act-generate');
  await page.click('#regen-new');
  expect(await status()).toMatch(/1 жасалды/);
  expect(ws.drive.files.length).toBeGreaterThan(docs);
});

test("sync this item's events; a second click while it runs says it is running", async () => {
  await show('1.08');
  await page.route('**/run/josparSidebarSyncItem', async (route) => {
    await new Promise((r) => setTimeout(r, 700));
    await route.continue();
  });
  await page.click('#act-sync');
  await page.click('#act-sync');
  expect(await page.textContent('#status')).toMatch(/орындалуда/i);
  expect(await status()).toMatch(/Күнтізбе: \d+ құрылды/);
  await page.unroute('**/run/josparSidebarSyncItem');
  // Its key (a private extended property: item id, then the occurrence) names the item; its date (September) had
  // passed, but the item is overdue, so it is in the calendar.
  const items = ws.calendars.calendars
    .flatMap((c) => c.events)
    .map((e) => e.extendedProperties?.private?.josparKey?.split('#')[0]);
  expect(items).toContain('1.08');
  expect(calls.filter((c) => c === 'josparSidebarSyncItem')).toHaveLength(1);
});

test('a long action shows how many of how many are done, from the note the server keeps as it goes', async () => {
  await show('1.08');
  const seen: string[] = [];
  await page.route('**/run/josparSidebarSyncItem', async (route) => {
    // Mid-run, as src/gas/progress.ts notes it; the page asks for it beside the running call.
    const note = { value: JSON.stringify({ job: 'sync', done: 40, total: 160 }), expires: ws.clock.now() + 600_000 };
    ws.caches.user.set('jospar.progress', note);
    await page.waitForFunction(() => /40 \/ 160/.test(document.getElementById('status')?.textContent ?? ''));
    seen.push((await page.textContent('#status')) ?? '');
    seen.push((await page.getAttribute('#progress .progress-bar', 'style')) ?? '');
    seen.push((await page.getAttribute('#progress', 'aria-valuenow')) ?? '');
    ws.caches.user.delete('jospar.progress');
    await route.continue();
  });
  await page.click('#act-sync');
  expect(await status()).toMatch(/Күнтізбе: \d+ құрылды/);
  await page.unroute('**/run/josparSidebarSyncItem');
  expect(seen[0]).toMatch(/^Орындалуда: 40 \/ 160/);
  expect(seen[1]).toContain('width: 25%');
  expect(seen[2]).toBe('40');
  // Finished: the bar is hidden and back to its sliding form for the next action.
  expect(await page.isHidden('#progress')).toBe(true);
  expect(await page.getAttribute('#progress .progress-bar', 'class')).toBe('progress-bar');
});

test('remind now mails the item’s people, and the card then lists that mail: day, person, why, sent', async () => {
  expect(applyPeople(ws, readPeopleCsv(EXAMPLE_PEOPLE).people)).toEqual([]);
  addon.josparRefreshDeadlines();
  await show('2.03');
  expect(await page.textContent('.card')).toContain('Жіберілген хаттар');
  const before = ws.mail.sent.length;
  await page.click('#act-remind');
  expect(await status()).toMatch(/Хат: [1-9]\d* жіберілді/);
  const sent = ws.mail.sent.slice(before).map((m) => String(m.to));
  expect(sent.length).toBeGreaterThan(0);
  await page.waitForSelector('.mail-list li');
  const listed = await page.locator('.mail-list li').allTextContents();
  expect(listed).toHaveLength(sent.length);
  for (const to of sent) expect(listed.some((line) => line.includes(to) && line.includes('жіберілді'))).toBe(true);
  // Why it was sent, in words: "remind now" is a reminder by hand.
  expect(listed.every((line) => line.includes('қолмен еске салу'))).toBe(true);
  expect(listed.every((line) => /^10\.10\.2025 · /.test(line))).toBe(true);
  await shot('item-mail-kk');
});

test('keyboard: arrows move between tabs, Enter on the id field opens that item, every field has a label', async () => {
  await page.focus('#tab-item');
  await page.keyboard.press('ArrowRight');
  expect(await page.getAttribute('#tab-overview', 'aria-selected')).toBe('true');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-overview');
  await page.keyboard.press('ArrowLeft');
  await page.focus('#item-id');
  await page.fill('#item-id', '2.03');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#item-title:has-text("2.03")');
  const unlabelled = await page.evaluate(() =>
    [...document.querySelectorAll('input, select, textarea')]
      .filter((el) => !document.querySelector(`label[for="${el.id}"]`) && !el.getAttribute('aria-label'))
      .map((el) => el.outerHTML),
  );
  expect(unlabelled).toEqual([]);
});

test('the overview tab: every unit with its share done, overdue and the next 14 days', async () => {
  await page.click('#tab-overview');
  await page.waitForSelector('table.units tbody tr');
  expect(await page.locator('table.units tbody tr').count()).toBe(4);
  expect(await page.textContent('#panel-overview')).toContain('Келесі 14 күн');
  // On 10 October items are overdue: the tab says how many, the same number of rows the Plan colours late.
  const lateCol = columnOf(ws, PLAN, 'Кешігу, күн');
  const late = sheetValues(ws, PLAN).filter((r, i) => i > 0 && Number(r[lateCol]) > 0).length;
  expect(late).toBeGreaterThan(0);
  expect(await page.textContent('#ov-overdue')).toBe(`Мерзімі өткен (${late})`);
  // A unit with nothing done shows an empty bar, not one full of "planned": only done and overdue fill it.
  const filled = await page.$$eval('table.units .bar', (bars) =>
    bars.map((b) => [...b.querySelectorAll('.seg')].map((x) => x.className)),
  );
  expect(filled.flat().every((c) => /status-(done|late)/.test(c))).toBe(true);
  await shot('sidebar-overview');
});

/** Every visible text on the page whose contrast with what lies behind it is under WCAG AA (4.5:1). */
async function lowContrast(): Promise<string[]> {
  return page.evaluate(() => {
    const rgba = (c: string) => (c.match(/[\d.]+/g) ?? ['0', '0', '0', '0']).map(Number);
    const lum = ([r, g, b]: number[]) => {
      const ch = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
    };
    const background = (el: Element | null): number[] => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgba(getComputedStyle(e).backgroundColor);
        if ((c[3] ?? 1) > 0.5) return c;
      }
      return [255, 255, 255];
    };
    const out: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
      const box = (el as HTMLElement).getBoundingClientRect();
      if (!own || box.width === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      const [l1, l2] = [lum(rgba(getComputedStyle(el).color)), lum(background(el))].sort((a, b) => b - a);
      const ratio = (l1 + 0.05) / (l2 + 0.05);
      if (ratio < 4.5)
        out.push(`${el.tagName}.${el.className} "${el.textContent!.trim().slice(0, 30)}" ${ratio.toFixed(2)}`);
    }
    return out;
  });
}

test('readable contrast: every visible text on the item, overview and start tabs is at least 4.5:1', async () => {
  await page.click('#tab-item');
  await show('2.03');
  expect(await lowContrast()).toEqual([]);
  await page.click('#tab-overview');
  await page.waitForSelector('table.units tbody tr');
  expect(await lowContrast()).toEqual([]);
  await page.click('#tab-start');
  expect(await lowContrast()).toEqual([]);
  await page.click('#tab-item');
});

test('language: ru and en switch the page and are remembered for this user', async () => {
  await page.click('#tab-item');
  await show('1.07');
  await page.selectOption('#lang', 'ru');
  await page.waitForSelector('#tab-item:has-text("Пункт")');
  expect(ws.properties.user.get('jospar.sidebarLang')).toBe('ru');
  await shot('item-ru');
  await page.reload();
  await page.waitForSelector('#tab-item:has-text("Пункт")');
  await page.selectOption('#lang', 'en');
  await page.waitForSelector('#tab-item:has-text("Item")');
  await show('1.07');
  await shot('item-en');
  await page.selectOption('#lang', 'kk');
  await page.waitForSelector('#tab-item:has-text("Тармақ")');
});

test('the page beside the sheets: a click on a row selects it for the sidebar', async () => {
  const full = await browser.context.newPage();
  await full.setViewportSize({ width: 1280, height: 800 });
  await full.goto(`${served.url}/`);
  await full.waitForSelector('#sheets tr[data-row="6"]');
  await full.click('#sheets tr[data-row="6"] th');
  await full.waitForSelector('#sheets tr.selected');
  const frame = full.frameLocator('#sidebar');
  await frame.locator('#refresh').click();
  const id = String(sheetValues(ws, PLAN)[5][columnOf(ws, PLAN, 'ID')]);
  await frame.locator(`#item-title:has-text("${id}")`).waitFor();
  await full.screenshot({ path: join(SCREENS, 'serve.png') });
  await full.close();
});

test('first run: an empty spreadsheet opens on the guide, and Set up from it lays the plan out', async () => {
  const fresh = await installed({ now: Date.parse('2025-10-10T04:00:00Z') });
  const server = await startServer({ ws: fresh.ws, addon: fresh.addon });
  const p = await browser.context.newPage();
  await p.goto(`${server.url}/sidebar`);
  await p.waitForSelector('#start-setup');
  expect(await p.getAttribute('#tab-start', 'aria-selected')).toBe('true');
  await p.screenshot({ path: join(SCREENS, 'first-run.png'), fullPage: true });
  await p.click('#start-setup');
  await p.waitForSelector('#step-setup.step-done');
  expect(fresh.ws.spreadsheet.getSheetByName(PLAN)).toBeTruthy();
  await p.close();
  await server.close();
});

test('the static snapshot (out/sidebar.html of npm start) opens from a file and shows its item', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'jospar-snapshot-'));
  const file = join(dir, 'sidebar.html');
  writeFileSync(file, staticSidebar(ws, addon)!);
  const p = await browser.context.newPage();
  await p.goto(`file://${file}`);
  await p.waitForSelector('#item-title');
  await p.click('#act-sync');
  await p.waitForSelector('#status.error');
  expect(await p.textContent('#status')).toContain('jospar serve');
  await p.close();
  rmSync(dir, { recursive: true, force: true });
});
