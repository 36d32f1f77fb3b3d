/**
 * The words of deadline language, as regular-expression sources written in plain Kazakh / Russian / English; fold.ts
 * folds them the same way as the text, so "қаңтарға", "Кантарга" and "ҚАҢТАРҒА" are one word to the rules.
 */
import { foldPattern } from './fold';
import { monthOfWord, placeholderMonth } from './months';
import { foldedRegExp, lazy } from './regex';

/** Start and end of a word: JavaScript's \b knows only ASCII letters. */
export const B = '(?<![\\p{L}\\d])';
export const E = '(?![\\p{L}])';

/**
 * A month word: one that starts with the placeholder letter months.ts puts in place of a month name's first letter
 * (қыркүйегіне, қарашасына, шілдеде, сентября, October, Sept.) in the copy of the cell the date rules read.
 */
export const MONTH = `${B}(?:[\\u03b1-\\u03bc]\\p{L}*|[\\u03bd-\\u03c8]\\p{L}*\\.?)${E}`;

/** The month (1-12) of a word MONTH matched. */
export function monthNumber(word: string): number {
  return placeholderMonth(word) || (monthOfWord(word)?.month ?? 0);
}

export const YEAR = '(?<!\\d)((?:19|20|21)\\d{2})(?!\\d)';
/** "ж.", "ж", "жыл", "жылғы", "жылдың", "г.", "года", "year" after a year. */
export const YEAR_WORD = foldPattern('(?:\\s*(?:жыл\\p{L}*|ж(?!\\p{L})\\.?|год\\p{L}*|гг?(?!\\p{L})\\.?|year))?');

const NUMBER_WORDS: Record<string, number> = {
  бір: 1,
  екі: 2,
  үш: 3,
  төрт: 4,
  бес: 5,
  алты: 6,
  жеті: 7,
  он: 10,
  один: 1,
  одна: 1,
  одну: 1,
  одного: 1,
  два: 2,
  две: 2,
  двух: 2,
  три: 3,
  трех: 3,
  четыре: 4,
  пять: 5,
  шесть: 6,
  семь: 7,
  десять: 10,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  ten: 10,
  once: 1,
  twice: 2,
};
const FOLDED_NUMBER_WORDS = new Map(Object.entries(NUMBER_WORDS).map(([w, n]) => [foldPattern(w), n]));
export const NUMBER = `(\\d{1,2}|${[...FOLDED_NUMBER_WORDS.keys()].join('|')})`;

/** "the third calendar day after …": an ordinal counts days too. */
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
export const ORDINAL = `(${ORDINALS.join('|')}|\\d{1,2}(?:st|nd|rd|th))`;
export function ordinalValue(word: string): number {
  const i = ORDINALS.indexOf(word);
  return i >= 0 ? i + 1 : Number.parseInt(word, 10);
}

export function numberValue(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : (FOLDED_NUMBER_WORDS.get(word) ?? NaN);
}

/** Roman quarter numbers as typed: Latin I/V, or the Kazakh "І" (folded to "и"); IV before I so "IV" is not "I". */
export const ROMAN_QUARTER = '(?:[iи]v|[iи]{1,3})';
export function romanValue(folded: string): number {
  const r = folded.replace(/и/g, 'i');
  return r === 'iv' ? 4 : r.length;
}

/** Week days, Monday first (ISO): nominative, plural / instrumental, and the English names. */
const WEEKDAY_SOURCES: string[] = [
  'дүйсенбі\\p{L}*|понедельник\\p{L}*|monday\\p{L}*',
  'сейсенбі\\p{L}*|вторник\\p{L}*|tuesday\\p{L}*',
  'сәрсенбі\\p{L}*|сред[аыу]|средам|wednesday\\p{L}*',
  'бейсенбі\\p{L}*|четверг\\p{L}*|thursday\\p{L}*',
  'жұма\\p{L}*|пятниц\\p{L}*|friday\\p{L}*',
].map(foldPattern);
const WEEKDAY_TESTS = lazy(() => WEEKDAY_SOURCES.map((s) => foldedRegExp(`^(?:${s})$`)));
export const WEEKDAY = `${B}(?:${WEEKDAY_SOURCES.join('|')})${E}`;
/** 1 = Monday … 5 = Friday (the numbering of dates.weekday). */
export function weekdayNumber(word: string): number {
  return WEEKDAY_TESTS().findIndex((re) => re.test(word)) + 1;
}

export function offsetUnit(working: string | undefined, unit: string): 'day' | 'working-day' | 'week' | 'month' {
  if (/^(?:апта|недел|week)/u.test(unit)) return 'week';
  if (/^(?:ай|месяц|month)/u.test(unit)) return 'month';
  return working ? 'working-day' : 'day';
}

export type Relation = 'before' | 'start' | 'during' | 'end' | 'after';

/** Words that carry no meaning of their own around the understood parts ("дейін", "ж.", "до", "by"). */
export const FILLER_WORDS = new Set(
  [
    'дейін',
    'дейн',
    'шейін',
    'до',
    'к',
    'ко',
    'не',
    'позднее',
    'позже',
    'by',
    'until',
    'till',
    'no',
    'later',
    'than',
    'not',
    'ж',
    'жж',
    'жыл',
    'жылы',
    'жылғы',
    'жылдың',
    'г',
    'гг',
    'год',
    'года',
    'year',
    'және',
    'и',
    'а',
    'also',
    'and',
    'немесе',
    'или',
    'or',
    'мерзімі',
    'мерзім',
    'срок',
    'сроки',
    'deadline',
    'due',
    'on',
    'the',
    'of',
    'in',
    'at',
    'бастап',
    'с',
    'from',
    'to',
    'по',
    'в',
    'на',
    'for',
    'арналған',
    'сәйкес',
    'бойынша',
    'согласно',
    'according',
    'as',
    'per',
    'a',
    'an',
    'то',
    'сондай',
    'ақ',
    'также',
    'every',
    'each',
    'әр',
    'каждый',
    'каждого',
    'каждую',
    'күн',
    'число',
    'числа',
    'day',
    'күні',
    'кешіктірмей',
    'кешіктірілмейді',
    'кешіктірілмейтін',
    'мерзімде',
    'мерзімге',
    'чем',
    'включительно',
    'inclusive',
    'текущего',
    'текущий',
    'календарного',
    'ағымдағы',
    'биылғы',
    'later',
    'than',
    'later',
    'latest',
    'deadline',
    'дедлайн',
    'на',
    'состоянию',
    'due',
    'дейінгі',
    'until',
    'up',
    'за',
    'least',
    'кемінде',
    'менее',
    'минимум',
    // The words around a window of days ("… қоса алғанда", "… аралығында", "(включительно)").
    'қоса',
    'алғанда',
    'алғанға',
    'алғандағы',
    'уақытта',
    'аралығында',
    'аралығы',
    'арасында',
    'күндеріне',
    'күндері',
    'between',
    'but',
    'айларында',
    'айында',
    'күнтізбелік',
    'оқу',
    'жылының',
  ].map(foldPattern),
);
