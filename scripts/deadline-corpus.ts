/**
 * `npx tsx scripts/deadline-corpus.ts [--list]`: how many phrases of the public deadline corpus
 * (test/core/fixtures/deadline-corpus.ts) the engine reads right, how many it flags, how many it gets wrong quietly;
 * the same for the phrases gathered for issue #23 alone (secondRound).
 */
import { DEADLINE_CORPUS, type CorpusEntry } from '../test/core/fixtures/deadline-corpus';
import { judge, readCorpusEntry } from '../test/core/fixtures/deadline-corpus-judge';

function score(label: string, entries: CorpusEntry[], list: boolean): void {
  const counts = { right: 0, flagged: 0, 'wrong-quietly': 0 };
  let warnedRight = 0;
  for (const e of entries) {
    const s = readCorpusEntry(e);
    const v = judge(e, s);
    counts[v]++;
    if (v === 'right' && s.warnings.length > 0 && !e.expect.flagged) warnedRight++;
    if (list && v !== 'right')
      console.log(`${v.padEnd(13)} ${e.text}  →  ${s.due.join(' ') || '—'}${s.onDemand ? ' (on demand)' : ''}`);
  }
  const n = entries.length;
  const pages = new Set(entries.map((e) => e.source)).size;
  console.log(
    `${label}: ${n} phrases from ${pages} pages (${entries.filter((e) => e.lang === 'kk').length} Kazakh): ` +
      `${counts.right} right (${((100 * counts.right) / n).toFixed(1)}%, ${warnedRight} of them with a ` +
      `warning), ${counts.flagged} flagged, ${counts['wrong-quietly']} wrong quietly`,
  );
}

score('all', DEADLINE_CORPUS, process.argv.includes('--list'));
score(
  'gathered for #23',
  DEADLINE_CORPUS.filter((e) => e.secondRound),
  false,
);
