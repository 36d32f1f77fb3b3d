/**
 * Regular expressions for folded deadline text, cheap to build cold. Apps Script starts a fresh V8 context for every
 * execution, and V8 compiles a regular expression on its first use: a Unicode one with `\p{L}` expands that class to
 * hundreds of ranges in every rule that names it, which made a first parse cost ~90 ms. Folded text (fold.ts) has only
 * a few letters (a-z, а-я and the placeholder "ª" for any other letter), so the rules are written with `\p{L}` for
 * readability and compiled here, without the `u` flag, with `\p{L}` narrowed to exactly those letters.
 */
import { MONTH_LETTERS } from './months';

/**
 * Every letter folded text can hold: Latin a-z, Russian а-я, and "ª" for any other letter (fold.ts); and the Greek
 * letters months.ts puts in place of month names in the copy the date rules read (never in folded text itself).
 */
export const FOLDED_LETTERS = `a-z\\u00aa\\u0430-\\u044f${MONTH_LETTERS}`;

/**
 * `\p{L}` in a pattern source becomes the folded letters: bare at the start of a class (`[\p{L}\d]`, the only place
 * the rules put it inside one), bracketed elsewhere. Native splits and joins: a character loop here cost more, cold,
 * than compiling the expressions, and a replace would compile two expressions of its own.
 */
export function narrowLetters(source: string): string {
  return source.split('[\\p{L}').join(`[${FOLDED_LETTERS}`).split('\\p{L}').join(`[${FOLDED_LETTERS}]`);
}

/** A regular expression over folded text (flags without `u`). */
export function foldedRegExp(source: string, flags = ''): RegExp {
  return new RegExp(narrowLetters(source), flags);
}

/**
 * Built on first use, then kept: nothing is compiled when the bundle loads (a sidebar call that never reads a deadline
 * pays nothing), and each rule's expression only when a cell first gets that far.
 */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}

/** The top-level alternatives of a regular-expression source ("a|(b|c)|d" → a, (b|c), d). */
export function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/**
 * Words one of which a text must hold for a folded source to match in it: each alternative's leading letters
 * ("аяқталғанға\\s+дейін|before(?:…)?" → аякталганга, before), looking through leading groups (an optional one adds
 * the words after it) and lookarounds; null when some alternative starts otherwise (a class, an escape). A text holding
 * none cannot match, so the expression need not even be compiled for it. A letter a quantifier makes optional
 * ("days?") is left out.
 */
export function leadingWords(source: string): string[] | null {
  const words: string[] = [];
  for (const alt of alternatives(source)) {
    const w = firstWords(alt);
    if (w === null) return null;
    words.push(...w);
  }
  return words;
}

function firstWords(alt: string): string[] | null {
  let n = 0;
  while (n < alt.length && isPlainLetter(alt.charCodeAt(n))) n++;
  if (n > 0) {
    if (n < alt.length && '?*{'.includes(alt[n])) n--;
    return n > 0 ? [alt.slice(0, n)] : null;
  }
  if (alt[0] !== '(') return null;
  const close = closingParen(alt);
  if (close < 0) return null;
  const inner = alt.slice(1, close);
  const rest = alt.slice(close + 1);
  // A lookaround takes no letters: the words are those after it.
  if (/^\?<?[=!]/.test(inner)) return firstWords(rest);
  const group = leadingWords(inner.replace(/^\?:/, ''));
  if (group === null) return null;
  if (rest[0] !== '?' && rest[0] !== '*') return group;
  const after = firstWords(rest.slice(1));
  return after === null ? null : [...group, ...after];
}

/** a-z or а-я: a letter as a folded source writes it. */
function isPlainLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0x430 && c <= 0x44f);
}

/** The index of the parenthesis closing the one a source starts with, or -1. */
function closingParen(source: string): number {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '[') {
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    } else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}
