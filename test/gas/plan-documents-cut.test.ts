/**
 * Issue 18, item 9: Print plan and the Execution report cut off at a write, then run again, end exactly as when never
 * cut: one finished Doc, no half-written one left in Drive (it is binned: the Doc's key is noted before it is made and
 * the note cleared once it is built and logged). On a plan of three items.
 *
 * Cut at: every Drive, properties and sheets write; the Docs writes (one per paragraph, alignment, font …) the first,
 * the last and every fifth. JOSPAR_FULL_SWEEP=1 cuts at every single write.
 */
import type { ServiceName } from '../../src/local/workspace/counter';
import type { Workspace } from '../../src/local/workspace/workspace';
import { addOnCode, canonical, cutAndRerun, firstDifference, prepared, recordedRun, type Step } from '../cut-replay';

const ITEMS = [1, 2, 3].map((no) => ({
  section: no < 3 ? 1 : 2,
  sectionTitle: no < 3 ? 'Бөлім' : 'Екінші бөлім',
  no,
  activity: `Іс-шара ${no}`,
  responsible: 'ОПҰжМБ бастығы',
  deadline: 'Ай сайын',
  deliverable: 'Есеп',
}));
const FULL = process.env.JOSPAR_FULL_SWEEP === '1';

const finished = (ws: Workspace, prefix: string) =>
  ws.drive.files.filter((f) => !f.trashed && String(f.appProperties?.josparKey ?? '').startsWith(prefix));

describe.each([
  { name: 'Print plan', step: ((a) => a.josparPrintPlan(false)) as Step, prefix: 'print:' },
  { name: 'Execution report', step: ((a) => a.josparExecutionReport('year', false)) as Step, prefix: 'report:' },
])('$name, cut off after a write and run again', ({ step, prefix }) => {
  it('leaves exactly one finished Doc, as when never cut', async () => {
    const js = await addOnCode();
    const base = prepared([(a) => a.josparImportPlan(ITEMS, 'small.json')], js);
    const uncut = recordedRun(base, [step], js);
    expect(finished(uncut.ws, prefix)).toHaveLength(1);
    const want = canonical(uncut.ws);
    const failures: string[] = [];
    for (const service of ['drive', 'properties', 'sheets', 'docs'] as ServiceName[]) {
      const labels = uncut.writes.get(service) ?? [];
      for (let n = 1; n <= labels.length; n++) {
        if (!FULL && service === 'docs' && n !== 1 && n !== labels.length && n % 5 !== 0) continue;
        const r = cutAndRerun(base, [step], service, n, js);
        if (!r.cut) failures.push(`${service}:${n} did not cut the run off`);
        else if (r.state !== want)
          failures.push(`${service}:${n} (${labels[n - 1]}) ${firstDifference(want, r.state)}`);
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
