/** The card's "mail sent about it": what the Notifications sheet says of the item, found without reading it whole. */
import { installed, sheetValues } from '../../helpers';
import { applyPeople, EXAMPLE_PEOPLE, readPeopleCsv } from '../../../src/local/cli/people';
import { mailLine } from '../../../src/core/notifications/item-mail';

type Reply = { ok: boolean; value?: any; error?: string }; // eslint-disable-line
const NOTIFICATIONS = 'Хабарламалар';

async function planWithPeople() {
  const { ws, addon } = await installed({ now: Date.parse('2025-10-10T04:00:00Z') });
  addon.josparSetUpPlan();
  expect(applyPeople(ws, readPeopleCsv(EXAMPLE_PEOPLE).people)).toEqual([]);
  addon.josparRefreshDeadlines();
  return { ws, addon };
}

const open = (addon: Record<string, (...a: unknown[]) => unknown>, id: string) =>
  JSON.parse(JSON.stringify(addon.josparSidebarOpen({ id }))) as Reply;

describe('mail sent about an item, on its card', () => {
  it('lists what "remind now" sent, to whom and why, and nothing for an item never mailed', async () => {
    const { ws, addon } = await planWithPeople();
    expect(open(addon, '1.05').value.item.mail).toEqual([]);
    const reminded = addon.josparSidebarRemind('1.05') as { ok: boolean };
    expect(reminded.ok).toBe(true);
    const sent = ws.mail.sent.map((m) => String(m.to).toLowerCase());
    expect(sent.length).toBeGreaterThan(0);
    const item = open(addon, '1.05').value.item;
    expect(item.mailRows).toBe(sent.length);
    expect(item.mail.map((m: { recipient: string }) => m.recipient.toLowerCase()).sort()).toEqual(
      [...sent].sort().slice(0, 5),
    );
    for (const m of item.mail) {
      expect(m.result).toBe('sent');
      expect(m.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    // Another item shares none of it.
    expect(open(addon, '1.06').value.item.mail).toEqual([]);
  });

  it("a report of done from the mail shows as words in the reader's language, never as a code", async () => {
    const { ws, addon } = await planWithPeople();
    const header = sheetValues(ws, NOTIFICATIONS)[0].map(String);
    const row: string[] = header.map(() => '');
    row[header.indexOf('Уақыт')] = '2025-10-10 09:00:00';
    row[header.indexOf('Алушы')] = 'gulnara.example@edu.ektu.kz';
    row[header.indexOf('Кілттер')] = '1.05#2025-10-20#done-mail';
    // as the web app writes it: the result as a word of the Settings language
    row[header.indexOf('Нәтиже')] = 'хаттан орындалды деп белгіленді';
    row[header.indexOf('Хат ID')] = 'r1';
    ws.spreadsheet.getSheetByName(NOTIFICATIONS)!.getRange(2, 1, 1, header.length).setValues([row]);
    const [m] = open(addon, '1.05').value.item.mail;
    expect(m.result).toBe('reported');
    expect(mailLine(m, 'ru')).toBe(
      '10.10.2025 · gulnara.example@edu.ektu.kz · сообщено о выполнении (20.10.2025) · отмечено выполненным из письма',
    );
    expect(mailLine(m, 'en')).toMatch(/ · reported done \(20\.10\.2025\) · marked done from the mail$/);
  });

  it('shows the five newest of a long history, tells 1.05 from 11.05, and reads only those rows whole', async () => {
    const { ws, addon } = await planWithPeople();
    const sheet = ws.spreadsheet.getSheetByName(NOTIFICATIONS)!;
    const header = sheetValues(ws, NOTIFICATIONS)[0].map(String);
    const col = (name: string) => header.indexOf(name);
    const rows = Array.from({ length: 40 }, (_, i) => {
      const row: unknown[] = header.map(() => '');
      row[col('Уақыт')] = `2025-10-${String(1 + (i % 28)).padStart(2, '0')} 09:00`;
      row[col('Алушы')] = `p${i}@edu.ektu.kz`;
      // Every fifth row is about 1.05 (with another item beside it); the rest about other items, one of them 11.05.
      row[col('Кілттер')] = i % 5 === 0 ? `2.01#2025-10-20#today, 1.05#2025-10-20#before-${i}` : `11.05#x#today`;
      row[col('Нәтиже')] = 'sent';
      row[col('Хат ID')] = `m${i}`;
      return row;
    });
    sheet.getRange(2, 1, rows.length, header.length).setValues(rows);
    ws.counter.reset();
    const item = open(addon, '1.05').value.item;
    expect(item.mailRows).toBe(8);
    expect(item.mail.map((m: { recipient: string }) => m.recipient)).toEqual(
      [35, 30, 25, 20, 15].map((i) => `p${i}@edu.ektu.kz`),
    );
    expect(item.mail[0]).toMatchObject({ rule: 'before-35', due: '2025-10-20' });
    // The header, the Keys column, and the five rows shown: never the whole sheet.
    expect(ws.counter.perSheet.get(`read:${NOTIFICATIONS}`)).toBe(1 + 1 + 5);
  });
});
