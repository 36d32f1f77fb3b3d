/**
 * The words of deadline language, as regular-expression sources written in plain Kazakh / Russian / English; fold.ts
 * folds them the same way as the text, so "қаңтарға", "Кантарга" and "ҚАҢТАРҒА" are one word to the rules.
 */
import type { PeriodKind } from '../calendar/academic-calendar';
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

/** Season words, as qualifiers of a period ("қысқы сессия") or alone ("весной и осенью"). */
export const SEASON_WORDS: Array<{ season: 'autumn' | 'winter' | 'spring' | 'summer'; source: string }> = (
  [
    { season: 'autumn', source: 'күзгі|күзде|осенн\\p{L}*|осенью|autumn|fall' },
    { season: 'winter', source: 'қысқы|қыста|зимн\\p{L}*|зимой|winter' },
    { season: 'spring', source: 'көктемгі|көктемде|весенн\\p{L}*|весной|spring' },
    { season: 'summer', source: 'жазғы|жазда|летн\\p{L}*|летом|summer' },
  ] as const
).map((w) => ({ season: w.season, source: foldPattern(w.source) }));

/** The unit words of an offset, one of which every offset holds. */
export const UNIT_WORDS = foldPattern(
  'күн\\p{L}*|дн\\p{L}*|день|дня|days?|апта\\p{L}*|недел\\p{L}*|неделю|weeks?|ай\\p{L}*|месяц\\p{L}*|months?',
);
/** Units of an offset: working days first, so "жұмыс күн" is not read as "күн". */
export const OFFSET_UNIT = foldPattern(
  '(?:(жұмыс|рабоч\\p{L}*|working|business|work)\\s+)?(?:(?:күнтізбелік|календарн\\p{L}*|calendar)\\s+)?' +
    `(${UNIT_WORDS})`,
);
export function offsetUnit(working: string | undefined, unit: string): 'day' | 'working-day' | 'week' | 'month' {
  if (/^(?:апта|недел|week)/u.test(unit)) return 'week';
  if (/^(?:ай|месяц|month)/u.test(unit)) return 'month';
  return working ? 'working-day' : 'day';
}

/** Academic-calendar periods as the plan names them, most specific first. */
type PeriodPhrase = { kind: PeriodKind; source: string; summer?: boolean; words: string };
export const PERIOD_PHRASES: PeriodPhrase[] = (
  [
    {
      kind: 'registration',
      words: 'тіркел|регистрац|registration',
      summer: true,
      source:
        '(?:қосымша\\s+(?:және\\s+)?)?жазғы\\s+семестрге\\s+тіркел\\p{L}*(?:\\s+кезең\\p{L}*)?|регистраци\\p{L}*\\s+на\\s+(?:дополнительн\\p{L}*\\s+и\\s+)?летн\\p{L}*\\s+семестр\\p{L}*|(?:additional\\s+and\\s+)?summer\\s+(?:semester|term)\\s+registration',
    },
    {
      kind: 'registration',
      words: 'тіркел|регистрац|registration',
      source: 'тіркел\\p{L}*(?:\\s+кезең\\p{L}*)?|регистраци\\p{L}*|registration(?:\\s+periods?)?',
    },
    {
      kind: 'summer-semester',
      words: 'семестр|semester|term',
      source: 'жазғы\\s+семестр\\p{L}*|летн\\p{L}*\\s+семестр\\p{L}*|summer\\s+(?:semester|term)s?',
    },
    {
      kind: 'liquidation',
      words: 'ликвидац|liquidation|retake',
      source:
        '(?:қосымша\\s+)?ликвидациялық\\s+кезең\\p{L}*|ликвидацион\\p{L}*(?:\\s+период\\p{L}*)?|liquidation\\s+periods?|retake\\s+periods?',
    },
    {
      kind: 'exam-session',
      words: 'сесси|аттест|exam|attestation',
      source:
        'емтихан\\p{L}*\\s+сессия\\p{L}*|сессия\\p{L}*|экзаменационн\\p{L}*\\s+сесси\\p{L}*|сесси[яиюей]\\p{L}*|exam(?:ination)?\\s+(?:sessions?|periods?)|final\\s+exam(?:ination)?s?(?:\\s+(?:periods?|weeks?))?(?!\\s+date)(?:\\s+ends?)?|(?:the\\s+)?last\\s+exam(?:ination)?s?|(?:аралық\\s+)?аттестаттау\\s+кезең\\p{L}*|промежуточн\\p{L}*\\s+аттестаци\\p{L}*|interim\\s+attestation',
    },
    {
      kind: 'final-attestation',
      words: 'аттест|attestation|гиа|емтихан|экзамен|exam|қорға|защит|defen|certification|кесте|комиссия',
      source:
        // Its other names, and the thesis defences it ends with (қорғау, защита).
        '(?:қорытынды\\s+)?мемлекеттік\\s+(?:қорытынды\\s+)?аттестатта\\p{L}*|' +
        'итогов\\p{L}*\\s+государственн\\p{L}*\\s+аттестаци\\p{L}*|государственн\\p{L}*\\s+итогов\\p{L}*\\s+аттестаци\\p{L}*|' +
        'гиа|бітіру\\s+емтихан\\p{L}*|выпускн\\p{L}*\\s+экзамен\\p{L}*|graduation\\s+exam\\p{L}*|' +
        '(?:state\\s+)?final\\s+(?:state\\s+)?(?:attestation|certification)|' +
        '(?:(?:дипломдық|диплом|бітіру|магистрлік)\\s+)?(?:(?:жұмыс|жоба|диссертация)\\p{L}*\\s+)?қорғау\\p{L}*|' +
        'защит\\p{L}*(?:\\s+(?:выпускн|дипломн|магистерск)\\p{L}*(?:\\s+квалификационн\\p{L}*)?\\s+(?:работ|проект|диссертац)\\p{L}*)?|' +
        '(?:thesis|dissertation)\\s+defen[cs]es?|defen[cs]es?\\s+of\\s+(?:the\\s+)?(?:thes[ie]s|dissertations?)|' +
        'қорытынды\\s+аттест\\p{L}*|итогов\\p{L}*\\s+аттестаци\\p{L}*|final\\s+attestation|ак\\s+жұмыс\\s+кесте\\p{L}*|аттестаттау\\s+комиссия\\p{L}*(?:\\s+жұмыс\\s+кесте\\p{L}*)?|государственн\\p{L}*\\s+экзамен\\p{L}*|state\\s+exams?',
    },
    {
      kind: 'academic-period',
      words: 'кезең|семестр|период|period|semester|term',
      source:
        'академиялық\\s+кезең\\p{L}*|семестр\\p{L}*|академическ\\p{L}*\\s+период\\p{L}*|academic\\s+periods?|semesters?|terms?',
    },
  ] as PeriodPhrase[]
).map((p) => ({ ...p, source: foldPattern(p.source) }));

export type Relation = 'before' | 'start' | 'during' | 'end' | 'after';

/** What a clause says about the periods it names; Kazakh puts it after the period, Russian and English before. */
type RelationPhrase = { relation: Relation; source: string };
export const RELATIONS: RelationPhrase[] = (
  [
    // Before the END of a period, read before "before" so that "before the end of" is not "before the start".
    {
      relation: 'end',
      source:
        'аяқталғанға\\s+дейін|аяқталуына\\s+дейін|аяқталардан\\s+бұрын|аяқталар\\s+алдында|до\\s+окончания|до\\s+конца|до\\s+завершения|перед\\s+окончанием|before\\s+the\\s+end\\s+of|by\\s+the\\s+end\\s+of',
    },
    {
      relation: 'before',
      source:
        'басталар\\s+алдында|басталғанға\\s+дейін|басталуына\\s+дейін|басталуынан\\s+бұрын|басталардан\\s+бұрын|басталмас\\s+бұрын|басталуына|басталуынан|алдында|перед\\s+началом|перед|до\\s+начала|before(?:\\s+the\\s+(?:start|beginning)\\s+of)?|prior\\s+to(?:\\s+the)?(?:\\s+(?:start|beginning)\\s+of)?',
    },
    {
      relation: 'start',
      source:
        'басында|басталғанда|басталысымен|в\\s+начале|с\\s+началом|at\\s+the\\s+(?:start|beginning)\\s+of|(?:start|beginning)\\s+of',
    },
    {
      relation: 'after',
      source:
        'аяқталғаннан\\s+кейін|аяқталған\\s+соң|аяқталысымен|біткеннен\\s+кейін|кейін|соң|после\\s+окончания|после|по\\s+окончании|по\\s+завершении|after\\s+the\\s+last\\s+day\\s+of|of\\s+the\\s+last\\s+day\\s+of|after(?:\\s+the\\s+(?:end|completion)\\s+of)?|following\\s+the\\s+(?:end|completion)\\s+of',
    },
    {
      relation: 'end',
      source:
        'соңында|аяғында|соңына\\s+дейін|аяғына\\s+дейін|в\\s+конце|до\\s+конца|до\\s+окончания|at\\s+the\\s+end\\s+of|by\\s+the\\s+end\\s+of|end\\s+of|the\\s+last\\s+day\\s+of',
    },
    {
      relation: 'during',
      source:
        'кезеңінде|кезінде|кезеңде|ішінде|барысында|уақытында|в\\s+период\\p{L}*|во\\s+время|в\\s+течение|в\\s+ходе|during|within|throughout',
    },
  ] as RelationPhrase[]
).map((r) => ({ ...r, source: foldPattern(r.source) }));

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
