/**
 * Writes the emulated spreadsheet as an .xlsx a person can open: every sheet with its values, number formats, header
 * styling, frozen rows and columns, its filter, conditional formats, column widths, list validation, hidden sheets,
 * and protected ranges marked (locked cells on a protected sheet, as far as the format goes: xlsx has no "warning
 * only" protection), and the sheet's stacked bar chart (the Overview's), drawn from the same cells.
 */
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { columnLetter, parseA1, toA1 } from '../workspace/a1';
import { CHART_COLOURS } from './overview-chart-svg';
import { addBarChart } from './xlsx-chart';
import type { ConditionalRuleState } from '../workspace/sheet-formatting';
import { cellKey, type LocalSpreadsheet, type Value } from '../workspace/spreadsheet';
import { zoneOffsetMs } from '../workspace/zone';

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

/** A Sheets conditional-format rule as an Excel one (formulas without their leading "="). */
function excelRule(rule: ConditionalRuleState, priority: number): ExcelJS.ConditionalFormattingRule | null {
  const style: Partial<ExcelJS.Style> = {};
  if (rule.background) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(rule.background) } };
  if (rule.fontColor || rule.bold)
    style.font = { ...(rule.fontColor ? { color: { argb: argb(rule.fontColor) } } : {}), bold: !!rule.bold };
  const f = (v: string | number) => String(v).replace(/^=/, '');
  switch (rule.criteria) {
    case 'CUSTOM_FORMULA':
      return { type: 'expression', priority, formulae: [f(rule.values[0])], style };
    case 'NUMBER_GREATER_THAN':
      return { type: 'cellIs', operator: 'greaterThan', priority, formulae: [f(rule.values[0])], style };
    case 'NUMBER_LESS_THAN':
      return { type: 'cellIs', operator: 'lessThan', priority, formulae: [f(rule.values[0])], style };
    case 'NUMBER_BETWEEN':
      return { type: 'cellIs', operator: 'between', priority, formulae: rule.values.map(f), style };
    default:
      return null;
  }
}

export async function writeXlsx(ss: LocalSpreadsheet, file: string): Promise<void> {
  writeFileSync(file, await writeXlsxBuffer(ss));
}

/** The spreadsheet as .xlsx bytes (the local Drive's files.export). */
export async function writeXlsxBuffer(ss: LocalSpreadsheet): Promise<Buffer> {
  return withChart(ss, Buffer.from(await (await workbookOf(ss)).xlsx.writeBuffer()));
}

/**
 * The first stacked bar chart of the spreadsheet (Jospar makes one, on the Overview), as an Excel chart over the same
 * cells: its range's first column the categories, each further column a series named by its header cell, anchored
 * where Sheets shows it. exceljs names the sheets' parts in the order they were added, as ss._sheets.
 */
function withChart(ss: LocalSpreadsheet, xlsx: Buffer): Buffer {
  for (const [i, sheet] of ss._sheets.entries()) {
    const chart = sheet._charts.find((c) => c.type === 'BAR' && c.ranges.length === 1);
    if (!chart) continue;
    const box = parseA1(chart.ranges[0], sheet._maxRows, sheet._maxCols);
    if (box.rows < 2 || box.cols < 2) continue;
    const header = (c: number) => String(sheet._get(box.row, c)?.v ?? '');
    return addBarChart(xlsx, {
      sheetIndex: i + 1,
      sheetName: sheet._name.slice(0, 31),
      title: String(chart.options.title ?? ''),
      categories: { col: columnLetter(box.col), from: box.row + 1, to: box.row + box.rows - 1 },
      series: Array.from({ length: box.cols - 1 }, (_, s) => ({
        name: header(box.col + 1 + s),
        col: columnLetter(box.col + 1 + s),
        color: CHART_COLOURS[s % CHART_COLOURS.length].slice(1).toUpperCase(),
      })),
      anchor: { col: chart.position.column - 1, row: chart.position.row - 1, cols: 8, rows: 18 },
    });
  }
  return xlsx;
}

async function workbookOf(ss: LocalSpreadsheet): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Jospar';
  wb.created = new Date(0);
  for (const sheet of ss._sheets) {
    const lastRow = sheet.getLastRow();
    const lastCol = sheet.getLastColumn();
    const ws = wb.addWorksheet(sheet._name.slice(0, 31), {
      state: sheet._hidden ? 'hidden' : 'visible',
      views:
        sheet._frozenRows || sheet._frozenColumns
          ? [{ state: 'frozen', ySplit: sheet._frozenRows, xSplit: sheet._frozenColumns }]
          : [],
    });
    if (sheet._filter) {
      const f = sheet._filter;
      // Sheets filters run to the sheet's last row; Excel's autofilter covers the rows that hold data.
      ws.autoFilter = toA1({ ...f, rows: Math.max(1, Math.min(f.rows, lastRow - f.row + 1)) });
    }
    let priority = 1;
    for (const rule of sheet._conditionalRules) {
      const r = excelRule(rule, priority++);
      if (r) ws.addConditionalFormatting({ ref: rule.ranges.map((b) => toA1(b)).join(' '), rules: [r] });
    }
    for (let c = 1; c <= lastCol; c++) {
      ws.getColumn(c).width = Math.max(6, Math.round((sheet._columnWidths.get(c) ?? 100) / 7));
      if (sheet._hiddenColumns.has(c)) ws.getColumn(c).hidden = true;
    }
    for (let r = 1; r <= lastRow; r++) {
      const row = ws.getRow(r);
      for (let c = 1; c <= lastCol; c++) {
        const cell = sheet._get(r, c);
        const x = row.getCell(c);
        if (cell?.f) x.value = { formula: cell.f.slice(1) };
        else if (cell && cell.v !== '') x.value = cellValue(cell.v, ss._timeZone);
        const fmt = sheet._formats.get(cellKey(r, c));
        if (fmt && fmt !== 'General') x.numFmt = fmt;
        const style = sheet._styles.get(cellKey(r, c));
        if (style?.bold) x.font = { bold: true };
        if (style?.background && style.background !== '#ffffff')
          x.fill = {
            type: 'pattern',
            pattern: 'solid',
            fgColor: { argb: argb(style.background) },
          };
        if (style?.wrap || (typeof cell?.v === 'string' && cell.v.length > 40))
          x.alignment = { wrapText: true, vertical: 'top' };
      }
    }
    for (const { box, rule } of sheet._validations) {
      if (rule.kind !== 'list') continue;
      const last = Math.min(box.row + box.rows - 1, Math.max(lastRow, box.row));
      for (let r = box.row; r <= last; r++)
        for (let c = box.col; c < box.col + box.cols; c++) {
          ws.getCell(`${columnLetter(c)}${r}`).dataValidation = {
            type: 'list',
            allowBlank: true,
            showErrorMessage: !rule.allowInvalid,
            formulae: [`"${rule.values.join(',').replace(/"/g, '""')}"`],
          };
        }
    }
    if (sheet._protections.length > 0) {
      // Everything unlocked but the protected ranges; the sheet protected without a password so they show as locked.
      for (let r = 1; r <= lastRow; r++)
        for (let c = 1; c <= lastCol; c++) ws.getCell(r, c).protection = { locked: false };
      for (const p of sheet._protections) {
        const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(p.a1);
        if (!m) continue;
        const c1 = ws.getColumn(m[1]).number;
        const c2 = ws.getColumn(m[3] ?? m[1]).number;
        for (let r = Number(m[2]); r <= Math.min(Number(m[4] ?? m[2]), lastRow); r++)
          for (let c = c1; c <= c2; c++) ws.getCell(r, c).protection = { locked: true };
      }
      await ws.protect('', {
        selectLockedCells: true,
        selectUnlockedCells: true,
        formatColumns: true,
        formatRows: true,
        sort: true,
        autoFilter: true,
      });
    }
  }
  return wb;
}

/** Excel has no time zones: a date is the wall clock it shows, which ExcelJS takes from a Date's UTC fields. */
function cellValue(v: Value, timeZone: string): ExcelJS.CellValue {
  if (Object.prototype.toString.call(v) !== '[object Date]') return v as ExcelJS.CellValue;
  const t = (v as Date).getTime();
  return new Date(t + zoneOffsetMs(timeZone, t));
}
