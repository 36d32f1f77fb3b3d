import { expressionsOf } from '../../src/core/deadline/expression-build';
import { DATE_RULE_EXPRESSIONS, LATE_RULE_EXPRESSIONS } from '../../src/core/deadline/expressions.generated';
import { dateRuleSources, lateRuleSources } from '../../src/core/deadline/rule-sources';
import { DATE_HANDLERS, LATE_HANDLERS } from '../../src/core/deadline/rules';

describe('the rules’ expressions made final at build time (expressions.generated.ts)', () => {
  it('are what the rules as written make: run `npx tsx scripts/deadline-expressions.ts` after changing a rule', () => {
    expect(DATE_RULE_EXPRESSIONS).toEqual(expressionsOf(dateRuleSources()));
    expect(LATE_RULE_EXPRESSIONS).toEqual(expressionsOf(lateRuleSources()));
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
