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
 * Each month's words as folded text spells them (fold.ts): stems that take any ending, whole words, and abbreviations
 * that may take a dot. Kazakh stems fold their letters (қаңтар → кантар); "сауiр" keeps the Latin i some people type.
 */
const MONTHS: Array<{ stems: string[]; words?: string[]; dotted?: string[] }> = [
  { stems: ['кантар', 'январ'], words: ['january'], dotted: ['jan'] },
  { stems: ['акпан', 'феврал'], words: ['february'], dotted: ['feb'] },
  { stems: ['наурыз', 'март'], words: ['march'], dotted: ['mar'] },
  { stems: ['сауир', 'сауiр', 'апрел'], words: ['april'], dotted: ['apr'] },
  { stems: ['мамыр'], words: ['май', 'мая', 'мае', 'may'] },
  { stems: ['маусым', 'июн'], words: ['june', 'jun'] },
  { stems: ['шилде', 'июл'], words: ['july', 'jul'] },
  { stems: ['тамыз', 'август'], words: ['august'], dotted: ['aug'] },
  { stems: ['кыркуйек', 'кыркуйег', 'сентябр'], words: ['september'], dotted: ['sept', 'sep'] },
  { stems: ['казан', 'октябр'], words: ['october'], dotted: ['oct'] },
  { stems: ['караша', 'ноябр'], words: ['november'], dotted: ['nov'] },
  { stems: ['желтоксан', 'декабр'], words: ['december'], dotted: ['dec'] },
];

/** One month spelling: a stem (any ending), a whole word, or an abbreviation that may take a dot. */
interface Spelling {
  text: string;
  month: number;
  kind: 'stem' | 'word' | 'dotted';
}

/** The spellings by their first letter: most words of a cell start with a letter no month name starts with. */
let byFirst: Map<string, Spelling[]> | null = null;

function spellings(): Map<string, Spelling[]> {
  if (byFirst) return byFirst;
  byFirst = new Map();
  MONTHS.forEach((m, i) => {
    const add = (text: string, kind: Spelling['kind']) => {
      const list = byFirst!.get(text[0]) ?? [];
      list.push({ text, month: i + 1, kind });
      byFirst!.set(text[0], list);
    };
    m.dotted?.forEach((t) => add(t, 'dotted'));
    m.words?.forEach((t) => add(t, 'word'));
    m.stems.forEach((t) => add(t, 'stem'));
  });
  return byFirst;
}

/** The month of a folded word (whole, as the rules' month names match it), and whether a dot may follow; or null. */
export function monthOfWord(word: string): { month: number; dotted: boolean } | null {
  const list = spellings().get(word[0]);
  if (!list) return null;
  // Months in order, as the rules tried them: the first whose spelling fits.
  let best: Spelling | null = null;
  for (const sp of list)
    if (sp.kind === 'stem' ? word.startsWith(sp.text) : word === sp.text)
      if (!best || sp.month < best.month || (sp.month === best.month && sp.kind === 'dotted')) best = sp;
  return best && { month: best.month, dotted: best.kind === 'dotted' };
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
    const m = monthOfWord(folded.slice(i, j));
    if (m) {
      out += folded.slice(from, i) + String.fromCharCode((m.dotted ? DOTTED : PLAIN) + m.month);
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
