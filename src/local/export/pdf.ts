/**
 * Documents as a person sees them: .docx files turned into PDF by LibreOffice (one soffice run for all of them, with
 * a profile of its own so runs side by side do not share one), read back with poppler's pdftotext and pdfinfo, and
 * their first pages drawn as PNG by pdftoppm. Node only; the tests and `npm start` use it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p)) ?? null;
const POPPLER = ['/usr/bin/pdftotext', '/usr/bin/pdftoppm', '/usr/bin/pdfinfo'].every((p) => existsSync(p));

/** Whether this machine can render (LibreOffice) and read (poppler-utils) documents; .ci/run installs both. */
export function canRender(): boolean {
  return !!SOFFICE && POPPLER;
}

/** Converts the .docx files to PDF in `outDir` in one LibreOffice run; returns the PDFs' paths in the same order. */
export function toPdf(files: string[], outDir: string): string[] {
  if (!SOFFICE) throw new Error('LibreOffice (soffice) is not installed');
  const profile = mkdtempSync(join(tmpdir(), 'jospar-soffice-'));
  execFileSync(
    SOFFICE,
    ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', outDir, ...files],
    { timeout: 180000, stdio: 'ignore' },
  );
  return files.map((f) => join(outDir, `${basename(f).replace(/\.docx$/i, '')}.pdf`));
}

/** The text of each page (pdftotext keeps the layout; pages end with a form feed). */
export function pdfPages(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1);
}

/** The first page's size in points, as pdfinfo reports it. */
export function pdfPageSize(pdf: string): { width: number; height: number; pages: number } {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info);
  const pages = /Pages:\s+(\d+)/.exec(info);
  return { width: Number(size?.[1] ?? 0), height: Number(size?.[2] ?? 0), pages: Number(pages?.[1] ?? 0) };
}

/** Every word of a page with its box (pdftotext -bbox), to measure columns and rows. */
export function pdfWords(pdf: string, page: number): Array<{ word: string; xMin: number; xMax: number; yMin: number }> {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], {
    encoding: 'utf8',
  });
  const out: Array<{ word: string; xMin: number; xMax: number; yMin: number }> = [];
  const re = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g;
  for (let m = re.exec(html); m; m = re.exec(html))
    out.push({ word: decode(m[4]), xMin: Number(m[1]), xMax: Number(m[3]), yMin: Number(m[2]) });
  return out;
}

function decode(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** The first page of `pdf` as a PNG at `png` (pdftoppm, 70 dpi: a picture to look at, not to print). */
export function firstPagePng(pdf: string, png: string): void {
  const stem = png.replace(/\.png$/i, '');
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdf, stem], { stdio: 'ignore' });
  if (!existsSync(png) && existsSync(`${stem}-1.png`)) renameSync(`${stem}-1.png`, png);
}
