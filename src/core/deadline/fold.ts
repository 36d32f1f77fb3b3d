import { foldLookalikes } from '../text/normalize';

/**
 * Folds a deadline cell to one spelling, one character for one character, so that a match's offsets are offsets in the
 * text the user wrote: lower case; Latin look-alikes inside Cyrillic words become Cyrillic; Kazakh letters become their
 * nearest Russian ones (people type "кантар" for "қаңтар" on a Russian keyboard); every dash becomes "-", every space "
 * "; any letter outside a-z and а-я becomes OTHER_LETTER, so the rules need no Unicode classes (regex.ts).
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

/** Any other letter (Greek, accented Latin, Ukrainian ў …): one letter the rules never name (regex.ts). */
export const OTHER_LETTER = '\u00aa';
let letterTest: RegExp | null = null;

export function foldChar(ch: string): string {
  const lower = ch.toLowerCase();
  const c = lower.length === 1 ? lower : ch;
  if ((c >= 'a' && c <= 'z') || (c >= '\u0430' && c <= '\u044f')) return c;
  if (KAZAKH_TO_BASE[c]) return KAZAKH_TO_BASE[c];
  if (c < '\u0080') return c === ' ' || (c >= '\t' && c <= '\r') ? ' ' : QUOTES.test(c) ? '"' : c;
  if (/\s/.test(c)) return ' ';
  if (DASHES.test(c)) return '-';
  if (QUOTES.test(c)) return '"';
  // Built only when such a letter first appears: a Unicode class is costly to compile in a fresh context.
  letterTest ??= new RegExp('\\p{L}', 'u');
  return letterTest.test(c) ? OTHER_LETTER : c;
}

/** Each character's fold, kept: a cell has few distinct characters and foldText runs on every parse. */
const FOLDED = new Map<string, string>();

export function foldText(text: string): string {
  const withCyrillic = foldLookalikes(text);
  // Most characters fold to their lower case: do that natively, then look at only the others (Kazakh letters, other
  // spaces, dashes, quotes, other scripts). A lower case of another length (İ) takes the character-by-character way.
  const lower = withCyrillic.toLowerCase();
  if (lower.length === withCyrillic.length) return foldOthers(lower);
  let out = '';
  for (let i = 0; i < withCyrillic.length; i++) out += cachedFold(withCyrillic[i]);
  return out;
}

/**
 * The lower-cased text with each character that may fold to another (all but a-z, а-я, digits, space and . , ; : ( ) /
 * -) folded: a hand loop that copies the runs in between, cheaper per parse than a replace calling back per character.
 */
function foldOthers(lower: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 0x430 && c <= 0x44f) || (c >= 44 && c <= 59) || c === 32 || c === 40 || c === 41)
      continue;
    out += lower.slice(from, i) + cachedFold(lower[i]);
    from = i + 1;
  }
  return from === 0 ? lower : out + lower.slice(from);
}

function cachedFold(ch: string): string {
  let f = FOLDED.get(ch);
  if (f === undefined) {
    f = foldChar(ch);
    if (FOLDED.size < 4096) FOLDED.set(ch, f);
  }
  return f;
}

/** Folds the letters of a regular-expression source written in plain Kazakh, leaving its syntax alone. */
export function foldPattern(source: string): string {
  // а-я fold to themselves: only capitals, ё and the letters beyond я (Kazakh ones among them) are looked at.
  return source.replace(/[\u0400-\u042f\u0450-\u04ff]/g, (ch) => foldChar(ch));
}
