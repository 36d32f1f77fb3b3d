/**
 * The rules' expressions as written: regular-expression sources in plain Kazakh, Russian and English built from the
 * lexicon's parts, and each rule's hint (a word or expression the text must hold for the rule to match). Only the build
 * reads this file: expression-build.ts makes each source final and writes expressions.generated.ts, which the engine
 * runs with the handler of the same name (rules.ts). Order matters: rules run in it, most specific first, and each
 * match masks its span so later rules cannot read it again.
 */
import { B, E, MONTH, NUMBER, ROMAN_QUARTER, WEEKDAY, YEAR, YEAR_WORD } from './lexicon';
import { OFFSET_UNIT, SEASON_WORDS } from './lexicon-sources';

/** A rule's source, and a hint: a cheaper expression (or words) that must match the text for the rule to match. */
export interface RuleSource {
  source: string;
  hint?: string;
}

/** Rules that read a whole clause start only where a clause starts, not at every letter. */
const CLAUSE = '(?:^|(?<=[,;.\\u0001]))';

const DAY = '(\\d{1,2})(?!\\d)(?:\\s*-\\s*\\p{L}+|st|nd|rd|th)?';

/** Kazakh ablative ("10-нан", "қыркүйектен"): the start of a range written with no dash. */
const ABL = '(?:нан|нен|дан|ден|тан|тен)';
/** Between the two ends of a range: a dash, "to", "по", or a space after a Kazakh ablative. */
const RSEP = `(?:\\s*(?:-|${B}(?:to|по|till|until|through)${E})\\s*|(?<=${ABL})\\s+(?:бастап\\s+(?:-\\s*)?)?(?:келесі\\s+жылдың\\s+)?)`;
/** Between the two months of a month range. */
const MONTH_SEP = `(?:\\s*-\\s*|\\s+(?:по|through|to|until)\\s+|(?<=${ABL})\\s+(?:бастап\\s+)?)`;
/** Between the ends of a range a start word opened ("с 2 февраля до 13 февраля", "from June 1, but no later …"). */
const RSEP_AFTER_FROM = `(?:\\s+(?:до|until|to)\\s+|\\s*,?\\s*(?:but\\s+)?(?:no|not)\\s+later\\s+than\\s+)`;
/** "… мен … аралығында", "between … and …", "между … и …": the words around the two ends of a window. */
const AND_SEP = `\\s+(?:мен|and|и)\\s+`;
const BETWEEN_TAIL = `\\s+(?:аралығ\\p{L}*|арасында)`;
const FROM = `(?:${B}(?:from(?:\\s+the)?|с|со|between)\\s+)?`;
const YR = `(?:\\s*,?\\s*${YEAR}${YEAR_WORD})?`;
/** "2025 ж. 15 қыркүйек": a year written before the day. */
const LEAD_YEAR = `(?:${YEAR}${YEAR_WORD}\\s*)?`;
/** A day number with a case ending ("20-сына", "10-нан") or an English ordinal ("15th"). */
const DAYN = '(\\d{1,2})(?!\\d)(?:\\s*\\(\\s*\\d{1,2}\\s*\\))?(?:\\s*-\\s*\\p{L}+|st|nd|rd|th)?';
/** A day of the month then its month, a year before or after: groups year, day, month, year. */
const DM = `${LEAD_YEAR}(?<![\\d.])${DAYN}\\s+(?:of\\s+)?(${MONTH})${YR}`;
/** A month then its day ("March 2", "Sept. 9, 2025"): groups month, day, year. */
const MD = `(${MONTH})\\s+${DAYN}${YR}`;
/** A dotted date, with or without its year; a case ending may follow ("30.04-ке"). */
const DOT = `(?<![\\d.])(\\d{1,2})[./](\\d{1,2})(?:[./](\\d{4}|\\d{2})(?![\\d]))?(?![\\d])${YEAR_WORD}\\.?(?:\\s*-\\s*\\p{L}{1,5}(?!\\p{L}))?`;

/** The range rules, run first: a range read as two dates would be two due dates. */
function rangeRuleSources(): Record<string, RuleSource> {
  return {
    // с 1 апреля до конца учебного года, 1 сәуірден бастап оқу жылының соңына дейін: a window to the plan year's end.
    rangeToYearEnd: {
      source:
        `(?:${B}(?:с|со|from)\\s+)?(?:${DM}|${MD})(?:\\s+бастап)?\\s+(?:до|until|to|by)?\\s*(?:the\\s+)?` +
        `(?:(?:конца|окончания)\\s+(?:учебного\\s+|текущего\\s+)?года|end\\s+of\\s+the\\s+(?:academic\\s+|school\\s+)?year|` +
        `(?:оқу\\s+)?жылының\\s+(?:соңына|аяғына)\\s+дейін)${E}`,
      hint: 'конца|окончания|end|сонына|аягына',
    },
    // с 2 февраля до 13 февраля, с 10 января до 28(29) февраля, from June 1, but no later than July 1
    rangeFromDayMonth: {
      source: `${B}(?:с|со|from)\\s+${DM}${RSEP_AFTER_FROM}${DM}`,
      hint: 'до|until|to|later',
    },
    rangeFromMonthDay: {
      source: `${B}(?:from)\\s+${MD}${RSEP_AFTER_FROM}${MD}`,
      hint: 'until|to|later',
    },
    // 29 мамыр мен 10 маусым аралығында, between 2 March and 30 April, между 1 марта и 30 апреля
    rangeBetweenDayMonth: {
      source: `${DM}${AND_SEP}${DM}${BETWEEN_TAIL}|${B}(?:between|между)\\s+${DM}${AND_SEP}${DM}`,
      hint: 'аралыг|арасында|between|между',
    },
    // between March 2 and April 30
    rangeBetweenMonthDay: {
      source: `${B}between\\s+${MD}${AND_SEP}${MD}`,
      hint: 'between',
    },
    // 28.08.2024 – 29.08.2024, 01.09-15.09.2025, 01.09.2025-тен 15.09.2025-ке дейін
    rangeDotted: {
      source: `${DOT}${RSEP}${DOT}`,
      hint: '\\d[./]\\d',
    },
    // 15 қыркүйек – 20 қазан, 26 May to 30 June, с 28 марта 2021 г. по 4 апреля 2021 г., 15 қыркүйектен 20 қазанға
    rangeDayMonths: {
      source: `${FROM}${LEAD_YEAR}(?<![\\d.])${DAYN}\\s+(?:of\\s+)?(${MONTH})${YR}${RSEP}${LEAD_YEAR}${DAYN}\\s+(?:of\\s+)?(${MONTH})${YR}`,
      hint: '[\\p{L}\\d]\\.?\\s*(?:-|to|по|till|until|through)\\s*\\d|(?:нан|нен|дан|ден|тан|тен)\\s+(?:бастап\\s+|келесі\\s+жылдың\\s+)?\\d',
    },
    // between 1 and 15 September, между 1 и 15 сентября
    rangeBetweenDays: {
      source: `${B}(?:between|между)\\s+${DAYN}\\s+(?:and|и)\\s+${DAYN}\\s+(?:of\\s+)?(${MONTH})${YR}`,
      hint: 'between|между',
    },
    // 10-25 қараша, 10-нан 25 қарашаға дейін, С 1 по 25 июня 2012 г., 14-19 October, 2025 жылғы 21-31 наурыз
    rangeDays: {
      source: `${FROM}${LEAD_YEAR}(?<![\\d.])${DAYN}${RSEP}${DAYN}\\s+(?:of\\s+)?(${MONTH})${YR}`,
      hint: '\\d\\s*(?:-\\s*(?:нан|нен|дан|ден|тан|тен)?|to|по|till|until|through)\\s*\\d',
    },
    // December 18-January 30, from September 1 to December 20, Aug 20 – Dec 11
    rangeMonthDays: {
      source: `${FROM}(${MONTH})\\s+${DAYN}${YR}${RSEP}(${MONTH})\\s+${DAYN}${YR}`,
      hint: '\\d\\s*(?:-|to|по|till|until|through)\\s*\\p{L}',
    },
    // March 3-7, May 7 - 8, on December 16-17
    rangeMonthDaySpan: {
      source: `${FROM}(${MONTH})\\s+${DAYN}${RSEP}${DAYN}${YR}`,
      hint: '\\d\\s*(?:-\\s*(?:нан|нен|дан|ден|тан|тен)?|to|по|till|until|through)\\s*\\d',
    },
    // 27, 28, 29 июня 2012 г.; June 26 & 28: several days of one month.
    dayList: {
      source: `(?<![\\d.])(\\d{1,2}(?:\\s*(?:,|&|${B}(?:and|и|және)${E})\\s*\\d{1,2})+)\\s+(?:of\\s+)?(${MONTH})${YR}`,
      hint: '\\d\\s*(?:,|&|and|и|және)\\s*\\d',
    },
    monthDayList: {
      source: `(${MONTH})\\s+(\\d{1,2}(?:st|nd|rd|th)?(?:\\s*(?:,|&|${B}and${E})\\s*\\d{1,2}(?:st|nd|rd|th)?)+)(?!\\d)${YR}`,
      hint: '\\d\\s*(?:,|&|and|и|және)\\s*\\d',
    },
    // до 20.09, 30.04-ке дейін, до 10.11. текущего года: a date without its year, placed in the plan year.
    dottedNoYear: {
      source: `(?<![\\d.])(\\d{1,2})\\.(\\d{2})(?![\\d]|[.,]\\d|\\s*(?:сағ|час|h\\b))\\.?(?:\\s*-\\s*\\p{L}{1,5}(?!\\p{L}))?`,
      // Shared with the dotted dates (a dot between digits is one of its cases): one expression compiled for all three.
      hint: '\\d[./]\\d',
    },
  };
}

/** The date, recurrence and whole-year rules, in order. */
export function dateRuleSources(): Record<string, RuleSource> {
  return {
    ...rangeRuleSources(),
    // "келесі оқу жылының", "следующего учебного года", "of the next academic year": the dates are a year on.
    nextYear: {
      source: `${B}(?:келесі\\s+оқу\\s+жыл\\p{L}*|следующ\\p{L}*\\s+учебн\\p{L}*\\s+год\\p{L}*|(?:of\\s+)?(?:the\\s+)?(?:next|following)\\s+academic\\s+year)${E}`,
      hint: 'келеси|следующ|next|following',
    },
    // 2025-09-01
    isoDate: {
      source: `(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)`,
      hint: '\\d',
    },
    // 28.08.2025 ж., 01/06/2026, 20.01.26
    numericDate: {
      source: `(?<![\\d.])(\\d{1,2})[./](\\d{1,2})[./](\\d{4}|\\d{2})(?![\\d])${YEAR_WORD}(?:\\.?\\s*-\\s*\\p{L}{1,5}(?!\\p{L}))?`,
      // The hint the range of dotted dates gives: one expression compiled for both.
      hint: '\\d[./]\\d',
    },
    // 2025 ж. 1 қыркүйегіне, 2026 жылғы 1 наурызға
    yearDayMonth: {
      source: `${YEAR}${YEAR_WORD}\\s*${DAY}\\s+(${MONTH})`,
      hint: '\\d',
    },
    // 28 августа 2025 г., 1 қыркүйек 2025 ж., 15 October 2025, 20th of May
    dayMonth: {
      source: `(?<![\\d.])${DAY}\\s+(?:of\\s+)?(${MONTH})(?:\\s*,?\\s*${YEAR}${YEAR_WORD})?`,
      hint: '\\d',
    },
    // October 15, 2025
    monthDay: {
      source: `(${MONTH})\\s+(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?${E}(?:\\s*,?\\s*${YEAR})?`,
      hint: '\\d',
    },
    // Quarterly with a day in the month after each quarter, before plain "quarterly".
    quarterlyMonthAfter: {
      source: `(?:${B}(?:ежеквартально|тоқсан\\s+сайын|quarterly)\\s*,?\\s*)?(?:${B}(?:до|к|не\\s+позднее|by|on|before)\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th|-?го)?\\s+(?:day\\s+)?(?:of\\s+the\\s+|числа\\s+)?month\\p{L}*\\s*,?\\s*(?:after|following|следующего\\s+за)\\s+(?:the\\s+(?:end\\s+of\\s+the\\s+|)|отч[её]тным\\s+|each\\s+)?(?:quarter|кварталом)${E}`,
      hint: 'quarter|квартал',
    },
    quarterlyRuMonthAfter: {
      source: `(?:${B}(?:ежеквартально)\\s*,?\\s*)?(?:${B}(?:до|к|не\\s+позднее)\\s+)?(\\d{1,2})(?:-?го)?\\s+числа\\s+месяца\\s*,?\\s*следующего\\s+за\\s+(?:отч[её]тным\\s+)?кварталом`,
      hint: 'квартал',
    },
    quarterlyKkMonthAfter: {
      source: `(?:${B}тоқсан\\s+сайын\\s*,?\\s*)?(?:есепті\\s+)?тоқсаннан\\s+кейінгі\\s+айдың\\s+(\\d{1,2})(?:\\s*-\\s*\\p{L}+)?(?:\\s+күн\\p{L}*)?`,
      hint: 'тоқсан',
    },
    quarterlyLastDayMonthAfter: {
      source: `(?:${B}quarterly\\s*,?\\s*)?(?:by\\s+|on\\s+)?(?:the\\s+)?last\\s+day\\s+of\\s+the\\s+month\\s+(?:after|following)\\s+(?:the\\s+end\\s+of\\s+)?(?:the\\s+|each\\s+)?quarter${E}`,
      hint: 'quarter',
    },
    quarterlyDaysAfter: {
      source: `(?:${B}within\\s+)?(\\d{1,3})\\s+days?\\s+(?:after|following)\\s+(?:the\\s+end\\s+of\\s+)?(?:each\\s+|the\\s+)?(?:fiscal\\s+)?quarter(?:\\s+end)?${E}`,
      hint: 'quarter',
    },
    // Recurrences, before months and whole years so that "әр 2 ай сайын" is not read as "ай сайын".
    everyNMonths: {
      source: `${B}(?:әр\\s+)?${NUMBER}\\s+ай\\s+сайын${E}|${B}каждые\\s+${NUMBER}\\s+месяц\\p{L}*|${B}раз\\s+в\\s+${NUMBER}\\s+месяц\\p{L}*|${B}every\\s+${NUMBER}\\s+months${E}`,
      hint: 'ай|месяц|month',
    },
    biMonthly: {
      source: `${B}bi-?monthly${E}|${B}екі\\s+айда\\s+бір${E}`,
      hint: 'monthly|айда',
    },
    // Every N weeks: "екі аптада бір рет", "раз в две недели", "every two weeks", "bi-weekly".
    everyNWeeks: {
      source: `${B}(?:әр\\s+)?${NUMBER}\\s+апта(?:да|\\s+сайын)(?:\\s+бір\\s+рет)?${E}|${B}(?:раз\\s+в|каждые)\\s+${NUMBER}\\s+недел\\p{L}*|${B}every\\s+${NUMBER}\\s+weeks${E}|${B}(bi-?weekly|fortnightly)${E}`,
      hint: 'апта|недел|week|fortnight',
    },
    monthlyOnDay: {
      source: `${B}(?:әр\\s+айдың|ай\\s+сайын\\s*,?|айдың)\\s+(\\d{1,2})(?:\\s*-\\s*\\p{L}+)?(?:\\s+күн\\p{L}*)?`,
      hint: '\\d',
    },
    // I квартал, III тоқсан, за IV кв., III-IV тоқсан, 2-тоқсан, Q3: calendar quarters.
    quarters: {
      source: `${LEAD_YEAR}(?:${B}(${ROMAN_QUARTER})${E}|${B}(\\d)(?:\\s*-\\s*\\p{L}{1,4})?)(?:\\s*(?:-|,|${B}(?:и|және|and)${E})\\s*(?:(${ROMAN_QUARTER})${E}|(\\d)(?:\\s*-\\s*\\p{L}{1,4})?))?\\s*(?:тоқсан\\p{L}*|квартал\\p{L}*|кв(?!\\p{L})\\.?|quarters?${E})${YR}|${LEAD_YEAR}${B}q([1-4])${E}${YR}`,
      hint: 'тоқсан|квартал|кв|quarter|q\\d',
    },
    // The first / last (working) day of each month, said in words.
    monthlyFirstLastDay: {
      source: `${B}(?:әр\\s+)?айдың\\s+(соңғы|бірінші|алғашқы)\\s+(жұмыс\\s+)?күн\\p{L}*|${B}(?:в\\s+|до\\s+|на\\s+)?(последн\\p{L}*|перв\\p{L}*)\\s+(рабоч\\p{L}*\\s+)?(?:день|дня|числ\\p{L}*)\\s+(?:каждого\\s+)?месяца|${B}(?:on\\s+|by\\s+)?(?:the\\s+)?(last|first)\\s+(working\\s+|business\\s+)?day\\s+of\\s+(?:each|every|the)\\s+month${E}`,
      hint: 'ай|месяц|month',
    },
    // "ежемесячно по состоянию на первое число": monthly, on the 1st.
    monthlyFirstOrLastNumber: {
      source: `${B}(?:ежемесячно|каждый\\s+месяц)\\s*,?\\s*(?:по\\s+состоянию\\s+)?на\\s+(первое|последнее)\\s+число${E}`,
      hint: 'число',
    },
    monthlyRuDay: {
      source: `${B}(?:ежемесячно|каждый\\s+месяц|каждого\\s+месяца)\\s*,?\\s*(?:до|к|не\\s+позднее)?\\s*(\\d{1,2})(?:\\s*-?\\s*(?:го|числа))*(?:\\s+месяца)?(?:\\s*,?\\s*следующего\\s+за\\s+отч[её]тным(?:\\s+месяцем)?)?`,
      hint: '\\d',
    },
    monthlyRuDayOfEach: {
      source: `${B}(?:до|к|не\\s+позднее)\\s+(\\d{1,2})(?:\\s*-?\\s*го)?\\s+числа\\s+(?:каждого\\s+месяца|ежемесячно)`,
      hint: '\\d',
    },
    monthlyEnDay: {
      source: `${B}monthly\\s*,?\\s*(?:by|on|before)\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?${E}`,
      hint: '\\d',
    },
    monthlyEnDayOfEach: {
      source: `${B}(?:by|on|before)\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:day\\s+)?of\\s+(?:each|every|the)\\s+month${E}`,
      hint: '\\d',
    },
    monthly: {
      source: `${B}(?:ай\\s+сайын\\p{L}*|әр\\s+ай${E}|айына\\s+бір\\s+рет|ежемесячн\\p{L}*|каждый\\s+месяц|monthly|every\\s+month|each\\s+month)`,
      hint: 'ай|ежемесячн|месяц|month',
    },
    // "тоқсанына 2 рет", "3 раза в квартал", "twice a quarter": so many times a year, spread evenly.
    timesAQuarter: {
      source: `${B}(?:тоқсанына\\s+${NUMBER}\\s+рет|${NUMBER}\\s+раз\\p{L}*\\s+в\\s+квартал|${NUMBER}(?:\\s+times)?\\s+(?:a|per)\\s+quarter)${E}`,
      hint: 'тоқсан|квартал|quarter',
    },
    quarterly: {
      source: `${B}(?:тоқсан\\s+сайын\\p{L}*|әр\\s+тоқсан\\p{L}*|тоқсанына\\s+бір\\s+рет|тоқсанда\\s+бір\\s+рет|once\\s+a\\s+quarter|кварталына\\s+один\\s+раз|1\\s+раз\\s+в\\s+квартал|ежеквартальн\\p{L}*|каждый\\s+квартал|раз\\s+в\\s+квартал|quarterly|every\\s+quarter|each\\s+quarter)${E}`,
      hint: 'тоқсан|квартал|quarter',
    },
    // Еженедельно по пятницам, every Friday, дүйсенбі сайын: weekly on that day.
    weeklyOnDay: {
      source: `(?:${B}(?:еженедельно|weekly|апта\\s+сайын)\\s*,?\\s*)?(?:${B}(?:по|every|each|on)\\s+)?(${WEEKDAY})(?:\\s+(?:сайын|weekly))?(?:\\s*,?\\s*(?:еженедельно|weekly)${E})?`,
      hint: 'понедельн|вторн|сред|четверг|пятниц|day|дуйсенби|сейсенби|сарсенби|бейсенби|жума',
    },
    weekly: {
      source: `${B}(?:апта\\s+сайын\\p{L}*|әр\\s+апта\\p{L}*|аптасына\\s+бір\\s+рет|еженедельн\\p{L}*|каждую\\s+неделю|weekly|every\\s+week)${E}`,
      hint: 'апта|недел|week',
    },
    yearly: {
      source: `${B}(?:жыл\\s+сайын\\p{L}*|жылына\\s+бір\\s+рет|ежегодн\\p{L}*|раз\\s+в\\s+год|annually|yearly|every\\s+year|once\\s+a\\s+year)${E}`,
      hint: 'жыл|год|annual|year',
    },
    timesAYear: {
      source: `${B}(?:жылына\\s+${NUMBER}\\s+рет|${NUMBER}\\s+раз\\p{L}*\\s+в\\s+год|${NUMBER}(?:\\s+times)?\\s+(?:a|per)\\s+year)${E}`,
      hint: 'жыл|год|year',
    },
    // The whole year, and its end.
    wholeYear: {
      source: `${B}(?:оқу\\s+жылы\\s+бойы\\p{L}*|жыл\\s+бойы\\p{L}*|оқу\\s+жылы\\s+ішінде|оқу\\s+жылы\\s+барысында|жыл\\s+ішінде|в\\s+течение\\s+(?:всего\\s+)?(?:учебного\\s+)?года|весь\\s+(?:учебный\\s+)?год|в\\s+течение\\s+года|круглый\\s+год|throughout\\s+the\\s+(?:academic\\s+|school\\s+)?year|during\\s+the\\s+(?:academic\\s+|school\\s+)?year|all\\s+year(?:\\s+round)?|year-round|тұрақты\\s+түрде|тұрақты|үнемі|жүйелі\\s+түрде|постоянно|на\\s+постоянной\\s+основе|в\\s+течение\\s+всего\\s+периода|весь\\s+период|ongoing|continuously|on\\s+an\\s+ongoing\\s+basis|throughout)${E}`,
      hint: 'жыл|год|year|турак|унем|жуйел|постоян|период|ongoing|contin|through',
    },
    yearEnd: {
      source: `${B}(?:оқу\\s+жылының\\s+(?:соңына|аяғына)\\s+дейін|жылдың\\s+(?:соңына|аяғына)\\s+дейін|до\\s+(?:конца|окончания)\\s+(?:учебного\\s+|текущего\\s+)?года|by\\s+the\\s+end\\s+of\\s+the\\s+(?:academic\\s+|school\\s+)?year|оқу\\s+жылының\\s+(?:соңында|аяғында)|жылдың\\s+(?:соңында|аяғында)|в\\s+конце\\s+(?:учебного\\s+)?года|at\\s+the\\s+end\\s+of\\s+the\\s+(?:academic\\s+|school\\s+)?year)${E}`,
      hint: 'жыл|год|year',
    },
    // "до конца октября", "қазан айының соңына дейін", "by the end of October": the month's last day, whatever
    // monthDueDay.
    monthEnd: {
      source: `${B}(?:до\\s+конца|в\\s+конце|by\\s+the\\s+end\\s+of|at\\s+the\\s+end\\s+of)\\s+(${MONTH})${YR}|(?:${YEAR}${YEAR_WORD}\\s*)?(${MONTH})(?:\\s+айының)?\\s+(?:соңына|аяғына)(?:\\s+дейін)?`,
      hint: 'конц|конце|end|сонына|аягына',
    },
    // Months and month ranges, a year before ("2025 ж. қазан - қараша") or after ("сентябрь 2025").
    // "мамырдан бастап шілдеге дейін", "с октября по апрель", "October through April": a month range too.
    months: {
      source: `(?:${YEAR}${YEAR_WORD}\\s*)?(${MONTH})(?:${MONTH_SEP}(?:${YEAR}${YEAR_WORD}\\s*)?(${MONTH}))?`,
    },
    // "2025-2026 оқу жылына арналған": the plan year, said again.
    planYear: {
      source: `${B}(?:${YEAR}\\s*-\\s*${YEAR}\\s+оқу\\s+жыл\\p{L}*(?:\\s+арналған)?|на\\s+${YEAR}\\s*-\\s*${YEAR}\\s+учебн\\p{L}*\\s+год\\p{L}*|for\\s+(?:the\\s+)?${YEAR}\\s*-\\s*${YEAR}\\s+academic\\s+year)`,
      hint: '\\d-|\\d -',
    },
    // "Академиялық күнтізбеге сәйкес": the entries a user linked to the item.
    perCalendar: {
      source: `${B}(?:академиялық\\s+күнтізбе\\p{L}*(?:\\s+мерзімдер\\p{L}*)?\\s+(?:сәйкес|бойынша)|(?:согласно|по|в\\s+соответствии\\s+с)\\s+академическ\\p{L}*\\s+календар\\p{L}*|(?:according\\s+to|as\\s+per|per)\\s+(?:the\\s+)?academic\\s+calendar)`,
      hint: 'күнтізбе|календар|calendar',
    },
    // "Сессиядан кейінгі ликвидациялық кезең": "post-session" only qualifies the period after it.
    postSession: {
      source: `${B}(?:сессиядан\\s+кейінгі|послесессионн\\p{L}*|post-session)${E}`,
      hint: 'сесси|session',
    },
  };
}

/** On-demand and event-driven phrases, seasons alone and labels, run after the academic-calendar anchors. */
export function lateRuleSources(): Record<string, RuleSource> {
  return {
    // "бұйрық шыққан күннен бастап бір ай ішінде", "жарияланғаннан кейін бес жұмыс күнінен аспайтын мерзімде": counted
    // from an event Jospar cannot date.
    eventSinceDay: {
      source: `${CLAUSE}[^,;.\\u0001]*?\\p{L}+(?:ған|ген|қан|кен)\\s+күн(?:нен|інен|ынан)\\s+(?:бастап|кейін)[^,;\\u0001]*`,
      hint: '(?:ған|ген|қан|кен)\\s+күн(?:нен|інен|ынан)',
    },
    eventSinceDone: {
      source: `${CLAUSE}[^,;.\\u0001]*?\\p{L}+(?:ған|ген|қан|кен)(?:нан|нен|тан|тен)\\s+(?:кейін|соң)${E}[^,;\\u0001]*`,
      hint: '(?:ған|ген|қан|кен)(?:нан|нен|тан|тен)\\s+(?:кейін|соң)',
    },
    // "within 10 days of the order", "не позднее 30 календарных дней с даты …", "за один месяц до начала мероприятий".
    eventOffset: {
      source: `(?:${B}(?:within|no\\s+later\\s+than|not\\s+later\\s+than|не\\s+позднее\\s*,?\\s*(?:чем\\s+)?|в\\s+течение)\\s+)?(?:a\\s+maximum\\s+of\\s+)?(?:за\\s+)?${B}(?:${NUMBER}|a|an)\\s*(?:\\(\\p{L}+\\)\\s*)?(?:${OFFSET_UNIT}|hours?)${E}\\s+(?:after|following|of|from|prior\\s+to|before|с|со|после|от|до)${E}[^,;\\u0001]+`,
      hint: '(?:day|week|month|hour|дн|день|недел|месяц|күн|апта|ай)\\p{L}*\\s+(?:after|following|of|from|prior|before|с|со|после|от|до)(?!\\p{L})',
    },
    eventBefore: {
      source: `${B}за\\s+(?:${NUMBER}\\s+)?(?:рабоч\\p{L}+\\s+)?(?:дн\\p{L}*|день|недел\\p{L}*|неделю|месяц\\p{L}*)\\s+до${E}[^,;\\u0001]+`,
      hint: '(?<!\\p{L})за\\s',
    },
    // "бұйрықтың шығуына дейін", "шығу кезінде": until / when something happens.
    eventUntil: {
      source: `${CLAUSE}[^,;.\\u0001]*?\\p{L}+(?:уына|уіне|юына|уі)\\s+(?:дейін|кезінде)${E}`,
      hint: '(?:уына|уіне|юына|уі)\\s+(?:дейін|кезінде)',
    },
    eventWhen: {
      source: `${CLAUSE}[^,;.\\u0001]*?\\p{L}+(?:у|ю)\\s+кезінде${E}`,
      hint: '(?:у|ю)\\s+кезінде',
    },
    // "весной и осенью", "күзде": a season with no period is its three months.
    ...Object.fromEntries(
      SEASON_WORDS.map((w) => [
        `season_${w.season}`,
        { source: `(?:${B}in\\s+(?:the\\s+)?)?${B}(?:${w.source})${E}`, hint: w.source },
      ]),
    ),
    // "(4 күн)", "(5 days)": the length of a range already read.
    rangeLength: {
      source: `\\(\\s*\\d{1,3}\\s*(?:күн|дн\\p{L}*|день|дня|days?|апта|недел\\p{L}*|weeks?)\\s*\\)`,
      hint: '\\(',
    },
    onDemand: {
      source: `${B}(?:талап\\s+бойынша|сұраныс\\s+бойынша|сұрау\\p{L}*\\s+бойынша|қажеттілік\\s+бойынша|қажет\\s+болған\\s+(?:жағдайда|кезде)|қажетіне\\s+қарай|\\p{L}+\\s+түсуіне\\s+қарай|по\\s+требованию|по\\s+запрос\\p{L}*|по\\s+мере\\s+(?:необходимости|поступления|обращени\\p{L}*)|при\\s+необходимости|по\\s+необходимости|on\\s+request|upon\\s+request|on\\s+demand|as\\s+needed|when\\s+needed|if\\s+needed|as\\s+required|when\\s+required)${E}`,
      hint: 'бойынша|қарай|кезде|жағдайда|по |при |request|demand|needed|required',
    },
    onDemandRequest: {
      source: `${CLAUSE}[^,;.\\u0001]*?${B}\\p{L}*(?:сауал|сұрау|сұраныс|өтінім|запрос|request)\\p{L}*\\s+(?:сәйкес|бойынша|қарай)${E}`,
      hint: 'сауал|сұрау|сұраныс|өтінім|запрос|request',
    },
    // "Сұраулар түскен сайын", "Жеке істер ҚК-дан келген сайын": whenever something happens.
    eventWhenever: {
      source: `${CLAUSE}[^,;.\\u0001]*?\\p{L}+(?:ған|ген|қан|кен)\\s+(?:сайын|кезде|жағдайда)${E}`,
      hint: '(?:ған|ген|қан|кен)\\s+(?:сайын|кезде|жағдайда)',
    },
    // "… аяқтағаннан кейін": after something that is not in the academic calendar.
    eventAfter: {
      source: `${CLAUSE}[^,;.\\u0001]*?\\p{L}+(?:ған|ген|қан|кен)(?:нан|нен|тан|тен)\\s+(?:кейін|соң)${E}`,
      hint: '(?:ған|ген|қан|кен)(?:нан|нен|тан|тен)\\s+(?:кейін|соң)',
    },
    eventAsArrives: {
      source: `${B}(?:по\\s+мере\\s+\\p{L}+|при\\s+поступлении\\p{L}*|upon\\s+receipt|whenever\\s+[^,;\\u0001]+)`,
      hint: 'по мере|поступлен|upon|whenever',
    },
    // "ашық сабақтар кестесіне сәйкес": a schedule kept elsewhere.
    external: {
      source: `(?:^|(?<=[;.\\u0001]))[^;.\\u0001]*?\\p{L}*(?:кесте|ереже|жоспар|график|расписани|schedule|rules|plan)\\p{L}*"?\\s+(?:сәйкес|бойынша)${E}|${B}(?:согласно|according\\s+to(?:\\s+the)?)\\s+[^,;.\\u0001]*?(?:график\\p{L}*|расписани\\p{L}*|schedule|rules|plan)${E}`,
      hint: 'кесте|ереже|жоспар|график|расписани|schedule|rules|plan',
    },
    // "до 12.00", "by 11:59 p.m.", "сағат 18:00": a time of day; the day is what Jospar dates.
    timeOfDay: {
      source: `(?:${B}(?:сағат|в|at)\\s+)?(?<![\\d.:])\\d{1,2}(?::\\d{2}|\\.00(?![.\\d]))(?!\\d)(?:\\s*[ap]\\.?\\s*m${E}\\.?)?`,
      hint: '\\d[:.]\\d',
    },
    // "тапсырыс –", "Қамтамасыз ету –": a short label before a dated part.
    label: {
      source: `(?:^|(?<=[.;,:\\u0001]))\\s*\\p{L}[\\p{L} ]{0,40}?\\s+-\\s`,
      hint: '-',
    },
  };
}
