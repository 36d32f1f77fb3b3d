/**
 * The Overview sheet and its chart: refreshed by Set up, the calendar sync, the hourly trigger's daily jobs and on
 * demand. It reads the spreadsheet once, writes the sheet in one rectangle (blanking what a longer earlier overview
 * left below), and keeps one stacked bar chart of the per-unit table, inserted once and updated in place after.
 */
import { type Lang } from '../../core/i18n/lang';
import { st } from '../../core/i18n/sidebar-messages';
import type { Overview } from '../../core/overview/overview';
import { overviewOfRows } from '../../core/overview/overview-of-plan';
import { OVERVIEW_COLUMNS, OVERVIEW_NAME, overviewCells, UNIT_TABLE } from '../../core/overview/overview-sheet';
import { planSetup, type SetupResult } from '../../core/setup/plan-setup';
import { SHEETS, type SheetKey } from '../../core/sheets/layout';
import { todayIn } from '../context';
import type { SheetTexts } from '../setup';
import { findSheet, readSheet, zoneOffsetMinutes } from '../sheet-io';

/** The sheets an overview is computed from: the Plan and what its rows are evaluated with. */
const OVERVIEW_INPUTS: SheetKey[] = ['plan', 'settings', 'roles', 'calendar'];

/**
 * The overview, each item's state computed once in core: from a Set up result a caller already has (no read), else
 * from one read of the Plan, Settings, Roles and Academic calendar, every row evaluated as Set up does (nothing
 * written). Null when there is no Plan sheet.
 */
export function currentOverview(from?: SetupResult): { overview: Overview; lang: Lang } | null {
  const ss = SpreadsheetApp.getActive();
  const tz = ss.getSpreadsheetTimeZone() || 'Asia/Almaty';
  const today = todayIn(tz);
  let result = from;
  if (!result) {
    const offset = zoneOffsetMinutes(tz);
    const sheets = Object.fromEntries(
      SHEETS.map((spec) => [
        spec.key,
        OVERVIEW_INPUTS.includes(spec.key) ? readSheet(findSheet(ss, spec), offset) : null,
      ]),
    ) as SheetTexts;
    if (!sheets.plan) return null;
    result = planSetup({ sheets, today, restoreMissing: false });
  }
  return { overview: overviewOfRows(result.rows, today, result.roleWarnings), lang: result.settings.language };
}

export function refreshOverviewSheet(from?: SetupResult): { units: number; rows: number } | null {
  const current = currentOverview(from);
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
export function refreshOverviewQuietly(from?: SetupResult): void {
  try {
    refreshOverviewSheet(from);
  } catch (e) {
    console.log(`[jospar] overview: ${(e as Error)?.message ?? e}`);
  }
}
