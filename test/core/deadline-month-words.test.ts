/**
 * The hand-found month words (months.ts) and the words an expression must start with (regex.ts): the two shortcuts
 * that keep the deadline rules cheap in a fresh context. Each must agree with what the rules read.
 */
import { DEFAULT_CALENDAR_2025_2026 } from '../../src/core/calendar/academic-calendar';
import { planYear } from '../../src/core/calendar/dates';
import { parseDeadline } from '../../src/core/deadline/engine';
import { foldText } from '../../src/core/deadline/fold';
import { monthOfWord, monthText } from '../../src/core/deadline/months';
import { leadingWords } from '../../src/core/deadline/regex';

const month = (word: string) => monthOfWord(foldText(word))?.month ?? 0;

describe('month words', () => {
  it.each([
    ['қыркүйегіне', 9],
    ['ҚАРАШАСЫНА', 11],
    ['шілдеде', 7],
    ['сентября', 9],
    ['мая', 5],
    ['May', 5],
    ['Sept', 9],
    ['December', 12],
    ['желтоқсаннан', 12],
    ['сәуір', 4],
  ])('%s is month %i', (word, m) => expect(month(word)).toBe(m));

  it.each(['майда', 'maybe', 'marching', 'тоқсан', 'дейін', 'кезең'])('%s is no month', (word) =>
    expect(month(word)).toBe(0),
  );

  it('only abbreviations take a dot', () => {
    expect(monthOfWord('sept')).toEqual({ month: 9, dotted: true });
    expect(monthOfWord('september')).toEqual({ month: 9, dotted: false });
  });

  it("marks each month word's first letter, keeping offsets and endings", () => {
    const folded = foldText('2025 ж. 10 қазаннан бастап 3 қарашаға дейін');
    const marked = monthText(folded)!;
    expect(marked).toHaveLength(folded.length);
    const changed = [...marked].flatMap((ch, i) => (ch === folded[i] ? [] : [folded.slice(i, i + 6)]));
    // Only the first letters of «қазаннан» and «қарашаға» (folded: казаннан, карашага) are placeholders.
    expect(changed).toEqual(['казанн', 'караша']);
    expect(monthText(foldText('оқу жылы ішінде'))).toBeNull();
  });

  it('the rules read a range opened by a month ending in the ablative', () => {
    const ctx = { year: planYear('2025-2026')!, calendar: DEFAULT_CALENDAR_2025_2026, daysOff: new Set<string>() };
    const s = parseDeadline('28 қазаннан бастап 3 қарашаны қоса алғанда', { ...ctx, policy: 'none' });
    expect(s.windows).toEqual([{ start: '2025-10-28', end: '2025-11-03' }]);
    expect(s.due).toEqual(['2025-11-03']);
  });
});

describe('words an expression must start with', () => {
  it('reads through optional groups and lookarounds, and leaves out a letter a quantifier makes optional', () => {
    expect(leadingWords('(?<![a-z])(?:the\\s+)?last\\s+exam|days?')).toEqual(['the', 'last', 'day']);
    expect(leadingWords('(?:start|beginning)\\s+of|after')).toEqual(['start', 'beginning', 'after']);
  });

  it('gives none when an alternative starts with a class or an escape', () => {
    expect(leadingWords('\\d+\\s+days')).toBeNull();
    expect(leadingWords('кун|[0-9]')).toBeNull();
  });
});
