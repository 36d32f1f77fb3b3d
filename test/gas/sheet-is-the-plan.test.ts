/**
 * Item 1 of issue 8: every action works on the plan the Plan sheet holds, for the academic year in Settings; the
 * embedded 2025-2026 plan is only what Set up offers an empty spreadsheet.
 */
import type { Workspace } from '../../src/local/workspace/workspace';
import { cellDay, installed, setSettingValue, settingsMap, sheetValues } from '../helpers';

function setSetting(ws: Workspace, key: string, value: string): void {
  setSettingValue(ws, key, value);
}

function planRows(ws: Workspace): { header: string[]; rows: unknown[][] } {
  const values = sheetValues(ws, 'Жоспар');
  return { header: values[0] as string[], rows: values.slice(1) };
}

function cellOf(ws: Workspace, id: string, header: string): unknown {
  const { header: h, rows } = planRows(ws);
  return rows.find((r) => r[h.indexOf('ID')] === id)?.[h.indexOf(header)];
}

const iso = (v: unknown) => cellDay(v);

describe('the spreadsheet is the plan', () => {
  it('recomputes for the academic year in Settings, with that year’s days off, and restores no embedded row', async () => {
    const { ws, addon } = await installed({ now: Date.parse('2026-10-01T04:00:00Z') });
    addon.josparSetUpPlan();
    const sheet = ws.spreadsheet.getSheetByName('Жоспар')!;
    const { header, rows } = planRows(ws);
    // The department moves the sheet on to 2026-2027 by hand: year in Settings, a deadline, one row gone.
    setSetting(ws, 'academicYear', '2026-2027');
    const row = rows.findIndex((r) => r[header.indexOf('ID')] === '1.01') + 2;
    // 16 December 2026 (Wednesday) is Independence Day, a day off only in the computed 2026-2027 list.
    sheet.getRange(row, header.indexOf('Орындау мерзімі') + 1).setValue('2026 ж. 16 желтоқсанға дейін');
    sheet.deleteRow(rows.findIndex((r) => r[header.indexOf('ID')] === '4.25') + 2);
    addon.josparRefreshDeadlines();
    addon.josparSetUpPlan();
    expect(iso(cellOf(ws, '1.01', 'Келесі мерзім'))).toBe('2026-12-15');
    // "Оқу жылы бойы" ends with the Settings year, not the embedded one.
    expect(iso(cellOf(ws, '1.04', 'Келесі мерзім'))).toBe('2027-08-31');
    expect(planRows(ws).rows).toHaveLength(126);
    expect(cellOf(ws, '4.25', 'ID')).toBeUndefined();
    // The calendar sync works on the same 126 rows.
    addon.josparSyncCalendar();
    const ids = new Set(
      ws.calendars.calendars
        .filter((c) => c.id !== ws.calendars.defaultId)
        .flatMap((c) => c.events.map((e) => e.extendedProperties?.private?.josparKey?.split('#')[0])),
    );
    expect(ids.has('4.25')).toBe(false);
    expect(ids.has('1.01')).toBe(true);
  });

  it('never brings the embedded plan into a spreadsheet set up from an imported one', async () => {
    const { ws, addon } = await installed();
    const items = [1, 2, 3].map((no) => ({
      section: 1,
      sectionTitle: 'Бөлім',
      no,
      activity: `Іс-шара ${no}`,
      responsible: 'ОПҰжМБ бастығы',
      deadline: 'Ай сайын',
      deliverable: 'Есеп',
    }));
    addon.josparImportPlan(items, 'small.json');
    addon.josparSetUpPlan();
    addon.josparRefreshDeadlines();
    expect(planRows(ws).rows).toHaveLength(3);
    const state = sheetValues(ws, '_jospar');
    expect(state.find((r) => r[0] === 'planSource')?.[1]).toBe('import:small.json');
  });

  it('offers the embedded plan on an empty spreadsheet, with its year, days off and signatory in Settings', async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    const settings = settingsMap(ws);
    expect(settings.get('academicYear')).toBe('2025-2026');
    expect(settings.get('daysOff')).toMatch(/^01\.09\.2025, 27\.10\.2025/);
    expect(settings.get('signatoryName')).toBe('Э.С. Нурекенова');
    expect(settings.get('planTitle')).toMatch(/\{\{academicYear\}\} оқу жылына арналған жұмыс жоспары$/);
  });
});
