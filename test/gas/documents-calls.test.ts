/**
 * Documents in few calls: each template is checked and read once per run, and each copy is filled from that reading
 * (one removal per paragraph that goes, one replaceText per placeholder kept), never scanned per condition.
 */
import { benchDocuments } from '../../src/local/cli/bench-documents';
import { installed } from '../helpers';

describe('Generate document, calls', () => {
  it('checks and reads each template once per run, and fills each order in a few dozen calls', async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    addon.josparCreateTemplates();
    ws.counter.reset();
    const out = addon.josparGenerateDocuments({ kind: 'order', interactive: false }) as { created: number };
    expect(out.created).toBe(14);
    const c = (k: string) => ws.counter.counts.get(k) ?? 0;
    expect(c('DriveFiles.get')).toBe(1);
    expect(c('DriveFiles.list')).toBe(0);
    // The template once, then each copy.
    expect(c('DocumentApp.openById')).toBe(1 + 14);
    expect(c('Body.getNumChildren')).toBe(1);
    const perOrder = ws.counter.total() / 14;
    // About 40 when this guard was written; the draft-for-signature order (issue 13) has more paragraphs to fill.
    expect(perOrder).toBeLessThan(80);
  });

  it('the bench reports Docs and Drive calls per order, templates included', async () => {
    await installed();
    const bench = benchDocuments() as { orders: number; docsAndDriveCallsPerOrder: number };
    expect(bench.orders).toBe(14);
    expect(bench.docsAndDriveCallsPerOrder).toBeLessThan(90);
  });
});
