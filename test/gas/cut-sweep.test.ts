/**
 * Cut anywhere, lose nothing: Set up, Create default templates and Generate document, each cut off right after every
 * single write of the Sheets, Drive and Docs services in turn and then run again, end exactly as the same step run once
 * uncut.
 *
 * On the small plan (test/warm-fixtures.ts): Set up makes the same 228 Sheets writes for it as for the embedded plan
 * (they are per sheet and column, not per item), laid out as Set up lays out a given plan (an import into an empty
 * spreadsheet); its two orders are every kind of write Generate document makes, the second numbered after the first.
 * Each cut replays one phase of a small plan instead of the whole embedded one. JOSPAR_FULL_SWEEP=1 sweeps the embedded
 * plan (Set up plan itself, the 14 orders) instead: minutes.
 */
import type { ServiceName } from '../../src/local/workspace/counter';
import { addOnCode, canonical, cutAndRerun, firstDifference, prepared, recordedRun, type Step } from '../cut-replay';
import { SMALL_PLAN } from '../warm-fixtures';

const FULL = process.env.JOSPAR_FULL_SWEEP === '1';
const setUp: Step = FULL ? (a) => a.josparSetUpPlan() : (a) => a.josparImportPlan(SMALL_PLAN, 'small-plan.json', 1);
const templates: Step = (a) => a.josparCreateTemplates();
const orders: Step = (a) => a.josparGenerateDocuments({ kind: 'order', interactive: false });

const PHASES: Array<{ name: string; before: Step[]; step: Step }> = [
  { name: 'Set up plan', before: [], step: setUp },
  { name: 'Create default templates', before: [setUp], step: templates },
  { name: 'Generate document (every order)', before: [setUp, templates], step: orders },
];

describe.each(PHASES)('$name, cut off after a write and run again', ({ before, step }) => {
  it('ends exactly as when never cut', async () => {
    const js = await addOnCode();
    const base = prepared(before, js);
    const uncut = recordedRun(base, [step], js);
    const want = canonical(uncut.ws);
    const failures: string[] = [];
    const cuts: string[] = [];
    for (const [service, labels] of uncut.writes) {
      if (!['sheets', 'drive', 'docs'].includes(service)) continue;
      for (let n = 1; n <= labels.length; n++) {
        const r = cutAndRerun(base, [step], service as ServiceName, n, js);
        cuts.push(`${service}:${n}`);
        if (!r.cut) failures.push(`${service}:${n} did not cut the run off`);
        else if (r.state !== want)
          failures.push(`${service}:${n} (${labels[n - 1]}) ${firstDifference(want, r.state)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(cuts.filter((c) => c.startsWith('sheets:')).length).toBeGreaterThan(0);
  }, 600_000);
});

describe('the small plan', () => {
  it('makes every Sheets write of Set up plan on the embedded plan, and two orders', async () => {
    const js = await addOnCode();
    const kinds = (step: Step) =>
      (recordedRun(prepared([], js), [step], js).writes.get('sheets') ?? []).map((l) => l.replace(/\d+/g, 'N'));
    expect(kinds((a) => a.josparImportPlan(SMALL_PLAN, 'small-plan.json', 1))).toEqual(
      kinds((a) => a.josparSetUpPlan()),
    );
    const made = recordedRun(prepared([setUp, templates], js), [orders], js).writes.get('drive') ?? [];
    expect(made.filter((l) => /copy/i.test(l))).toHaveLength(2);
  });
});
