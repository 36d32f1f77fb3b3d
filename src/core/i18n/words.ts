/**
 * Values Jospar keeps as codes (a setting's "previous", a template's "order", a period's "exam-session") and shows as
 * words in the spreadsheet's language. A cell is read back whatever a person typed or an older Jospar wrote: the code,
 * the word in any of the three languages, or an older word; letters are compared folded (case, Kazakh letters typed
 * on a Russian keyboard, Latin look-alikes), so "Мерзімі өткен", "мерзiмi откен" and "overdue" are one value.
 */
import { foldText } from '../deadline/fold';
import type { Lang, Text } from './lang';

export interface Word {
  code: string;
  word: Text;
  /** Words an older Jospar wrote (or common synonyms): read, never written. */
  older?: string[];
}

/** One value of a list: its code, its word in each language, and any older words still read. */
export function word(code: string, kk: string, ru: string, en: string, older?: string[]): Word {
  return { code, word: { kk, ru, en }, ...(older ? { older } : {}) };
}

const fold = (s: string) => foldText(s).replace(/\s+/g, ' ').trim();

/** The word a code shows as, in one language (the code itself when the list does not know it). */
export function wordFor(words: readonly Word[], code: string, lang: Lang): string {
  return words.find((w) => w.code === code)?.word[lang] ?? code;
}

/** The code a cell means, or null when it is none of the list's codes or words. */
export function codeOf(words: readonly Word[], cell: string): string | null {
  const v = fold(String(cell ?? ''));
  const hit = words.find((w) =>
    [w.code, w.word.kk, w.word.ru, w.word.en, ...(w.older ?? [])].some((x) => fold(x) === v),
  );
  return hit ? hit.code : null;
}

/** The words of a list in one language, in the list's order: a dropdown's values. */
export function wordList(words: readonly Word[], lang: Lang): string[] {
  return words.map((w) => w.word[lang]);
}

/**
 * The word a cell should show in `lang` when it holds one of the list's values in another form (a code, another
 * language, an older word); null when it already shows it, or is not the list's.
 */
export function relabel(words: readonly Word[], cell: string, lang: Lang): string | null {
  const code = codeOf(words, cell);
  if (code === null) return null;
  const word = wordFor(words, code, lang);
  return word === String(cell).trim() ? null : word;
}

/** Yes and no, as a cell says them (a Templates row's PDF, a setting's on/off). */
export const YES_NO: Word[] = [
  word('yes', 'иә', 'да', 'yes', ['true', '1']),
  word('no', 'жоқ', 'нет', 'no', ['false', '0']),
];
