/**
 * The Overview sheet and its chart: refreshed by Set up, the calendar sync, the hourly trigger's daily jobs and on
 * demand. It reads the Plan once, writes the sheet in one rectangle (blanking what a longer earlier overview left
 * below), and keeps one stacked bar chart of the per-unit table, inserted once and updated in place after.
 */
import { type Lang } from '../../core/i18n/lang';
import { st } from '../../core/i18n/sidebar-messages';
import { overviewOf, type Overview } from '../../core/overview/overview';
import { OVERVIEW_COLUMNS, OVERVIEW_NAME, overviewCells, UNIT_TABLE } from '../../core/overview/overview-sheet';
import { PLAN_SHEET, SETTINGS_SHEET } from '../../core/sheets/layout';
import { cellReader, readKeyValues } from '../../core/sheets/readers';
import { readSettings } from '../../core/sheets/settings';
import { todayIn } from '../context';
import { findSheet, readSheet, zoneOffsetMinutes } from '../sheet-io';

/** The overview computed from one read of the Plan; null when there is no Plan sheet. */
export function currentOverview(): { overview: Overview; lang: Lang } | null {
  const ss = SpreadsheetApp.getActive();
  const tz = ss.getSpreadsheetTimeZone() || 'Asia/Almaty';
  const offset = zoneOffsetMinutes(tz);
  const plan = readSheet(findSheet(ss, PLAN_SHEET), offset);
  if (!plan) return null;
  const lang = readSettings(readKeyValues(readSheet(findSheet(ss, SETTINGS_SHEET), offset))).language;
  const cell = cellReader(PLAN_SHEET, plan.values[0] ?? []);
  const rows = plan.values.slice(1).map((r) => ({
    id: cell(r, 'id'),
    unit: cell(r, 'unit'),
    activity: cell(r, 'activity'),
    status: cell(r, 'status'),
    nextDue: cell(r, 'nextDue'),
    warnings: cell(r, 'warnings'),
  }));
  return { overview: overviewOf(rows, todayIn(tz)), lang };
}

export function refreshOverviewSheet(): { units: number; rows: number } | null {
  const current = currentOverview();
  if (!current) return null;
  const { overview, lang } = current;
  const ss = SpreadsheetApp.getActive();
  let sheet = [OVERVIEW_NAME.kk, OVERVIEW_NAME.ru, OVERVIEW_NAME.en].map((n) => ss.getSheetByName(n)).find((s) => !!s);
  const active = ss.getActiveSheet();
  if (!sheet) {
    sheet = ss.insertSheet(OVERVIEW_NAME[lang]);
    ss.setActiveSheet(active); // making the sheet should not take the user away from where they were
  }
  // Laid out while it is empty, not only when made: a run cut off right after making it leaves it so.
  if (sheet.getLastRow() === 0) {
    sheet.setColumnWidth(1, 240);
    sheet.setColumnWidth(2, 320);
  }
  const cells = overviewCells(overview, lang);
  // An unchanged overview writes nothing (a re-run of Set up or the sync must not write at all).
  const old = sheet.getLastRow() > 0 ? sheet.getRange(1, 1, sheet.getLastRow(), OVERVIEW_COLUMNS).getValues() : [];
  const height = Math.max(cells.length, old.length);
  const blank = Array.from({ length: height - cells.length }, () => Array(OVERVIEW_COLUMNS).fill(''));
  const next = [...cells, ...blank];
  // A cell written "'1.05" reads back "1.05": compare what the cells hold.
  const held = (v: unknown) => (typeof v === 'string' ? v.replace(/^'/, '') : String(v ?? ''));
  const same = (a: unknown[][], b: unknown[][]) =>
    a.length === b.length && a.every((r, i) => r.every((v, j) => held(v) === held(b[i][j])));
  if (!same(next, old)) sheet.getRange(1, 1, height, OVERVIEW_COLUMNS).setValues(next);

  const table = sheet.getRange(
    UNIT_TABLE.headerRow,
    UNIT_TABLE.column,
    overview.units.length + 1,
    UNIT_TABLE.chartColumns,
  );
  const charts = sheet.getCharts();
  const chart = charts[0];
  const title = st(lang, 'chartTitle');
  const upToDate =
    chart &&
    chart
      .getRanges()
      .map((r) => r.getA1Notation())
      .join() === table.getA1Notation() &&
    chart.getOptions().get('title') === title;
  if (!upToDate) {
    const builder = (chart ? chart.modify().clearRanges() : sheet.newChart())
      .setChartType(Charts.ChartType.BAR)
      .addRange(table)
      .setOption('title', title)
      .setOption('isStacked', true)
      .setOption('legend.position', 'bottom')
      .setPosition(UNIT_TABLE.headerRow, OVERVIEW_COLUMNS + 2, 0, 0);
    if (chart) sheet.updateChart(builder.build());
    else sheet.insertChart(builder.build());
  }
  return { units: overview.units.length, rows: cells.length };
}

/** For Set up and the syncs: the overview follows them, and its failure never fails them. */
export function refreshOverviewQuietly(): void {
  try {
    refreshOverviewSheet();
  } catch (e) {
    console.log(`[jospar] overview: ${(e as Error)?.message ?? e}`);
  }
}
