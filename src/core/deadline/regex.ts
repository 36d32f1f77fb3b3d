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
 * the rules put it inside one), bracketed elsewhere. Two native replaces: a character loop here cost more, cold, than
 * compiling the expressions.
 */
export function narrowLetters(source: string): string {
  return source.replace(/\[\\p\{L\}/g, `[${FOLDED_LETTERS}`).replace(/\\p\{L\}/g, `[${FOLDED_LETTERS}]`);
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
