/**
 * Ten working days of the daily mail on one workspace with the example roster, as the issue tried it: every message
 * is what the cadence gives (test/gas/mail-oracle.ts, computed independently), each item once in a message, nothing
 * twice, and the record that prevents a second send is not the Notifications sheet an editor can clear.
 */
import { addDays } from '../../src/core/calendar/dates';
import { applyPeople, EXAMPLE_PEOPLE, readPeopleCsv } from '../../src/local/cli/people';
import { installed, sheetValues } from '../helpers';
import { expectedKeys, isWorking, rowKeys } from './mail-oracle';

const ROSTER = readPeopleCsv(EXAMPLE_PEOPLE).people;
const DIRECTOR = 'director.example@edu.ektu.kz';
const at = (date: string) => Date.parse(`${date}T04:00:00Z`); // 09:00 in Almaty

function notificationRows(ws: Awaited<ReturnType<typeof installed>>['ws']): string[][] {
  const sheet = ws.spreadsheet.getSheetByName('Хабарламалар');
  return sheet
    ? sheetValues(ws, 'Хабарламалар')
        .slice(1)
        .map((r) => r.map(String))
    : [];
}

describe('ten working days of daily mail', () => {
  it.each(['2026-03-02', '2025-09-29'])(
    'from %s: each message as the cadence says, each item once in it, never twice',
    async (start) => {
      const { ws, addon } = await installed({ now: at(start) });
      addon.josparSetUpPlan();
      expect(applyPeople(ws, ROSTER)).toEqual([]);
      addon.josparRefreshDeadlines();
      const told = new Set<string>();
      const perPerson = new Map<string, number>();
      const summaries: string[] = [];
      let doneId = '';
      for (let day = start, n = 0; n < 10; day = addDays(day, 1)) {
        if (!isWorking(day)) continue;
        n++;
        ws.clock.nowMs = at(day);
        if (n === 3) {
          // someone reports an overdue item done: it is never mentioned again
          doneId = [...told].find((k) => k.includes('|overdue-'))!.split('|')[1];
          expect(addon.josparSetItemStatus(doneId, 'done')).toMatchObject({ ok: true });
        }
        const expected = [...expectedKeys(ws, ROSTER, day, DIRECTOR)].filter((k) => !told.has(k));
        const sentBefore = ws.mail.sent.length;
        const rowsBefore = notificationRows(ws).length;
        addon.josparDailyMail();
        const messages = ws.mail.sent.slice(sentBefore);
        const rows = notificationRows(ws).slice(rowsBefore);
        const got = rows.filter((r) => r[4] === 'жіберілді').flatMap((r) => rowKeys(r[1], r[3]));
        expect(got.length).toBe(new Set(got).size);
        expect(new Set(got)).toEqual(new Set(expected));
        // (a done item may appear in the director's "done this week", but no rule speaks of it)
        if (n >= 3) expect(got.filter((k) => k.split('|')[1] === doneId)).toEqual([]);
        // one message to each person with something new, none to anyone else
        const people = [...new Set(expected.map((k) => k.split('|')[0]))].sort();
        expect(messages.map((m) => m.to[0]).sort()).toEqual(people);
        for (const m of messages) {
          const ids = [...m.body.matchAll(/^\s*\[(\d+\.\d+)\]/gm)].map((x) => x[1]);
          expect(ids.length).toBe(new Set(ids).size);
          perPerson.set(m.to[0], (perPerson.get(m.to[0]) ?? 0) + 1);
        }
        if (got.some((k) => k.endsWith('|summary'))) summaries.push(day);
        expected.forEach((k) => told.add(k));
        if (n === 1) {
          // An editor clears the Notifications sheet: it is a view; the same day's run sends nothing again.
          ws.runAs = 'editor.example@edu.ektu.kz';
          const sheet = ws.spreadsheet.getSheetByName('Хабарламалар')!;
          sheet.getRange(2, 1, sheet.getLastRow() - 1, sheet.getLastColumn()).clearContent();
          ws.runAs = null;
          const again = ws.mail.sent.length;
          addon.josparDailyMail();
          expect(ws.mail.sent.length).toBe(again);
        }
      }
      // The director's summary once a week, on its first working day (9 March 2026 is a day off: the 10th).
      expect(summaries).toEqual(
        start === '2026-03-02' ? ['2026-03-02', '2026-03-10', '2026-03-16'] : ['2025-09-29', '2025-10-06'],
      );
      // Nobody more than once a working day; the counts, for the report:
      for (const count of perPerson.values()) expect(count).toBeLessThanOrEqual(10);
      console.log(`${start}: ${[...perPerson].map(([p, c]) => `${p.split('@')[0]} ${c}`).join(', ')}`);
    },
  );
});
