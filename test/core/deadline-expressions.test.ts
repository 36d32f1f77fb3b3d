import { build } from 'esbuild';
import { join } from 'node:path';
import { anchorExpressions, expressionsOf, periodWords, spaced } from '../../src/core/deadline/expression-build';
import {
  ANCHOR_EXPRESSIONS,
  DATE_RULE_EXPRESSIONS,
  LATE_RULE_EXPRESSIONS,
  PERIOD_WORDS,
} from '../../src/core/deadline/expressions.generated';
import { MASK } from '../../src/core/deadline/mask';
import { requiredWords } from '../../src/core/deadline/required-words';
import { dateRuleSources, lateRuleSources } from '../../src/core/deadline/rule-sources';
import { DATE_HANDLERS, LATE_HANDLERS } from '../../src/core/deadline/rules';

describe('the rules’ expressions made final at build time (expressions.generated.ts)', () => {
  it('are what the rules as written make: run `npx tsx scripts/deadline-expressions.ts` after changing a rule', () => {
    expect(DATE_RULE_EXPRESSIONS).toEqual(expressionsOf(dateRuleSources()));
    expect(LATE_RULE_EXPRESSIONS).toEqual(expressionsOf(lateRuleSources()));
    expect(PERIOD_WORDS).toEqual(periodWords());
    expect(ANCHOR_EXPRESSIONS).toEqual(anchorExpressions());
  });

  it('are made by a generator that never loads them, so it rebuilds a broken file (a merge conflict in it)', async () => {
    const { metafile } = await build({
      entryPoints: [join(__dirname, '..', '..', 'scripts', 'deadline-expressions.ts')],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      packages: 'external',
      logLevel: 'silent',
    });
    const inputs = Object.keys(metafile.inputs);
    expect(inputs).toContain('src/core/deadline/expression-build.ts');
    expect(inputs.filter((f) => f.includes('expressions.generated'))).toEqual([]);
  });

  it('pair every rule with a handler of its name, and every handler with a rule', () => {
    expect(Object.keys(DATE_HANDLERS).sort()).toEqual(Object.keys(dateRuleSources()).sort());
    expect(Object.keys(LATE_HANDLERS).sort()).toEqual(Object.keys(lateRuleSources()).sort());
  });

  it('make a hint of plain words a substring test, with no expression to compile', () => {
    const hints = Object.fromEntries(DATE_RULE_EXPRESSIONS.map((e) => [e.name, e.hint]));
    expect(hints.quarterly).toEqual({ words: ['токсан', 'квартал', 'quarter'] });
    expect(Object.fromEntries(LATE_RULE_EXPRESSIONS.map((e) => [e.name, e.hint]))).toMatchObject({
      rangeLength: { words: ['('] },
      label: { words: ['-'] },
    });
  });
});

describe('words an expression cannot match without (required-words.ts)', () => {
  it.each([
    ['(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)', ['-']],
    ['\\d *(?:,|&|and|и) *\\d', [',', '&', 'and', 'и']],
    ['(?<![\\d.])(\\d{1,2})[./](\\d{1,2})', ['.', '/']],
    ['(?:до|к) +конца|end of', ['конца', 'end of']],
    ['a?b|c+', ['b', 'c']],
    ['(?:на|с)?\\u0001+ x', [' x']],
  ])('%s needs one of %j', (source, words) => {
    expect(requiredWords(source)).toEqual(words);
  });

  it.each(['x*', '\\d+', '[a-z]+', '(?=abc)\\d', 'a|\\p{L}', '[^,;]+'])('%s needs nothing it can name', (source) => {
    expect(requiredWords(source)).toBeNull();
  });

  it('reads every rule, and each reads only texts holding one of its words', () => {
    for (const e of [...DATE_RULE_EXPRESSIONS, ...LATE_RULE_EXPRESSIONS])
      expect(() => requiredWords(e.source)).not.toThrow();
    const isoDate = DATE_RULE_EXPRESSIONS.find((e) => e.name === 'isoDate')!;
    expect(isoDate.pre).toEqual(['-']);
  });

  it('never asks for the mask or a month placeholder, which the text the words are looked up in never holds', () => {
    expect(requiredWords('\u0001+ и \u0001')).toEqual([' и ']);
    expect(requiredWords('\u03b1x|\u03b2y')).toEqual(['x', 'y']);
    const words = [...DATE_RULE_EXPRESSIONS, ...LATE_RULE_EXPRESSIONS].flatMap((e) => [
      ...(e.pre ?? []),
      ...(e.hint ? ('words' in e.hint ? e.hint.words : (e.hint.pre ?? [])) : []),
    ]);
    expect(words.filter((w) => w.includes(MASK) || /[\u03b1-\u03c8]/.test(w))).toEqual([]);
  });

  it('writes a blank as the folded text has it: a space', () => {
    expect(spaced('\\s+до[\\s,]\\\\s\\d')).toBe(' +до[ ,]\\\\s\\d');
  });
});
