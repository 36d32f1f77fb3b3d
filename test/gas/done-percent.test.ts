/**
 * One figure for "how much is done": the Overview sheet, the sidebar's Overview, the execution report Doc and the
 * university roll-up (its units table and its report) show the same per cent for the same plan (core
 * plan/done-percent.ts). Before, the report printed 42.9 where the roll-up and the Overview showed 43. A tiny plan:
 * seven items of one unit, one due date each, three done.
 */
import { unzipSync } from 'fflate';
import { donePercent } from '../../src/core/plan/done-percent';
import type { PlanItem } from '../../src/core/plan/types';
import { planStates } from '../../src/core/rollup/plan-states';
import { unitLine, universitySummary } from '../../src/core/rollup/university';
import { universityReport } from '../../src/local/admin/university-files';
import { universityTables } from '../../src/local/admin/university-sheet';
import type { Workspace } from '../../src/local/workspace/workspace';
import { cellDay, installed, sheetValues } from '../helpers';

const TODAY = '2025-10-01';
const YEAR = { start: '2025-09-01', end: '2026-08-31' };
const item = (no: number, deadline: string): PlanItem => ({
  section: 1,
  sectionTitle: 'Оқу процесін ұйымдастыру және мониторингілеу бөлімі',
  no,
  activity: `Іс-шара ${no}`,
  responsible: 'ОПҰжМБ бастығы',
  deadline,
  deliverable: 'Есеп',
});
const PLAN = ['15.09.2025', '19.09.2025', '24.09.2025', '30.09.2025', '15.10.2025', '14.11.2025', '15.12.2025'].map(
  (d, i) => item(i + 1, `${d} ж. дейін`),
);
/** Done on time: the first three (3 of 7 = 42.857…%). */
const DONE = new Map([
  ['1.01', '2025-09-12'],
  ['1.02', '2025-09-18'],
  ['1.03', '2025-09-24'],
]);

function markDone(ws: Workspace): void {
  const sheet = ws.spreadsheet.getSheetByName('Жоспар')!;
  const values = sheet.getDataRange().getValues();
  const h = values[0] as string[];
  values.slice(1).forEach((r, i) => {
    const on = DONE.get(String(r[h.indexOf('ID')]));
    if (!on) return;
    sheet.getRange(i + 2, h.indexOf('Мәртебе') + 1).setValue('Орындалды');
    sheet.getRange(i + 2, h.indexOf('Орындалған күні') + 1).setValue(on);
  });
}

/** The sheets as the roll-up reads them through the Sheets API: text, dates as ISO days. */
function sheetText(ws: Workspace, name: string) {
  return { name, values: sheetValues(ws, name).map((r) => r.map((v) => cellDay(v))) };
}

/** The text of a .docx's table cells and paragraphs, in order. */
function docxTexts(docx: Buffer): string[] {
  const xml = new TextDecoder().decode(unzipSync(docx)['word/document.xml']);
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
}

/** Every view's figure on TODAY, for PLAN with DONE marked done. */
async function figures(plan: PlanItem[]) {
  const { ws, addon } = await installed({ now: Date.parse(`${TODAY}T04:00:00Z`) });
  expect((addon.josparImportPlan(plan, 'tiny.json', 1) as { ok: boolean }).ok).toBe(true);
  markDone(ws);
  addon.josparRefreshDeadlines();

  const overview = sheetValues(ws, 'Шолу');
  const head = overview[2] as string[];
  const overviewSheet = overview[3][head.indexOf('Орындалды %')];

  const sidebar = addon.josparSidebarOverview() as { value: { overview: { units: Array<{ percentDone: number }> } } };

  const report = addon.josparExecutionReport('year', false) as { ok: boolean; docId: string };
  expect(report.ok).toBe(true);
  const doc = JSON.stringify(ws.docs.documents.find((d) => d.id === report.docId)!.body);
  const reportDoc = /Орындалу: ([\d.,]+)%/.exec(doc)![1];

  const states = planStates(
    {
      plan: sheetText(ws, 'Жоспар'),
      settings: sheetText(ws, 'Баптаулар'),
      calendar: sheetText(ws, 'Академиялық күнтізбе'),
      roles: sheetText(ws, 'Рөлдер'),
    },
    TODAY,
  );
  const unit = { id: 'plan', name: 'ОПҰжМБ', path: '/', academicYear: '2025-2026' };
  const summary = universitySummary(TODAY, YEAR, [unitLine(unit, states.items, YEAR, TODAY)], []);
  const [units] = universityTables(summary, 'kk');
  const rollupSheet = units.rows[2][(units.rows[1] as string[]).indexOf('Орындалды, %')];
  const texts = docxTexts(await universityReport(summary, 'kk'));
  // the unit's row of the report table: its name, seven counts, then the per cent
  const rollupReport = texts[texts.indexOf('ОПҰжМБ') + 8];
  return { overviewSheet, sidebar: sidebar.value.overview.units[0].percentDone, reportDoc, rollupSheet, rollupReport };
}

describe('the done per cent', () => {
  it('is one figure in the Overview sheet, the sidebar, the execution report and the roll-up', async () => {
    expect(await figures(PLAN)).toEqual({
      overviewSheet: 43,
      sidebar: 43,
      reportDoc: '43',
      rollupSheet: 43,
      rollupReport: '43',
    });
  });

  it('counts items where the Overview does, due dates where the report does, and the roll-up says each alike', async () => {
    // A monthly item: 8 items, 3 done (38%); the year's due dates are 7 + 12, 3 of them done (16%).
    const f = await figures([...PLAN, item(8, 'Әр айдың 20-сына дейін')]);
    expect(f).toEqual({ overviewSheet: 38, sidebar: 38, reportDoc: '16', rollupSheet: 38, rollupReport: '16' });
  });

  it('never reads 100 while something is open, nor 0 when something is done', () => {
    expect([donePercent(199, 200), donePercent(1, 300), donePercent(0, 0), donePercent(5, 5)]).toEqual([99, 1, 0, 100]);
  });
});
