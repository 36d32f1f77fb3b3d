/**
 * Documents in few calls: each template is checked (Drive) and read (one documents.get) once per run, and each copy is
 * filled from that reading in one documents.batchUpdate: a Drive copy and a batch per order, never a scan per
 * condition.
 */
import { benchDocuments } from '../../src/local/cli/bench-documents';
import { installed } from '../helpers';

describe('Generate document, calls', () => {
  it('checks and reads each template once per run, and fills each order in two calls', async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    addon.josparCreateTemplates();
    ws.counter.reset();
    const out = addon.josparGenerateDocuments({ kind: 'order', interactive: false }) as { created: number };
    expect(out.created).toBe(14);
    const c = (k: string) => ws.counter.counts.get(k) ?? 0;
    expect(c('DriveFiles.get')).toBe(1);
    expect(c('DriveFiles.list')).toBe(0);
    // The template read once; each copy made by one Drive copy and filled by one batch, never opened by DocumentApp.
    expect(c('DocsDocuments.get')).toBe(1);
    expect(c('DriveFiles.copy')).toBe(14);
    expect(c('DocsDocuments.batchUpdate')).toBe(14);
    expect(c('DocumentApp.openById')).toBe(0);
    const docsAndDrive = ws.counter.total('Docs') + ws.counter.total('DriveFiles') + ws.counter.total('DocumentApp');
    expect(docsAndDrive).toBe(1 + 1 + 14 * 2);
  });

  it('the bench reports Docs and Drive calls per order, templates included', async () => {
    await installed();
    const bench = benchDocuments() as { orders: number; docsAndDriveCallsPerOrder: number };
    expect(bench.orders).toBe(14);
    // Issue 12's target is at most 25; 3.5 when this guard was written (84.7 before the Docs API fill and templates):
    // 30 calls for the 14 orders, 19 for the three templates and their folders (three Docs API calls a template).
    expect(bench.docsAndDriveCallsPerOrder).toBeLessThanOrEqual(3.5);
    expect((bench as unknown as { templatesCreationCalls: number }).templatesCreationCalls).toBeLessThanOrEqual(19);
  });
});
