/** Issue 24, item 3: a draft order's Drive approval, read at each sync into the register and on the item card. */
import { respondToApproval, startApproval } from '../../src/local/workspace/drive-approvals';
import { installed, sheetValues } from '../helpers';

type Generated = { documents: Array<{ item: string; id: string }> };

describe('Drive approvals of draft orders', () => {
  it('shows in the register after a sync and on the item card: in approval, reviewers, then approved', async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    addon.josparCreateTemplates();
    const made = addon.josparGenerateDocuments({ ids: ['1.44', '1.07'], interactive: false }) as Generated;
    const doc = made.documents.find((d) => d.item === '1.44')!.id;
    const now = () => new Date(ws.clock.now());
    const a = startApproval(
      ws.drive,
      doc,
      { initiator: 'drafter@edu.ektu.kz', reviewers: ['lawyer@edu.ektu.kz', 'prorector@edu.ektu.kz'] },
      now(),
    );
    respondToApproval(ws.drive, doc, a.approvalId, 'lawyer@edu.ektu.kz', 'APPROVED', now());

    const approvalCell = (id: string) => {
      const values = sheetValues(ws, 'Бұйрықтар тізілімі');
      const h = values[0] as string[];
      return String(values.find((r) => r[h.indexOf('Тармақ')] === id)![h.indexOf('Келісу')]);
    };
    expect(approvalCell('1.44')).toBe('');
    addon.josparSyncCalendar();
    expect(approvalCell('1.44')).toBe('келісуде: lawyer — келісті, prorector — жауап жоқ');
    expect(approvalCell('1.07')).toBe(''); // no approval started on it

    const card = addon.josparSidebarOpen({ id: '1.44' }) as { ok: boolean; value: { item: { approval: string } } };
    expect(card.value.item.approval).toBe('келісуде: lawyer — келісті, prorector — жауап жоқ');

    respondToApproval(ws.drive, doc, a.approvalId, 'prorector@edu.ektu.kz', 'APPROVED', now());
    addon.josparSyncCalendar();
    expect(approvalCell('1.44')).toMatch(/^келісілді \d{2}\.\d{2}\.\d{4}: lawyer — келісті, prorector — келісті$/);
  });
});
