/**
 * Cut anywhere, lose nothing: Set up, Create default templates and Generate document (the preview's orders), each cut
 * off right after the N-th write of a service and then run again, end exactly as the same step run once uncut.
 *
 * Cut at: every sheets and Drive write of Create default templates and Generate document; in Set up (155 sheets writes,
 * most of them formatting of new sheets), every write that records or hides something (values, new sheets,
 * protections, hiding) and every third other one; Docs writes (hundreds, one per styled run) the first, the last and
 * every 50th. JOSPAR_FULL_SWEEP=1 cuts at every single write of every service instead (slow: minutes).
 */
import type { ServiceName } from '../../src/local/workspace/counter';
import { addOnCode, canonical, cutAndRerun, firstDifference, prepared, recordedRun, type Step } from '../cut-replay';

const setUp: Step = (a) => a.josparSetUpPlan();
const templates: Step = (a) => a.josparCreateTemplates();
const orders: Step = (a) => a.josparGenerateDocuments({ kind: 'order', interactive: false });
const FULL = process.env.JOSPAR_FULL_SWEEP === '1';
const RECORDS = /^(setValues|setValue|insertSheet|hideSheet|protect|Protection\.)/;

function chosen(service: string, labels: string[]): number[] {
  return labels
    .map((label, i) => ({ label, n: i + 1 }))
    .filter(({ label, n }) => {
      if (FULL) return true;
      if (service === 'docs') return n === 1 || n === labels.length || n % 50 === 0;
      return service !== 'sheets' || labels.length < 20 || RECORDS.test(label) || n % 3 === 0;
    })
    .map(({ n }) => n);
}

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
      for (const n of chosen(service, labels)) {
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
