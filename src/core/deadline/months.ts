/**
 * Month words found by hand, once per cell, instead of by a regular expression in every rule. The month names (about
 * forty stems and abbreviations in three languages, each taking any ending) were the largest part of every date rule,
 * and V8 compiles each rule anew in every fresh Apps Script context.
 *
 * monthText() copies the folded cell with the first letter of each month word replaced by a placeholder letter saying
 * which month (and whether an abbreviation may take a dot); the rest of the word stays, so offsets are unchanged and
 * the rules still see its ending (the Kazakh ablative of "қазаннан бастап" opens a range). The rules that name a month
 * run on that copy with MONTH (lexicon.ts) matching a word that starts with a placeholder; every other rule runs on the
 * folded text itself. The placeholders are Greek letters, which folded text never holds (fold.ts folds every letter
 * outside a-z and а-я to "ª").
 */

/** Month 1-12 as the first letter of a month word that takes no dot: α (January) … μ (December). */
const PLAIN = 0x3b0;
/** Month 1-12 as the first letter of an abbreviation that may take a dot ("Sept."): ν … ψ. */
const DOTTED = 0x3bc;
/** The placeholder letters, as a character range for a regular expression's letter class. */
export const MONTH_LETTERS = '\\u03b1-\\u03c8';

/**
 * Each month's spellings as folded text has them (fold.ts), in the order the rules tried them: "*" ends a stem that
 * takes any ending, "." an abbreviation that may take a dot ("Sept."), anything else is a whole word. Kazakh stems
 * fold their letters (қаңтар → кантар); "сауiр" keeps the Latin i some people type. A plain list read by a loop:
 * building a table from it cost a fresh context more than all the lookups of a parse.
 */
const MONTH_SPELLINGS: string[][] = [
  ['jan.', 'january', 'кантар*', 'январ*'],
  ['feb.', 'february', 'акпан*', 'феврал*'],
  ['mar.', 'march', 'наурыз*', 'март*'],
  ['apr.', 'april', 'сауир*', 'сауiр*', 'апрел*'],
  ['май', 'мая', 'мае', 'may', 'мамыр*'],
  ['june', 'jun', 'маусым*', 'июн*'],
  ['july', 'jul', 'шилде*', 'июл*'],
  ['aug.', 'august', 'тамыз*', 'август*'],
  ['sept.', 'sep.', 'september', 'кыркуйек*', 'кыркуйег*', 'сентябр*'],
  ['oct.', 'october', 'казан*', 'октябр*'],
  ['nov.', 'november', 'караша*', 'ноябр*'],
  ['dec.', 'december', 'желтоксан*', 'декабр*'],
];
const STEM_END = 42; // "*"
const DOT_END = 46; // "."

/** The letters a month spelling starts with: most words of a cell start with another and are not looked up. */
const FIRST_LETTERS = 'jfmasondкяафнмситошжд';

/** Whether a folded word is this spelling: 1, or 2 for an abbreviation that may take a dot; 0 if not. */
function fits(word: string, spelling: string): number {
  const end = spelling.charCodeAt(spelling.length - 1);
  const n = end === STEM_END || end === DOT_END ? spelling.length - 1 : spelling.length;
  if (end === STEM_END ? word.length < n : word.length !== n) return 0;
  for (let k = 0; k < n; k++) if (word.charCodeAt(k) !== spelling.charCodeAt(k)) return 0;
  return end === DOT_END ? 2 : 1;
}

/**
 * A folded word's month (whole, as the rules' month names match it): 1-12, 13-24 for an abbreviation that may take
 * a dot (month + 12), or 0. The first month with a spelling that fits.
 */
export function monthCode(word: string): number {
  if (FIRST_LETTERS.indexOf(word[0]) < 0) return 0;
  for (let m = 0; m < 12; m++) {
    const list = MONTH_SPELLINGS[m];
    for (let i = 0; i < list.length; i++) {
      const fit = fits(word, list[i]);
      if (fit !== 0) return fit === 2 ? m + 13 : m + 1;
    }
  }
  return 0;
}

/** The month of a folded word (whole, as the rules' month names match it), and whether a dot may follow; or null. */
export function monthOfWord(word: string): { month: number; dotted: boolean } | null {
  const code = monthCode(word);
  return code === 0 ? null : { month: code > 12 ? code - 12 : code, dotted: code > 12 };
}

/** A letter of folded text, placeholders included (fold.ts: a-z, а-я, "ª"). */
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0x430 && c <= 0x44f) || c === 0xaa || (c >= 0x3b1 && c <= 0x3c8);
}

/** The folded text with each month word's first letter a placeholder (null when it names no month). */
export function monthText(folded: string): string | null {
  let out = '';
  let from = 0;
  for (let i = 0; i < folded.length;) {
    if (!isLetter(folded.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < folded.length && isLetter(folded.charCodeAt(j))) j++;
    const code = monthCode(folded.slice(i, j));
    if (code !== 0) {
      out += folded.slice(from, i) + String.fromCharCode(code > 12 ? DOTTED + code - 12 : PLAIN + code);
      from = i + 1;
    }
    i = j;
  }
  return from === 0 ? null : out + folded.slice(from);
}

/** The month a placeholder word stands for (1-12), or 0. */
export function placeholderMonth(word: string): number {
  const c = word.charCodeAt(0);
  if (c > PLAIN && c <= PLAIN + 12) return c - PLAIN;
  if (c > DOTTED && c <= DOTTED + 12) return c - DOTTED;
  return 0;
}
