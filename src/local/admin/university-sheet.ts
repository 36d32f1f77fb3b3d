/**
 * The roll-up written into a Google spreadsheet the office keeps (`--out SPREADSHEET_ID`): the same three tables as
 * university.xlsx and a stacked bar chart of the units, through the Sheets API. Five calls whatever the size: one get
 * (titles and charts), one batchUpdate adding missing sheets, one values.batchClear, one values.batchUpdate, one
 * batchUpdate adding or updating the chart. Run again, it replaces its tables and keeps one chart. Node only.
 */
import type { Lang } from '../../core/i18n/lang';
import { rt, type RollupMessageId } from '../../core/i18n/rollup-messages';
import { dottedDate } from '../../core/plan/system-values';
import type { UniversitySummary } from '../../core/rollup/university';
import type { Apis } from './google-apis';

export function universityTables(s: UniversitySummary, lang: Lang): Array<{ title: string; rows: unknown[][] }> {
  const t = (id: RollupMessageId) => rt(lang, id);
  const head = ['hUnit', 'hFolder', 'hYear', 'hItems', 'hDone', 'hPercent', 'hOverdue', 'hDue14', 'hWarnings'] as const;
  const line = (name: string, path: string, year: string, l: UniversitySummary['totals']) => [
    name,
    path,
    year,
    l.items,
    l.done,
    l.percentDone,
    l.overdue,
    l.dueIn14,
    l.withWarnings,
  ];
  return [
    {
      title: t('unitsSheet'),
      rows: [
        [rt(lang, 'title', { today: dottedDate(s.today) })],
        head.map(t),
        ...s.units.map((u) => line(u.name, u.path, u.academicYear, u)),
        line(t('total'), '', '', s.totals),
      ],
    },
    {
      title: t('overdueSheet'),
      rows: [
        (['hUnit', 'hId', 'hActivity', 'hResponsible', 'hDeadline', 'hMissed', 'hDaysLate'] as const).map(t),
        ...s.overdue.map((o) => [
          o.unit,
          o.id,
          o.activity,
          o.responsible,
          o.deadline,
          dottedDate(o.lastMissed),
          o.daysLate,
        ]),
      ],
    },
    {
      title: t('unreadableSheet'),
      rows: [
        [t('hFile'), t('hFolder'), t('hReason')],
        ...s.unreadable.map((u) => [u.name, u.path, `${t(`reason:${u.reason}`)} (${u.detail})`]),
      ],
    },
  ];
}

export async function writeUniversitySheet(apis: Apis, spreadsheetId: string, s: UniversitySummary, lang: Lang) {
  const tables = universityTables(s, lang);
  const meta = await apis.sheetsRead(() =>
    apis.sheets.spreadsheets.get({ spreadsheetId, fields: 'sheets(properties(sheetId,title),charts(chartId))' }),
  );
  const have = new Map((meta.data.sheets ?? []).map((x) => [x.properties?.title ?? '', x]));
  const missing = tables.filter((t) => !have.has(t.title));
  const ids = new Map([...have].map(([title, x]) => [title, x.properties?.sheetId ?? 0]));
  if (missing.length > 0) {
    const added = await apis.sheetsWrite(() =>
      apis.sheets.spreadsheets.batchUpdate({
        spreadsheetId,
        requestBody: { requests: missing.map((t) => ({ addSheet: { properties: { title: t.title } } })) },
      }),
    );
    for (const r of added.data.replies ?? [])
      ids.set(r.addSheet?.properties?.title ?? '', r.addSheet?.properties?.sheetId ?? 0);
  }
  const quote = (title: string) => `'${title.replace(/'/g, "''")}'`;
  await apis.sheetsWrite(() =>
    apis.sheets.spreadsheets.values.batchClear({
      spreadsheetId,
      requestBody: { ranges: tables.map((t) => quote(t.title)) },
    }),
  );
  // Rows padded to one width: the API takes a rectangle per range.
  const data = tables.map((t) => {
    const width = Math.max(...t.rows.map((r) => r.length));
    return { range: `${quote(t.title)}!A1`, values: t.rows.map((r) => [...r, ...Array(width - r.length).fill('')]) };
  });
  await apis.sheetsWrite(() =>
    apis.sheets.spreadsheets.values.batchUpdate({ spreadsheetId, requestBody: { valueInputOption: 'RAW', data } }),
  );
  const unitsId = ids.get(tables[0].title)!;
  const grid = (col: number) => ({
    sheetId: unitsId,
    startRowIndex: 2,
    endRowIndex: 2 + s.units.length,
    startColumnIndex: col,
    endColumnIndex: col + 1,
  });
  const spec = {
    title: rt(lang, 'title', { today: dottedDate(s.today) }),
    basicChart: {
      chartType: 'BAR',
      stackedType: 'STACKED',
      legendPosition: 'BOTTOM_LEGEND',
      domains: [{ domain: { sourceRange: { sources: [grid(0)] } } }],
      series: [4, 6].map((col) => ({ series: { sourceRange: { sources: [grid(col)] } }, targetAxis: 'BOTTOM_AXIS' })),
    },
  };
  const chartId = have.get(tables[0].title)?.charts?.[0]?.chartId;
  await apis.sheetsWrite(() =>
    apis.sheets.spreadsheets.batchUpdate({
      spreadsheetId,
      requestBody: {
        requests: [
          chartId !== undefined && chartId !== null
            ? { updateChartSpec: { chartId, spec } }
            : {
                addChart: {
                  chart: {
                    spec,
                    position: { overlayPosition: { anchorCell: { sheetId: unitsId, rowIndex: 1, columnIndex: 10 } } },
                  },
                },
              },
        ],
      },
    }),
  );
}
