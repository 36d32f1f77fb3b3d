/** Issue 8, item 5: the date an item became done, recorded on a sheet edit and by the sidebar's call. */
import { cellDay, installed, sheetValues } from '../helpers';

const iso = (v: unknown) => (v instanceof Date ? cellDay(v) : String(v));

describe('date done', () => {
  it('is recorded when a status is edited to done, kept, and cleared when it goes back', async () => {
    const { ws, addon } = await installed({ now: Date.parse('2025-10-01T04:00:00Z') });
    addon.josparSetUpPlan();
    const sheet = ws.spreadsheet.getSheetByName('Жоспар')!;
    const h = sheetValues(ws, 'Жоспар')[0] as string[];
    expect(h).toContain('Орындалған күні');
    const status = sheet.getRange(3, h.indexOf('Мәртебе') + 1);
    const done = sheet.getRange(3, h.indexOf('Орындалған күні') + 1);
    status.setValue('Орындалды');
    addon.onEdit({ range: status, source: ws.spreadsheet, value: 'Орындалды' });
    expect(iso(done.getValue())).toBe('2025-10-01');
    const first = iso(done.getValue());
    ws.clock.advance(3 * 24 * 3600 * 1000);
    addon.onEdit({ range: status, source: ws.spreadsheet, value: 'Орындалды' });
    expect(iso(done.getValue())).toBe(first); // done stays done on the day it was done
    status.setValue('Орындалуда');
    addon.onEdit({ range: status, source: ws.spreadsheet, value: 'Орындалуда' });
    expect(done.getValue()).toBe('');
  });

  it('is recorded by josparSetItemStatus (the sidebar), the row found by its ID', async () => {
    const { ws, addon } = await installed({ now: Date.parse('2025-11-03T04:00:00Z') });
    addon.josparSetUpPlan();
    const out = addon.josparSetItemStatus('2.05', 'done') as { ok: boolean; doneOn: string };
    expect(out).toMatchObject({ ok: true, doneOn: '2025-11-03' });
    const values = sheetValues(ws, 'Жоспар');
    const h = values[0] as string[];
    const row = values.find((r) => r[h.indexOf('ID')] === '2.05')!;
    expect(row[h.indexOf('Мәртебе')]).toBe('Орындалды');
    expect(iso(row[h.indexOf('Орындалған күні')])).toBe('2025-11-03');
    expect((addon.josparSetItemStatus('9.99', 'done') as { ok: boolean }).ok).toBe(false);
    expect((addon.josparSetItemStatus('2.05', 'finished?') as { ok: boolean }).ok).toBe(false);
  });
});
