/**
 * The rules that find meaning in a folded deadline cell. Each rule is a regular expression with a handler; rules run
 * in order, most specific first, and each match masks its span so later rules cannot read it again. What no rule took
 * is checked for meaningful words afterwards (engine.ts).
 */
import { isValidYmd } from '../calendar/dates';
import { foldPattern } from './fold';
import {
  B,
  E,
  MONTH,
  monthNumber,
  NUMBER,
  numberValue,
  PERIOD_PHRASES,
  RELATIONS,
  YEAR,
  YEAR_WORD,
  type Relation,
} from './lexicon';
import type { Component, DeadlineIssue, Found } from './types';

/** Masked text: consumed spans become this character, which no rule's letters, digits or separators match. */
export const MASK = '\u0001';

export interface ScanState {
  /** The folded text, with consumed spans masked. */
  text: string;
  found: Found[];
  errors: DeadlineIssue[];
  input: string;
}

type Handler = (m: RegExpExecArray, s: ScanState) => Component | Component[] | null | undefined;

/** A rule, and a cheap test of a word it cannot match without (most rules skip most cells at that price). */
interface Rule {
  re: RegExp;
  handle: Handler;
  hint?: RegExp;
}

function rule(source: string, handle: Handler, hint?: string): Rule {
  return {
    re: new RegExp(foldPattern(source), 'gu'),
    handle,
    hint: hint ? new RegExp(foldPattern(hint), 'u') : undefined,
  };
}

/** Rules that read a whole clause start only where a clause starts, not at every letter. */
const CLAUSE = '(?:^|(?<=[,;.\\u0001]))';

function fullYear(y: string): number {
  return y.length === 2 ? 2000 + Number(y) : Number(y);
}

function dateOrError(s: ScanState, m: RegExpExecArray, y: number | null, mo: number, d: number): Component | null {
  if (!isValidYmd(y ?? 2024, mo, d)) {
    s.errors.push({
      code: 'impossible-date',
      start: m.index,
      end: m.index + m[0].length,
      text: s.input.slice(m.index, m.index + m[0].length),
    });
    return null;
  }
  return { t: 'date', y, m: mo, d };
}

const DAY = '(\\d{1,2})(?!\\d)(?:\\s*-\\s*\\p{L}+|st|nd|rd|th)?';
const YEAR_AHEAD = new RegExp(`^\\s*,?\\s*${YEAR}${YEAR_WORD}`, 'u');
const MONTH_AHEAD = new RegExp(`^\\s*(?:\\d{1,2}(?:\\s*-\\s*\\p{L}+)?\\s+)?${MONTH}`, 'u');

/**
 * A year written after a month ("сентябрь 2025", "October 2025") belongs to it, unless it is the leading year of the
 * next
 * element ("2025 ж. қазан 2026 ж. наурыз").
 */
function trailingYear(s: ScanState, at: number): { year: number; length: number } | null {
  const rest = s.text.slice(at);
  const y = YEAR_AHEAD.exec(rest);
  if (!y) return null;
  if (MONTH_AHEAD.test(rest.slice(y[0].length))) return null;
  return { year: Number(y[1]), length: y[0].length };
}

export const RULES: Rule[] = [
  // 2025-09-01
  rule(
    `(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)`,
    (m, s) => dateOrError(s, m, Number(m[1]), Number(m[2]), Number(m[3])),
    '\\d',
  ),
  // 28.08.2025 ж., 01/06/2026, 20.01.26
  rule(
    `(?<![\\d.])(\\d{1,2})[./](\\d{1,2})[./](\\d{4}|\\d{2})(?![\\d])${YEAR_WORD}`,
    (m, s) => dateOrError(s, m, fullYear(m[3]), Number(m[2]), Number(m[1])),
    '\\d',
  ),
  // 2025 ж. 1 қыркүйегіне, 2026 жылғы 1 наурызға
  rule(
    `${YEAR}${YEAR_WORD}\\s*${DAY}\\s+(${MONTH})`,
    (m, s) => dateOrError(s, m, Number(m[1]), monthNumber(m[3]), Number(m[2])),
    '\\d',
  ),
  // 28 августа 2025 г., 1 қыркүйек 2025 ж., 15 October 2025, 20th of May
  rule(
    `(?<![\\d.])${DAY}\\s+(?:of\\s+)?(${MONTH})(?:\\s*,?\\s*${YEAR}${YEAR_WORD})?`,
    (m, s) => dateOrError(s, m, m[3] ? Number(m[3]) : null, monthNumber(m[2]), Number(m[1])),
    '\\d',
  ),
  // October 15, 2025
  rule(
    `(${MONTH})\\s+(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?${E}(?:\\s*,?\\s*${YEAR})?`,
    (m, s) => dateOrError(s, m, m[3] ? Number(m[3]) : null, monthNumber(m[1]), Number(m[2])),
    '\\d',
  ),

  // Recurrences, before months and whole years so that "әр 2 ай сайын" is not read as "ай сайын".
  rule(
    `${B}(?:әр\\s+)?${NUMBER}\\s+ай\\s+сайын${E}|${B}каждые\\s+${NUMBER}\\s+месяц\\p{L}*|${B}раз\\s+в\\s+${NUMBER}\\s+месяц\\p{L}*|${B}every\\s+${NUMBER}\\s+months${E}`,
    (m) => {
      const n = numberValue(m[1] ?? m[2] ?? m[3] ?? m[4]);
      return n >= 1 && n <= 12 ? (n === 1 ? { t: 'monthly', day: null } : { t: 'every-months', n }) : null;
    },
    'ай|месяц|month',
  ),
  rule(`${B}bi-?monthly${E}|${B}екі\\s+айда\\s+бір${E}`, () => ({ t: 'every-months', n: 2 }), 'monthly|айда'),
  rule(
    `${B}(?:әр\\s+айдың|ай\\s+сайын\\s*,?|айдың)\\s+(\\d{1,2})(?:\\s*-\\s*\\p{L}+)?(?:\\s+күн\\p{L}*)?`,
    (m) => monthlyDay(m[1]),
    '\\d',
  ),
  rule(
    `${B}(?:ежемесячно|каждый\\s+месяц|каждого\\s+месяца)\\s*,?\\s*(?:до|к|не\\s+позднее)?\\s*(\\d{1,2})(?:\\s*-?\\s*(?:го|числа))*`,
    (m) => monthlyDay(m[1]),
    '\\d',
  ),
  rule(
    `${B}(?:до|к|не\\s+позднее)\\s+(\\d{1,2})(?:\\s*-?\\s*го)?\\s+числа\\s+(?:каждого\\s+месяца|ежемесячно)`,
    (m) => monthlyDay(m[1]),
    '\\d',
  ),
  rule(
    `${B}monthly\\s*,?\\s*(?:by|on|before)\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?${E}`,
    (m) => monthlyDay(m[1]),
    '\\d',
  ),
  rule(
    `${B}(?:by|on|before)\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:day\\s+)?of\\s+(?:each|every|the)\\s+month${E}`,
    (m) => monthlyDay(m[1]),
    '\\d',
  ),
  rule(
    `${B}(?:ай\\s+сайын\\p{L}*|әр\\s+ай${E}|айына\\s+бір\\s+рет|ежемесячн\\p{L}*|каждый\\s+месяц|monthly|every\\s+month|each\\s+month)`,
    () => ({ t: 'monthly', day: null }),
    'ай|ежемесячн|месяц|month',
  ),
  rule(
    `${B}(?:тоқсан\\s+сайын\\p{L}*|әр\\s+тоқсан\\p{L}*|тоқсанына\\s+бір\\s+рет|ежеквартальн\\p{L}*|каждый\\s+квартал|раз\\s+в\\s+квартал|quarterly|every\\s+quarter|each\\s+quarter)${E}`,
    () => ({ t: 'quarterly' }),
    'тоқсан|квартал|quarter',
  ),
  rule(
    `${B}(?:апта\\s+сайын\\p{L}*|әр\\s+апта\\p{L}*|аптасына\\s+бір\\s+рет|еженедельн\\p{L}*|каждую\\s+неделю|weekly|every\\s+week)${E}`,
    () => ({ t: 'weekly' }),
    'апта|недел|week',
  ),
  rule(
    `${B}(?:жыл\\s+сайын\\p{L}*|жылына\\s+бір\\s+рет|ежегодн\\p{L}*|раз\\s+в\\s+год|annually|yearly|every\\s+year|once\\s+a\\s+year)${E}`,
    () => ({ t: 'year-end' }),
    'жыл|год|annual|year',
  ),
  rule(
    `${B}(?:жылына\\s+${NUMBER}\\s+рет|${NUMBER}\\s+раз\\p{L}*\\s+в\\s+год|${NUMBER}(?:\\s+times)?\\s+(?:a|per)\\s+year)${E}`,
    (m) => {
      const n = numberValue(m[1] ?? m[2] ?? m[3]);
      return n >= 1 && n <= 12 ? { t: 'times-a-year', n } : null;
    },
    'жыл|год|year',
  ),

  // The whole year, and its end.
  rule(
    `${B}(?:оқу\\s+жылы\\s+бойы\\p{L}*|жыл\\s+бойы\\p{L}*|оқу\\s+жылы\\s+ішінде|оқу\\s+жылы\\s+барысында|жыл\\s+ішінде|в\\s+течение\\s+(?:всего\\s+)?(?:учебного\\s+)?года|весь\\s+(?:учебный\\s+)?год|в\\s+течение\\s+года|круглый\\s+год|throughout\\s+the\\s+(?:academic\\s+|school\\s+)?year|during\\s+the\\s+(?:academic\\s+|school\\s+)?year|all\\s+year(?:\\s+round)?|year-round)${E}`,
    () => ({ t: 'whole-year' }),
    'жыл|год|year',
  ),
  rule(
    `${B}(?:оқу\\s+жылының\\s+(?:соңында|аяғында)|жылдың\\s+(?:соңында|аяғында)|в\\s+конце\\s+(?:учебного\\s+)?года|at\\s+the\\s+end\\s+of\\s+the\\s+(?:academic\\s+|school\\s+)?year)${E}`,
    () => ({ t: 'year-end' }),
    'жыл|год|year',
  ),

  // Months and month ranges, a year before ("2025 ж. қазан - қараша") or after ("сентябрь 2025").
  rule(`(?:${YEAR}${YEAR_WORD}\\s*)?(${MONTH})(?:\\s*-\\s*(?:${YEAR}${YEAR_WORD}\\s*)?(${MONTH}))?`, (m, s) => {
    let y: number | null = m[1] ? Number(m[1]) : null;
    const from = monthNumber(m[2]);
    const toY: number | null = m[3] ? Number(m[3]) : null;
    const to = m[4] ? monthNumber(m[4]) : from;
    if (y === null && toY === null) {
      const t = trailingYear(s, m.index + m[0].length);
      if (t) {
        y = t.year;
        m[0] += s.text.slice(m.index + m[0].length, m.index + m[0].length + t.length);
      }
    }
    return { t: 'month', y, m: from, toY, toM: to };
  }),

  // "2025-2026 оқу жылына арналған": the plan year, said again.
  rule(
    `${B}(?:${YEAR}\\s*-\\s*${YEAR}\\s+оқу\\s+жыл\\p{L}*(?:\\s+арналған)?|на\\s+${YEAR}\\s*-\\s*${YEAR}\\s+учебн\\p{L}*\\s+год\\p{L}*|for\\s+(?:the\\s+)?${YEAR}\\s*-\\s*${YEAR}\\s+academic\\s+year)`,
    (m) => ({ t: 'plan-year', startYear: Number(m[1] ?? m[3] ?? m[5]) }),
    '\\d-|\\d -',
  ),

  // "Академиялық күнтізбеге сәйкес": the entries a user linked to the item.
  rule(
    `${B}(?:академиялық\\s+күнтізбе\\p{L}*(?:\\s+мерзімдер\\p{L}*)?\\s+(?:сәйкес|бойынша)|(?:согласно|по|в\\s+соответствии\\s+с)\\s+академическ\\p{L}*\\s+календар\\p{L}*|(?:according\\s+to|as\\s+per|per)\\s+(?:the\\s+)?academic\\s+calendar)`,
    () => ({ t: 'per-calendar' }),
    'күнтізбе|календар|calendar',
  ),
  // "Сессиядан кейінгі ликвидациялық кезең": "post-session" only qualifies the period after it.
  rule(`${B}(?:сессиядан\\s+кейінгі|послесессионн\\p{L}*|post-session)${E}`, () => ({ t: 'label' }), 'сесси|session'),
];

function monthlyDay(day: string): Component | null {
  const d = Number(day);
  return d >= 1 && d <= 31 ? { t: 'monthly', day: d } : null;
}

const PERIOD_RES = PERIOD_PHRASES.map((p) => ({ ...p, re: new RegExp(`${B}(?:${p.source})${E}`, 'gu') }));
const RELATION_RES = RELATIONS.map((r) => ({ ...r, re: new RegExp(`${B}(?:${r.source})${E}`, 'u') }));
const JOINED_ANCHORS = new RegExp(`${MASK}+\\s+(?:${foldPattern('және')}|и|and)\\s+${MASK}`, 'gu');

/**
 * Academic-calendar anchors, read clause by clause: every period a clause names takes the clause's relation
 * ("Емтихан сессиялары және ликвидациялық кезең кезінде": both, during). No relation means during.
 */
export function scanAnchors(s: ScanState): void {
  const clauses = /[^,;\n]+/g;
  let c: RegExpExecArray | null;
  const snapshot = s.text;
  while ((c = clauses.exec(snapshot))) {
    const clauseStart = c.index;
    const clause = c[0];
    const spans: Array<{ start: number; end: number }> = [];
    const kinds: Component[] = [];
    let summerOnly = false;
    let local = clause;
    const kindsSeen = new Set<string>();
    for (const p of PERIOD_RES) {
      const re = p.re;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(local))) {
        spans.push({ start: clauseStart + m.index, end: clauseStart + m.index + m[0].length });
        if (!kindsSeen.has(p.kind)) {
          kindsSeen.add(p.kind);
          kinds.push({ t: 'anchor', kinds: [p.kind], relation: 'during', summerOnly: !!p.summer });
        }
        if (p.summer) summerOnly = true;
        local = local.slice(0, m.index) + MASK.repeat(m[0].length) + local.slice(m.index + m[0].length);
      }
    }
    if (kinds.length === 0) continue;
    let relation: Relation = 'during';
    for (const r of RELATION_RES) {
      const m = r.re.exec(local);
      if (m) {
        relation = r.relation;
        spans.push({ start: clauseStart + m.index, end: clauseStart + m.index + m[0].length });
        break;
      }
    }
    const start = Math.min(...spans.map((x) => x.start));
    const end = Math.max(...spans.map((x) => x.end));
    const allKinds = kinds.flatMap((k) => (k.t === 'anchor' ? k.kinds : []));
    s.found.push({ c: { t: 'anchor', kinds: allKinds, relation, summerOnly }, start, end });
    for (const sp of spans) mask(s, sp.start, sp.end);
    // "және" between two periods is part of the anchor.
    s.text = s.text.replace(JOINED_ANCHORS, (all) => MASK.repeat(all.length));
  }
}

/** On-demand and event-driven phrases: no dates, the item is flagged on-demand. */
export const LATE_RULES: Rule[] = [
  rule(
    `${B}(?:талап\\s+бойынша|сұраныс\\s+бойынша|сұрау\\p{L}*\\s+бойынша|қажеттілік\\s+бойынша|қажет\\s+болған\\s+(?:жағдайда|кезде)|қажетіне\\s+қарай|\\p{L}+\\s+түсуіне\\s+қарай|по\\s+требованию|по\\s+запрос\\p{L}*|по\\s+мере\\s+(?:необходимости|поступления|обращени\\p{L}*)|при\\s+необходимости|по\\s+необходимости|on\\s+request|upon\\s+request|on\\s+demand|as\\s+needed|when\\s+needed|if\\s+needed|as\\s+required|when\\s+required)${E}`,
    () => ({ t: 'on-demand' }),
  ),
  rule(
    `${CLAUSE}[^,;.\\u0001]*?${B}\\p{L}*(?:сауал|сұрау|сұраныс|өтінім|запрос|request)\\p{L}*\\s+(?:сәйкес|бойынша|қарай)${E}`,
    () => ({ t: 'on-demand' }),
    'сауал|сұрау|сұраныс|өтінім|запрос|request',
  ),
  // "Сұраулар түскен сайын", "Жеке істер ҚК-дан келген сайын": whenever something happens.
  rule(
    `${CLAUSE}[^,;.\\u0001]*?\\p{L}+(?:ған|ген|қан|кен)\\s+(?:сайын|кезде|жағдайда)${E}`,
    () => ({ t: 'event' }),
    'сайын|кезде|жағдайда',
  ),
  // "… аяқтағаннан кейін": after something that is not in the academic calendar.
  rule(
    `${CLAUSE}[^,;.\\u0001]*?\\p{L}+(?:ған|ген|қан|кен)(?:нан|нен|тан|тен)\\s+(?:кейін|соң)${E}`,
    () => ({ t: 'event' }),
    'кейін|соң',
  ),
  rule(
    `${B}(?:по\\s+мере\\s+\\p{L}+|при\\s+поступлении\\p{L}*|upon\\s+receipt|whenever\\s+[^,;\\u0001]+)`,
    () => ({ t: 'event' }),
    'по мере|поступлен|upon|whenever',
  ),
  // "ашық сабақтар кестесіне сәйкес": a schedule kept elsewhere.
  rule(
    `(?:^|(?<=[;.\\u0001]))[^;.\\u0001]*?\\p{L}*(?:кесте|ереже|жоспар|график|расписани|schedule|rules|plan)\\p{L}*"?\\s+(?:сәйкес|бойынша)${E}|${B}(?:согласно|according\\s+to(?:\\s+the)?)\\s+[^,;.\\u0001]*?(?:график\\p{L}*|расписани\\p{L}*|schedule|rules|plan)${E}`,
    () => ({ t: 'external' }),
    'кесте|ереже|жоспар|график|расписани|schedule|rules|plan',
  ),
  // "тапсырыс –", "Қамтамасыз ету –": a short label before a dated part.
  rule(`(?:^|(?<=[.;,:\\u0001]))\\s*\\p{L}[\\p{L} ]{0,40}?\\s+-\\s`, () => ({ t: 'label' }), '-'),
];

export function mask(s: ScanState, start: number, end: number): void {
  s.text = s.text.slice(0, start) + MASK.repeat(end - start) + s.text.slice(end);
}

export function runRules(rules: Rule[], s: ScanState): void {
  for (const r of rules) {
    if (r.hint && !r.hint.test(s.text)) continue;
    r.re.lastIndex = 0;
    const snapshot = s.text;
    let m: RegExpExecArray | null;
    while ((m = r.re.exec(snapshot))) {
      if (m[0].length === 0) {
        r.re.lastIndex++;
        continue;
      }
      const out = r.handle(m, s);
      const end = m.index + m[0].length;
      if (out === undefined) continue;
      const list = out === null ? [] : Array.isArray(out) ? out : [out];
      for (const c of list) s.found.push({ c, start: m.index, end });
      mask(s, m.index, end);
      r.re.lastIndex = end;
    }
  }
}
