/**
 * The staff guides as `npm start` writes them (out/guide-kk.docx, out/guide-ru.docx, from docs/staff-*.md), opened as
 * a person would: rendered by LibreOffice to PDF, each at most two printed pages, with every heading and item of the
 * Markdown on the page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GUIDE_LANGS, guideBlocks, writeGuides } from '../../src/local/export/guide-docx';
import { ROOT } from '../../src/local/run-addon';

const dir = mkdtempSync(join(tmpdir(), 'jospar-guides-'));
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  const files = await writeGuides(dir);
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], {
    stdio: 'ignore',
    env: { ...process.env, HOME: dir },
  });
}, 120_000);

test.each(GUIDE_LANGS)('guide-%s.docx prints on two pages with every heading and item of the guide', (lang) => {
  const pdf = join(dir, `guide-${lang}.pdf`);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
  const text = squash(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
  const blocks = guideBlocks(readFileSync(join(ROOT, 'docs', `staff-${lang}.md`), 'utf8'));
  expect(blocks.filter((b) => b.kind === 'h2').length).toBeGreaterThanOrEqual(4);
  for (const b of blocks.filter((b) => b.kind !== 'p')) {
    // The page shows the words without the Markdown marks (a line's first words are enough to find it).
    const words = squash(b.text.replace(/\*\*|`/g, ''))
      .split(' ')
      .slice(0, 6)
      .join(' ');
    expect(text).toContain(words);
  }
});
