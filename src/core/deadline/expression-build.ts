/**
 * The rules' expressions made final ahead of time. Apps Script starts a fresh V8 context for every execution, and
 * building a rule's source there (templates of lexicon parts, Kazakh letters folded, hints split into words) and
 * compiling the functions that build them cost more than a first parse may cost in all. So the build does it:
 * `npx tsx scripts/deadline-expressions.ts` writes expressions.generated.ts from the rules as written
 * (rule-sources.ts), and test/core/deadline-expressions.test.ts fails when the two differ. Nothing here runs in the
 * add-on.
 */
import { foldPattern } from './fold';
import { B, E, MONTH, NUMBER, ORDINAL, type Relation } from './lexicon';
import { OFFSET_UNIT, PERIOD_PHRASES, RELATIONS, SEASON_WORDS, UNIT_WORDS } from './lexicon-sources';
import type { PeriodKind } from '../calendar/academic-calendar';
import type { Season } from './types';
import { MASK } from './mask';
import { alternatives, leadingWords } from './regex';
import { requiredWords } from './required-words';
import { dateRuleSources, lateRuleSources, type RuleSource } from './rule-sources';

/**
 * A hint: words, one of which the text must hold (substring tests, no expression to compile); or an expression, tried
 * (and compiled) only when the text holds a word it must start with (`pre`, null if it starts otherwise).
 */
export type Hint = { words: string[] } | { pre: string[] | null; source: string };

/** A rule's expression, folded (regex.ts narrows its letters when it compiles it), and what decides whether it runs. */
export interface RuleExpression {
  /** The rule's name in rule-sources.ts, and of its handler in rules.ts. */
  name: string;
  source: string;
  /** Words one of which the text the rule reads must hold for it to match (required-words.ts), or null. */
  pre: string[] | null;
  /** The rule names a month: it reads ScanState.months (the rest read the folded text, exactly as typed). */
  months: boolean;
  /** Every hint alternative needs a digit: a cell with none skips the rule. */
  needsDigit: boolean;
  hint: Hint | null;
}

/** The text an alternative of a hint stands for when it is plain (letters, spaces, "-", "\\("), else null. */
function literal(alt: string): string | null {
  if (!/^(?:[a-z\u0430-\u044f ,&-]|\\[()./-])+$/.test(alt)) return null;
  return alt.replace(/\\(.)/g, '$1');
}

/**
 * `\s` as the folded text has it: fold.ts turns every space, tab, line break and other blank into " ", and a space is
 * cheaper to compile than the class of all blanks.
 */
export function spaced(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    if (source[i] !== '\\') out += source[i];
    else out += source[++i] === 's' ? ' ' : `\\${source[i]}`;
  }
  return out;
}

function hintOf(source: string): Hint {
  const folded = foldPattern(source);
  const words = alternatives(folded).map(literal);
  if (words.every((w) => w !== null)) return { words: words as string[] };
  const final = spaced(folded);
  return { pre: leadingWords(folded) ?? requiredWords(final), source: final };
}

export function ruleExpression(name: string, rule: RuleSource): RuleExpression {
  const source = spaced(foldPattern(rule.source));
  const hint = rule.hint ? hintOf(rule.hint) : null;
  return {
    name,
    source,
    // Beside a hint of words too: a hint is a rule's author's guess ("жыл" for "жыл сайын"), the required words what
    // the expression itself cannot match without, and an expression compiled in vain costs a fresh context more than
    // the words' test costs a warm parse ("оқу жылы ішінде" compiled the yearly and times-a-year rules for nothing).
    pre: requiredWords(source),
    months: rule.source.includes(MONTH),
    needsDigit: !!rule.hint && alternatives(rule.hint).every((a) => a.includes('\\d')),
    hint,
  };
}

/** The expressions of a set of rules, in the order they are written. */
export function expressionsOf(rules: Record<string, RuleSource>): RuleExpression[] {
  return Object.entries(rules).map(([name, rule]) => ruleExpression(name, rule));
}

/** The hand-given words of every period (PERIOD_PHRASES), folded, each once. */
export function periodWords(): string[] {
  return [...new Set(PERIOD_PHRASES.flatMap((p) => p.words.split('|').map(foldPattern)))];
}

/**
 * The expressions that read academic-calendar anchors clause by clause (rules.ts readAnchors): each period's,
 * relation's and season's, with the words one of which a clause must hold for it to match, and the ordinal, offset and
 * "және" between two periods.
 */
export interface AnchorExpressions {
  periods: Array<{ kind: PeriodKind; summer?: boolean; hand: string[]; words: string[] | null; source: string }>;
  relations: Array<{ relation: Relation; source: string; words: string[] | null }>;
  seasons: Array<{ season: Season; source: string; words: string[] | null }>;
  nthWords: string[] | null;
  units: string[] | null;
  nthBefore: string;
  offset: string;
  joined: string;
}

export function anchorExpressions(): AnchorExpressions {
  const word = (source: string) => `${B}(?:${source})${E}`;
  return {
    periods: PERIOD_PHRASES.map((p) => ({
      kind: p.kind,
      ...(p.summer ? { summer: true } : {}),
      hand: p.words.split('|').map(foldPattern),
      words: leadingWords(word(p.source)),
      source: spaced(word(p.source)),
    })),
    relations: RELATIONS.map((r) => ({
      relation: r.relation,
      source: spaced(word(r.source)),
      words: leadingWords(r.source),
    })),
    seasons: SEASON_WORDS.map((w) => ({
      season: w.season,
      source: spaced(word(w.source)),
      words: leadingWords(w.source),
    })),
    nthWords: leadingWords(foldPattern('бірінші|екінші|перв\\p{L}*|втор\\p{L}*|first|second')),
    units: leadingWords(UNIT_WORDS),
    nthBefore: spaced(
      foldPattern(
        `(?:${B}(\\d)\\s*-?\\s*(?:ші|шы|інші|ыншы|й|го|ый|ой|st|nd)?|${B}(бірінші|екінші|перв\\p{L}*|втор\\p{L}*|first|second))\\s*$`,
      ),
    ),
    offset: spaced(
      foldPattern(
        `(?:${B}(за|через|в\\s+течение|within|a|an)\\s+)?` +
          `(?:${B}${NUMBER}\\s*(?:\\(\\p{L}+\\)\\s*)?|\\(\\s*(\\d{1,3})\\s*\\)\\s*|${B}(?:the\\s+)?${ORDINAL}\\s+)?${OFFSET_UNIT}${E}` +
          `(?:\\s+(бұрын|кейін|ішінде|өткен\\s+соң|до|после|before|after|following|prior\\s+to)${E})?`,
      ),
    ),
    joined: spaced(`${MASK}+\\s+(?:${foldPattern('және')}|и|and)\\s+${MASK}`),
  };
}

/** The text of expressions.generated.ts, before Prettier lays it out. */
export function expressionsModule(): string {
  const list = (rules: Record<string, RuleSource>) => JSON.stringify(expressionsOf(rules));
  return (
    '// Generated by `npx tsx scripts/deadline-expressions.ts` from the rules as written (rule-sources.ts): do not edit.\n' +
    "import type { AnchorExpressions, RuleExpression } from './expression-build';\n\n" +
    `export const DATE_RULE_EXPRESSIONS: RuleExpression[] = ${list(dateRuleSources())};\n\n` +
    `export const LATE_RULE_EXPRESSIONS: RuleExpression[] = ${list(lateRuleSources())};\n\n` +
    '/** Every word the names of the academic-calendar periods hold (lexicon.ts): a cell without one names none. */\n' +
    `export const PERIOD_WORDS: string[] = ${JSON.stringify(periodWords())};\n\n` +
    `export const ANCHOR_EXPRESSIONS: AnchorExpressions = ${JSON.stringify(anchorExpressions())};\n`
  );
}
