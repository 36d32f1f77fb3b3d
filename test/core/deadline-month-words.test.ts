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
import { holdsOneOf, indexText } from '../../src/core/deadline/word-index';

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

  it('knows every month in each language and its abbreviations, whatever letter it starts with', () => {
    const names = [
      'қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан',
      'января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
      'January February March April May June July August September October November December',
      'Jan Feb Mar Apr may Jun Jul Aug Sep Oct Nov Dec',
    ];
    for (const line of names) expect(line.split(' ').map(month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

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

describe('which words a cell holds, from its index', () => {
  const has = (text: string, words: string[], indexed = text) => holdsOneOf(text, words, indexText(indexed), [], 0);

  it('answers as a substring search, in the text and in parts of it masked', () => {
    expect(has('2025 ж. 1 кыркуйегине дейин', ['дейин'])).toBe(true);
    expect(has('2025 ж. 1 кыркуйегине дейин', ['кезинде', 'бурын'])).toBe(false);
    // One-letter words and words with a space; an empty word is in every text.
    expect(has('до 12.00', ['x', 'д'])).toBe(true);
    expect(has('до 12.00', ['при ', 'x'])).toBe(false);
    expect(has('abc', [''])).toBe(true);
    // Masked ("\u0001") after indexing: a word the rules have read is gone.
    expect(has('\u0001\u0001\u0001\u0001 ай сайын', ['до'], 'до 1 ай сайын')).toBe(false);
    expect(has('\u0001\u0001\u0001\u0001 ай сайын', ['сайын'], 'до 1 ай сайын')).toBe(true);
  });

  it("does not trust another text's index", () => {
    const old = indexText('квартал');
    indexText('month');
    expect(holdsOneOf('квартал', ['квартал'], old, [], 0)).toBe(true);
  });
});
