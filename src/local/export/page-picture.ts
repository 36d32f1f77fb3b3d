/**
 * A page (an SVG or HTML string) drawn as a person's browser draws it, saved as PNG: Debian's /usr/bin/chromium,
 * headless, driven by playwright-core (a development dependency: `npm start` runs from a clone with it installed).
 * Nothing is fetched: the page is set as content, and every request it might make is refused. Node only.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = '/usr/bin/chromium';

/** Why no picture can be drawn here, or null when Chromium and playwright-core are both present. */
export function cannotDraw(): string | null {
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM}`;
  try {
    require.resolve('playwright-core');
    return null;
  } catch {
    return 'playwright-core is not installed (npm install)';
  }
}

/** Draws `markup` (a whole SVG or HTML document) in a page `width` pixels wide and saves it as a PNG, page high. */
export async function drawPng(markup: string, file: string, width: number): Promise<void> {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'jospar-picture-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    viewport: { width, height: 200 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.route('**/*', (route) => route.abort());
    const html = markup.trimStart().startsWith('<svg') ? `<body style="margin:0">${markup}</body>` : markup;
    await page.setContent(html);
    await page.screenshot({ path: file, fullPage: true });
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
