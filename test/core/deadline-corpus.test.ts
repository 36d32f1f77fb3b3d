/**
 * The public corpus (fixtures/deadline-corpus.ts): every phrase is read as expected, and none is wrong quietly.
 * `npx tsx scripts/deadline-corpus.ts --list` prints the score and the misses.
 */
import { DEADLINE_CORPUS } from './fixtures/deadline-corpus';
import { judge, readCorpusEntry } from './fixtures/deadline-corpus-judge';

describe('deadline phrases from public documents', () => {
  it('has at least 400 phrases from 100 pages in the three languages (120 Kazakh), each with a source', () => {
    expect(DEADLINE_CORPUS.length).toBeGreaterThanOrEqual(400);
    expect(new Set(DEADLINE_CORPUS.map((e) => e.source)).size).toBeGreaterThanOrEqual(100);
    expect(DEADLINE_CORPUS.filter((e) => e.lang === 'kk').length).toBeGreaterThanOrEqual(120);
    for (const lang of ['kk', 'ru', 'en'])
      expect(DEADLINE_CORPUS.filter((e) => e.lang === lang).length).toBeGreaterThan(30);
    for (const e of DEADLINE_CORPUS) expect(e.source).toMatch(/^https?:\/\/|^[\w.-]+\/[\w.-]+:/);
  });

  it.each(DEADLINE_CORPUS.map((e) => [e.text, e] as const))('%s', (_, e) => {
    const s = readCorpusEntry(e);
    expect({ text: e.text, verdict: judge(e, s), due: s.due }).toEqual({
      text: e.text,
      verdict: 'right',
      due: e.expect.series || e.expect.flagged ? s.due : (e.expect.due ?? []),
    });
  });

  it('reads at least 9 in 10 right and none wrong quietly', () => {
    const verdicts = DEADLINE_CORPUS.map((e) => judge(e, readCorpusEntry(e)));
    expect(verdicts.filter((v) => v === 'right').length / verdicts.length).toBeGreaterThanOrEqual(0.9);
    expect(verdicts.filter((v) => v === 'wrong-quietly')).toEqual([]);
  });
});
