/**
 * `npx tsx scripts/deadline-corpus.ts [--list]`: how many phrases of the public deadline corpus
 * (test/core/fixtures/deadline-corpus.ts) the engine reads right, how many it flags, how many it gets wrong quietly.
 */
import { DEADLINE_CORPUS } from '../test/core/fixtures/deadline-corpus';
import { judge, readCorpusEntry } from '../test/core/fixtures/deadline-corpus-judge';

const counts = { right: 0, flagged: 0, 'wrong-quietly': 0 };
let warnedRight = 0;
for (const e of DEADLINE_CORPUS) {
  const s = readCorpusEntry(e);
  const v = judge(e, s);
  counts[v]++;
  if (v === 'right' && s.warnings.length > 0 && !e.expect.flagged) warnedRight++;
  if (process.argv.includes('--list') && v !== 'right')
    console.log(`${v.padEnd(13)} ${e.text}  →  ${s.due.join(' ') || '—'}${s.onDemand ? ' (on demand)' : ''}`);
}
const n = DEADLINE_CORPUS.length;
console.log(
  `${n} phrases: ${counts.right} right (${((100 * counts.right) / n).toFixed(1)}%, ${warnedRight} of them with a ` +
    `warning), ${counts.flagged} flagged, ${counts['wrong-quietly']} wrong quietly`,
);
