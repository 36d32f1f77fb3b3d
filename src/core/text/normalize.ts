/** Collapses every run of white space (line breaks, tabs, no-break spaces) to one space and trims. */
export function normalizeSpace(text: string): string {
  return String(text)
    .replace(/[\s\u00a0\u2007\u202f]+/g, ' ')
    .trim();
}

/**
 * Latin letters that look like Cyrillic ones, as they slip into Kazakh text typed on a mixed keyboard ("Aй сайын" with
 * a
 * Latin A). Only used inside words that are otherwise Cyrillic, so English words stay as they are.
 */
const LOOKALIKES: Record<string, string> = {
  A: 'А',
  a: 'а',
  B: 'В',
  C: 'С',
  c: 'с',
  E: 'Е',
  e: 'е',
  H: 'Н',
  K: 'К',
  k: 'к',
  M: 'М',
  O: 'О',
  o: 'о',
  P: 'Р',
  p: 'р',
  T: 'Т',
  X: 'Х',
  x: 'х',
  y: 'у',
  Y: 'У',
  i: 'і',
  I: 'І',
};

const MIXED_WORD = /[\p{L}]+/gu;
const HAS_CYRILLIC = /[\u0400-\u04ff]/;
const HAS_LATIN = /[A-Za-z]/;

export function foldLookalikes(text: string): string {
  // Most text is in one script: skip the word scan (a Unicode class, costly to compile in a fresh context).
  if (!HAS_CYRILLIC.test(text) || !HAS_LATIN.test(text)) return text;
  return text.replace(MIXED_WORD, (word) =>
    HAS_CYRILLIC.test(word) && HAS_LATIN.test(word) ? word.replace(/[A-Za-z]/g, (ch) => LOOKALIKES[ch] ?? ch) : word,
  );
}
