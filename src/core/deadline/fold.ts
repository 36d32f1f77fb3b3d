import { foldLookalikes } from '../text/normalize';

/**
 * Folds a deadline cell to one spelling, one character for one character, so that a match's offsets are offsets in the
 * text the user wrote: lower case; Latin look-alikes inside Cyrillic words become Cyrillic; Kazakh letters become their
 * nearest Russian ones (people type "кантар" for "қаңтар" on a Russian keyboard); every dash becomes "-", every space "
 * ".
 */
const KAZAKH_TO_BASE: Record<string, string> = {
  қ: 'к',
  ң: 'н',
  ғ: 'г',
  ү: 'у',
  ұ: 'у',
  ә: 'а',
  і: 'и',
  ө: 'о',
  һ: 'х',
  ё: 'е',
  ї: 'и',
  є: 'е',
};
const DASHES = /[\u2010-\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d]/;
const QUOTES = /[«»“”„‟"'’‘`]/;

export function foldChar(ch: string): string {
  const lower = ch.toLowerCase();
  const c = lower.length === 1 ? lower : ch;
  if (KAZAKH_TO_BASE[c]) return KAZAKH_TO_BASE[c];
  if (/\s/.test(c)) return ' ';
  if (DASHES.test(c)) return '-';
  if (QUOTES.test(c)) return '"';
  return c;
}

export function foldText(text: string): string {
  const withCyrillic = foldLookalikes(text);
  let out = '';
  for (let i = 0; i < withCyrillic.length; i++) out += foldChar(withCyrillic[i]);
  return out;
}

/** Folds the letters of a regular-expression source written in plain Kazakh, leaving its syntax alone. */
export function foldPattern(source: string): string {
  return source.replace(/[\u0400-\u04ff]/g, (ch) => foldChar(ch));
}
