/**
 * The staff guides (docs/staff-kk.md, docs/staff-ru.md) as printable .docx (the `docx` package): `npm start` writes
 * out/guide-kk.docx and out/guide-ru.docx from the Markdown, so the printed page and the repository's text are one.
 * Only what the guides use is read: `#` title, `##`/`###` headings, paragraphs, `- ` items (continued by indented
 * lines), **bold**, `code` and links (their text).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { ROOT } from '../run-addon';

export const GUIDE_LANGS = ['kk', 'ru'] as const;

interface Block {
  kind: 'title' | 'h2' | 'h3' | 'p' | 'item';
  text: string;
}

/** The Markdown's blocks: lines of a paragraph or an item joined by spaces. */
export function guideBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let open: Block | null = null;
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trimEnd();
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (!line.trim()) open = null;
    else if (heading) {
      blocks.push({ kind: (['title', 'h2', 'h3'] as const)[heading[1].length - 1], text: heading[2] });
      open = null;
    } else if (line.startsWith('- ')) {
      open = { kind: 'item', text: line.slice(2) };
      blocks.push(open);
    } else if (open) open.text += ` ${line.trim()}`;
    else {
      open = { kind: 'p', text: line.trim() };
      blocks.push(open);
    }
  }
  return blocks;
}

/** A line's runs: **bold** as bold, `code` and [text](url) as their text. */
function runs(text: string, size: number): TextRun[] {
  const plain = text.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1').replace(/`([^`]+)`/g, '$1');
  return plain
    .split(/(\*\*[^*]+\*\*)/)
    .filter(Boolean)
    .map((part) =>
      part.startsWith('**')
        ? new TextRun({ text: part.slice(2, -2), bold: true, size })
        : new TextRun({ text: part, size }),
    );
}

export async function guideToDocx(markdown: string): Promise<Buffer> {
  const body = 21; // half-points: 10.5 pt fits the guide on two A4 pages
  const paragraphs = guideBlocks(markdown).map((b) => {
    if (b.kind === 'title') return new Paragraph({ heading: HeadingLevel.TITLE, children: runs(b.text, 34) });
    if (b.kind === 'h2' || b.kind === 'h3')
      return new Paragraph({
        heading: b.kind === 'h2' ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
        spacing: { before: 160, after: 60 },
        children: runs(b.text, b.kind === 'h2' ? 26 : 23),
      });
    return new Paragraph({
      bullet: b.kind === 'item' ? { level: 0 } : undefined,
      spacing: { after: 80 },
      children: runs(b.text, body),
    });
  });
  const doc = new Document({
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 }, // A4
            margin: { top: 1000, bottom: 1000, left: 1100, right: 1100 },
          },
        },
        children: paragraphs,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** out/guide-kk.docx and out/guide-ru.docx from docs/staff-*.md; the files written, each told to `wrote` at once. */
export async function writeGuides(outDir: string, wrote: (file: string) => void = () => undefined): Promise<string[]> {
  const files: string[] = [];
  for (const lang of GUIDE_LANGS) {
    const file = join(outDir, `guide-${lang}.docx`);
    writeFileSync(file, await guideToDocx(readFileSync(join(ROOT, 'docs', `staff-${lang}.md`), 'utf8')));
    wrote(file);
    files.push(file);
  }
  return files;
}
