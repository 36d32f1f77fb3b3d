/**
 * Cut anywhere, lose nothing: Set up and Generate document, each cut off right after every single write of every
 * service it writes (Sheets, properties, Drive, Docs) in turn and then run again, end exactly as the same step run once
 * uncut (Create default templates: test/gas/documents.test.ts).
 *
 * On the small plan (test/warm-fixtures.ts): Set up makes the same Sheets writes for it as for the embedded plan
 * (they are per sheet and column, not per item), laid out as Set up lays out a given plan (an import into an empty
 * spreadsheet); its two orders are every kind of write Generate document makes, the second numbered after the first.
 * Each cut replays one phase of a small plan instead of the whole embedded one.
 */
import { addOnCode, prepared, recordedRun, sweep, type Step } from '../cut-replay';
import { SMALL_PLAN } from '../warm-fixtures';

const setUp: Step = (a) => a.josparImportPlan(SMALL_PLAN, 'small-plan.json', 1);
const templates: Step = (a) => a.josparCreateTemplates();
const orders: Step = (a) => a.josparGenerateDocuments({ kind: 'order', interactive: false });

/**
 * minCuts: a floor under the cut points (243 and 10 today), so a recording that lost writes cannot pass. Create default
 * templates is swept on the same small plan in test/gas/documents.test.ts, with what its re-runs must also leave.
 */
const PHASES: Array<{ name: string; before: Step[]; step: Step; writes: string[]; minCuts: number }> = [
  { name: 'Set up plan', before: [], step: setUp, writes: ['properties', 'sheets'], minCuts: 200 },
  {
    name: 'Generate document (every order)',
    before: [setUp, templates],
    step: orders,
    writes: ['docs', 'drive', 'properties', 'sheets'],
    minCuts: 8,
  },
];

describe.each(PHASES)('$name, cut off after a write and run again', ({ before, step, writes, minCuts }) => {
  it('ends exactly as when never cut, at every write of every service', async () => {
    const js = await addOnCode();
    const r = sweep(prepared(before, js), [step], js);
    expect(r.failures).toEqual([]);
    expect([...r.cuts.keys()].sort()).toEqual(writes);
    expect([...r.cuts.values()].reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(minCuts);
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
