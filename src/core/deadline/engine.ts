/**
 * The deadline engine: reads a free-text deadline (Kazakh, Russian, English, as people write them) and resolves it
 * against the plan year, the academic calendar and the working-day calendar. Pure, and never throws: whatever the text,
 * the result is a Schedule whose warnings and errors say what was not understood, with positions in the text.
 */
import { addDays, ymd, type PlanYear } from '../calendar/dates';
import { foldText } from './fold';
import { monthText } from './months';
import { blankWeekdayTags } from './weekday-tags';
import { indexText } from './word-index';
import { FILLER_WORDS } from './lexicon';
import { MASK } from './mask';
import { quickFound } from './quick';
import { resolve } from './resolve';
import { runDateRules, runLateRules, scanAnchors, type ScanState } from './rules';
import { DEFAULT_CONVENTIONS, type Conventions, type DeadlineContext, type Schedule } from './types';

/** A deadline cell is a line or two; beyond this the text is not a deadline and is not read further. */
export const MAX_DEADLINE_LENGTH = 1000;

export function parseDeadline(input: unknown, ctx: DeadlineContext): Schedule {
  const text = typeof input === 'string' ? input : input === null || input === undefined ? '' : String(input);
  try {
    return parse(text, ctx);
  } catch (e) {
    // A bug here must not stop a whole plan run: report it on the row instead.
    return {
      ...empty(text),
      kind: 'unknown',
      errors: [{ code: 'not-understood', start: 0, end: text.length, text: String((e as Error)?.message ?? e) }],
    };
  }
}

function empty(input: string): Schedule {
  return {
    input,
    kind: 'unknown',
    due: [],
    dueWorking: [],
    windows: [],
    rrule: null,
    anchors: [],
    onDemand: false,
    notes: [],
    warnings: [],
    errors: [],
  };
}

function parse(input: string, ctx: DeadlineContext): Schedule {
  const out = empty(input);
  if (input.trim() === '') {
    out.errors.push({ code: 'empty', start: 0, end: 0, text: '' });
    return out;
  }
  const read = input.length > MAX_DEADLINE_LENGTH ? input.slice(0, MAX_DEADLINE_LENGTH) : input;
  if (read !== input) out.warnings.push({ code: 'too-long', start: MAX_DEADLINE_LENGTH, end: input.length, text: '' });

  const conv: Conventions = { ...DEFAULT_CONVENTIONS, ...ctx.conventions };
  // A September plan year, as most are, is the one given (yearStartingIn is not even compiled then).
  const planCtx = conv.yearStartMonth === 9 ? ctx : { ...ctx, year: yearStartingIn(ctx.year, conv.yearStartMonth) };
  const folded = foldText(read);
  // A single dated day, as most cells are: read as the rules would, without them (quick.ts). Only a cell ending as
  // those do is even tried, so that no other cell compiles the shortcut's code and expression.
  const quick = read === input && folded.endsWith(' дейин') ? quickFound(folded) : null;
  if (quick !== null) {
    resolve(quick, planCtx, out);
    return out;
  }
  const { text, months } = blankWeekdayTags(folded, monthText(folded));
  const s: ScanState = {
    text,
    months,
    found: [],
    errors: out.errors,
    warnings: out.warnings,
    input: read,
    numericDateOrder: conv.numericDateOrder,
    index: indexText(text),
  };
  runDateRules(s);
  // Every later rule reads the folded text itself.
  s.months = null;
  scanAnchors(s);
  runLateRules(s);
  s.found.sort((a, b) => a.start - b.start);

  collectLeftovers(s, out);
  resolve(s.found, planCtx, out);
  // No silent misses: words recognised around nothing that dates the item ("2025-2026 оқу жылы", a label) are an error.
  if (!s.found.some((f) => f.c.t !== 'label' && f.c.t !== 'plan-year') && out.errors.length === 0)
    out.errors.push({ code: 'not-understood', start: 0, end: read.length, text: read.trim() });
  return out;
}

/**
 * The plan year as the Settings place it: "2025-2026" runs September-August, or from yearStartMonth (August: 1 August
 * 2025 – 31 July 2026).
 */
export function yearStartingIn(py: PlanYear, month: number): PlanYear {
  if (!Number.isInteger(month) || month < 1 || month > 12 || month === 9) return py;
  const start = ymd(py.startYear, month, 1);
  return { ...py, start, end: addDays(ymd(py.startYear + 1, month, 1), -1) };
}

/** A letter or digit of folded text (fold.ts folds every letter to a-z, а-я or "ª"). */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0x430 && c <= 0x44f) || c === 0xaa;
}

/**
 * Words no rule took: from the first meaningful one to the last of each unmasked run, a warning naming that part of
 * the text (no silent misses). A hand scan: this runs on every parse.
 */
function collectLeftovers(s: ScanState, out: Schedule): void {
  if (s.found.length === 0) return;
  const text = s.text;
  let first = -1;
  let last = -1;
  // One past the end: the end of the text closes the last run as a mask does.
  for (let i = 0; i <= text.length;) {
    if (i === text.length || text[i] === MASK) {
      if (first >= 0)
        out.warnings.push({ code: 'partly-understood', start: first, end: last, text: s.input.slice(first, last) });
      first = -1;
      i++;
      continue;
    }
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && isWordCode(text.charCodeAt(j))) j++;
    if (!FILLER_WORDS.has(text.slice(i, j))) {
      if (first < 0) first = i;
      last = j;
    }
    i = j;
  }
}
