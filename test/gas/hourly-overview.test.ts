/** The Overview is refreshed by the daily run (the hourly trigger's calendar and mail jobs), not only by hand. */
import { installed } from '../helpers';

describe('the hourly trigger and the Overview', () => {
  it('refreshes the Overview after the day’s jobs, and leaves it alone in an hour with nothing to do', async () => {
    const { ws, addon } = await installed({ now: Date.parse('2025-10-10T04:00:00Z') });
    addon.josparSetUpPlan();
    const sheet = ws.spreadsheet.getSheetByName('Шолу')!;
    const doneInUnit2 = () => sheet.getDataRange().getValues()[4][3];
    expect(doneInUnit2()).toBe(0);
    // Marked done in the sheet by hand; nothing has refreshed the Overview yet.
    addon.josparSetItemStatus('2.01', 'done');
    expect(doneInUnit2()).toBe(0);
    const first = addon.josparHourly() as { ran: string[] };
    expect(first.ran).toEqual(expect.arrayContaining(['calendar']));
    expect(doneInUnit2()).toBe(1);
    // The same hour again: the day's jobs are done, so nothing runs and the Overview is not written.
    ws.counter.reset();
    const again = addon.josparHourly() as { ran: string[] };
    expect(again.ran).toEqual([]);
    expect(ws.counter.perSheet.get('write:Шолу') ?? 0).toBe(0);
  });
});
