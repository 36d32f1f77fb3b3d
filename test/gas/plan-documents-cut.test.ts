/**
 * Issue 18, item 9: Print plan and the Execution report cut off at a write, then run again, end exactly as when never
 * cut: one finished Doc, no half-written one left in Drive (it is binned: the Doc's key is noted before it is made and
 * the note cleared once it is built and logged). On a plan of three items.
 * Cut at every single write of every service each writes: Drive, properties, sheets and the Docs writes (one per
 * paragraph, alignment, font …).
 */
import type { Workspace } from '../../src/local/workspace/workspace';
import { addOnCode, prepared, sweep, type Step } from '../cut-replay';

const ITEMS = [1, 2, 3].map((no) => ({
  section: no < 3 ? 1 : 2,
  sectionTitle: no < 3 ? 'Бөлім' : 'Екінші бөлім',
  no,
  activity: `Іс-шара ${no}`,
  responsible: 'ОПҰжМБ бастығы',
  deadline: 'Ай сайын',
  deliverable: 'Есеп',
}));

const finished = (ws: Workspace, prefix: string) =>
  ws.drive.files.filter((f) => !f.trashed && String(f.appProperties?.josparKey ?? '').startsWith(prefix));

describe.each([
  { name: 'Print plan', step: ((a) => a.josparPrintPlan(false)) as Step, prefix: 'print:' },
  { name: 'Execution report', step: ((a) => a.josparExecutionReport('year', false)) as Step, prefix: 'report:' },
])('$name, cut off after a write and run again', ({ step, prefix }) => {
  it('leaves exactly one finished Doc, as when never cut', async () => {
    const js = await addOnCode();
    const r = sweep(prepared([(a) => a.josparImportPlan(ITEMS, 'small.json')], js), [step], js);
    expect(finished(r.uncut.ws, prefix)).toHaveLength(1);
    expect(r.failures).toEqual([]);
    expect([...r.cuts.keys()].sort()).toEqual(['docs', 'drive', 'properties', 'sheets']);
  }, 300_000);
});
