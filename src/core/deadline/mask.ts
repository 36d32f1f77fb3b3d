/**
 * Masked text: consumed spans become this character, which no rule's letters, digits or separators match. Its own
 * module so that the build (expression-build.ts) can use it without rules.ts, which loads the generated expressions:
 * the generator must run even when that file is broken (a merge conflict in it).
 */
export const MASK = '\u0001';
