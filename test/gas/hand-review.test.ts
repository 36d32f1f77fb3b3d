/**
 * A Status set to "submitted for review" by hand (typed in the sheet, in any of the three languages), with no report
 * behind it (no `jospar.review:<item>` record): the keeper's sidebar shows the review box all the same, its reporter
 * unknown, and the keeper confirms it (done on the day the Status was set) or returns it (planned again, and the
 * reminders speak again). Before, such an item waited for no one: no box, no reminder, never done. Answering it, cut
 * off at any write and answered again, ends as an uncut answer. On the smallest plan (test/warm-fixtures.ts).
 */
import { applyPeople, EXAMPLE_PEOPLE, readPeopleCsv } from '../../src/local/cli/people';
import type { AddOn } from '../../src/local/run-addon';
import type { Workspace } from '../../src/local/workspace/workspace';
import { sweep } from '../cut-replay';
import { addOnCode, installed, planRow, sheetValues } from '../helpers';
import { SMALL_PLAN } from '../warm-fixtures';

const ITEM = '1.09';
type Reply = { ok: boolean; value?: unknown; error?: string };
type Review = { who: string; day: string; evidence: string; note: string; via: string } | null;

/** The small plan with people; ITEM's Status typed as `word` on 1 October 2025, as a person edits a cell. */
async function typed(word: string): Promise<{ ws: Workspace; addon: AddOn }> {
  const { ws, addon } = await installed({ now: Date.parse('2025-10-01T04:00:00Z') });
  addon.josparImportPlan(SMALL_PLAN, 'small-plan.json', 1);
  applyPeople(ws, readPeopleCsv(EXAMPLE_PEOPLE).people);
  const sheet = ws.spreadsheet.getSheetByName('Жоспар')!;
  const values = sheet.getDataRange().getValues();
  const h = values[0] as string[];
  const status = sheet.getRange(values.findIndex((r) => r[h.indexOf('ID')] === ITEM) + 1, h.indexOf('Мәртебе') + 1);
  status.setValue(word);
  addon.onEdit({ range: status, source: ws.spreadsheet, value: word });
  ws.clock.advance(2 * 24 * 3600 * 1000);
  return { ws, addon };
}

const reviewBox = (addon: AddOn) =>
  ((addon.josparSidebarOpen({ id: ITEM }) as Reply).value as { item: { review: Review; state: string } }).item;

describe('a Status set to submitted for review by hand', () => {
  it('shows the keeper a review box, reporter unknown; confirmed, the item is done on the day it was set', async () => {
    const { ws, addon } = await typed('Тексеруге жіберілді');
    expect(planRow(ws, ITEM)['Күйі']).toBe('Тексеруге жіберілді 01.10.2025');
    expect(reviewBox(addon)).toMatchObject({
      state: 'submitted',
      review: { who: '', day: '2025-10-01', evidence: '', note: '', via: 'sheet' },
    });
    expect((addon.josparSidebarConfirmReview(ITEM) as Reply).ok).toBe(true);
    const row = planRow(ws, ITEM);
    expect([row['Мәртебе'], row['Орындалған күні']]).toEqual(['Орындалды', '2025-10-01']);
    const log = sheetValues(ws, 'Журнал').slice(-1)[0].map(String);
    expect(log.slice(2, 4)).toEqual(['Орындалуы расталды', ITEM]);
    expect(log[4]).toContain('01.10.2025');
    expect(reviewBox(addon).review).toBeNull();
    expect([...ws.properties.document.keys()].filter((k) => k.startsWith('jospar.review:'))).toEqual([]);
  });

  it('returned (typed in Russian), it is planned again with the note, and the reminders speak again', async () => {
    const { ws, addon } = await typed('На проверке');
    const sent = ws.mail.sent.length;
    addon.josparSidebarRemind(ITEM); // a submitted item is not chased
    expect(ws.mail.sent.length).toBe(sent);
    expect(reviewBox(addon).review).toMatchObject({ via: 'sheet', day: '2025-10-01' });
    expect((addon.josparSidebarReturnReview(ITEM, 'Хаттама жоқ') as Reply).ok).toBe(true);
    const row = planRow(ws, ITEM);
    expect([row['Мәртебе'], row['Орындалған күні']]).toEqual(['Жоспарланған', '']);
    expect(row['Түсініктеме']).toContain('Тексеруден қайтарылды 03.10.2025');
    expect(row['Түсініктеме']).toContain('Хаттама жоқ');
    expect(reviewBox(addon).review).toBeNull();
    addon.josparSidebarRemind(ITEM);
    expect(ws.mail.sent.length).toBeGreaterThan(sent);
  });

  it('a confirm cut off at any write, then given again, ends as an uncut one', async () => {
    const { ws } = await typed('submitted for review');
    const r = sweep(ws.snapshot(), [(a) => a.josparSidebarConfirmReview(ITEM)], await addOnCode());
    expect(r.failures).toEqual([]);
    expect([...r.cuts.values()].reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(3);
    expect(planRow(r.uncut.ws, ITEM)['Мәртебе']).toBe('Орындалды');
  });
});
