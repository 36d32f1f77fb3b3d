/**
 * Dates as people write them (issue 19): after Set up, the roster, a document, the mail and the report, no sheet a
 * person opens shows an ISO date (2025-09-01) in a cell as Sheets displays it: the Overview's title and lists, the
 * Notifications' times, the Register's document names, the Log, Settings all say dd.MM.yyyy. What is left out, and
 * why: the hidden _jospar sheet (Jospar's records), and the Notifications' Keys column (item#due#rule, the keys the
 * mail is de-duplicated by, which older sheets hold in this form).
 */
import { applyPeople, EXAMPLE_PEOPLE, readPeopleCsv } from '../../src/local/cli/people';
import { installed } from '../helpers';

const ISO = /\d{4}-\d{2}-\d{2}/;

it('no sheet a person opens shows an ISO date', async () => {
  const { ws, addon } = await installed({ now: Date.parse('2025-10-10T04:00:00Z') });
  addon.josparSetUpPlan();
  applyPeople(ws, readPeopleCsv(EXAMPLE_PEOPLE).people);
  addon.josparRefreshDeadlines();
  addon.josparCreateTemplates();
  const made = addon.josparGenerateDocuments({ ids: ['1.44'], interactive: false }) as { created: number };
  expect(made.created).toBe(1);
  addon.josparSendRemindersNow({ interactive: false });
  addon.josparExecutionReport('q1', false);

  const found: string[] = [];
  const seen: string[] = [];
  for (const sheet of ws.spreadsheet.getSheets()) {
    if (sheet.isSheetHidden()) continue;
    seen.push(sheet.getName());
    const shown = sheet.getDataRange().getDisplayValues();
    const keys = sheet.getName() === 'Хабарламалар' ? shown[0].indexOf('Кілттер') : -1;
    shown.forEach((row, r) =>
      row.forEach((text, c) => {
        if (c !== keys && ISO.test(text)) found.push(`${sheet.getName()}!R${r + 1}C${c + 1}: ${text.slice(0, 80)}`);
      }),
    );
  }
  // Every sheet a person reads was there to look at, with something dated in it.
  expect(seen).toEqual(
    expect.arrayContaining(['Жоспар', 'Шолу', 'Хабарламалар', 'Бұйрықтар тізілімі', 'Журнал', 'Баптаулар']),
  );
  const shown = (name: string) => ws.spreadsheet.getSheetByName(name)!.getDataRange().getDisplayValues();
  expect(shown('Шолу')[0][0]).toBe('Шолу · 10.10.2025');
  expect(shown('Хабарламалар')[1][0]).toMatch(/^10\.10\.2025 \d\d:\d\d/);
  expect(shown('Бұйрықтар тізілімі').flat()).toContain('1.44 Бұйрық 10.10.2025');
  expect(found).toEqual([]);
});
