/**
 * The roll-up as files a rector's office opens: university.xlsx (per unit, the overdue items of all units, the plans
 * not read, and a stacked bar chart of the per-unit table) and university-report.docx (the execution report for the
 * period: per unit the counts of one truth, then the overdue items). Node only.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import ExcelJS from 'exceljs';
import { formatLongDate } from '../../core/deadline/format';
import type { Lang } from '../../core/i18n/lang';
import { rt, type RollupMessageId } from '../../core/i18n/rollup-messages';
import { periodPercentDone } from '../../core/plan/period-counts';
import { dottedDate } from '../../core/plan/system-values';
import type { UniversitySummary, UnitLine } from '../../core/rollup/university';
import { universityTables } from './university-sheet';
import { addBarChart } from '../export/xlsx-chart';

export async function writeUniversityFiles(
  s: UniversitySummary,
  dir: string,
  lang: Lang,
): Promise<{ xlsx: string; docx: string; json: string }> {
  const xlsx = join(dir, 'university.xlsx');
  writeFileSync(xlsx, await universityXlsx(s, lang));
  const docx = join(dir, 'university-report.docx');
  writeFileSync(docx, await universityReport(s, lang));
  const json = join(dir, 'university.json');
  writeFileSync(json, JSON.stringify(s, null, 2));
  return { xlsx, docx, json };
}

export async function universityXlsx(s: UniversitySummary, lang: Lang): Promise<Buffer> {
  const t = (id: RollupMessageId) => rt(lang, id);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Jospar';
  wb.created = new Date(0);
  // Printed as a person would want it: landscape, the table and its chart one page wide.
  const print = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } as const;
  const [unitsTable, overdueTable, unreadTable] = universityTables(s, lang);
  const units = wb.addWorksheet(unitsTable.title, { views: [{ state: 'frozen', ySplit: 2 }], pageSetup: print });
  units.addRows(unitsTable.rows);
  units.getRow(1).font = { bold: true, size: 13 };
  units.getRow(2).font = { bold: true };
  units.getRow(unitsTable.rows.length).font = { bold: true };
  [38, 24, 12, 10, 11, 12, 14, 14, 14].forEach((w, i) => (units.getColumn(i + 1).width = w));

  const overdue = wb.addWorksheet(overdueTable.title, { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: print });
  overdue.addRows(overdueTable.rows);
  overdue.getRow(1).font = { bold: true };
  [30, 8, 60, 30, 26, 14, 12].forEach((w, i) => (overdue.getColumn(i + 1).width = w));
  overdue.getColumn(3).alignment = { wrapText: true, vertical: 'top' };

  const unread = wb.addWorksheet(unreadTable.title);
  unread.addRows(unreadTable.rows);
  unread.getRow(1).font = { bold: true };
  [38, 24, 70].forEach((w, i) => (unread.getColumn(i + 1).width = w));

  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  if (s.units.length === 0) return buffer;
  // Done and overdue of each unit (columns E and G), stacked.
  return addBarChart(buffer, {
    sheetIndex: 1,
    sheetName: t('unitsSheet'),
    title: rt(lang, 'title', { today: dottedDate(s.today) }),
    categories: { col: 'A', from: 3, to: 2 + s.units.length },
    series: [
      { name: t('hDone'), col: 'E', color: '34A853' },
      { name: t('hOverdue'), col: 'G', color: 'EA4335' },
    ],
    anchor: { col: 10, row: 1, cols: 9, rows: 16 + Math.min(s.units.length, 40) },
  });
}

export async function universityReport(s: UniversitySummary, lang: Lang): Promise<Buffer> {
  const t = (id: RollupMessageId) => rt(lang, id);
  const cell = (text: string | number, bold = false) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: String(text), bold })] })] });
  const table = (rows: Array<Array<string | number>>, widths: number[]) =>
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths: widths,
      rows: rows.map((r, i) => new TableRow({ tableHeader: i === 0, children: r.map((v) => cell(v, i === 0)) })),
    });
  const counts = [
    'hOccurrences',
    'hDone',
    'hDoneLate',
    'hOverdue',
    'hNotYetDue',
    'hCancelled',
    'hEarlierOpen',
  ] as const;
  // The per cent beside the period's counts is of those counts (the unit's own execution report prints the same),
  // not the items' share the units sheet shows.
  const countRow = (name: string, l: Pick<UnitLine, 'report'>) => [
    name,
    l.report.occurrences,
    l.report.done,
    l.report['done-late'],
    l.report.overdue,
    l.report['not-yet-due'],
    l.report.cancelled,
    l.report['earlier-open'],
    periodPercentDone(l.report),
  ];
  const children = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun(t('reportTitle'))],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new TextRun(
          rt(lang, 'period', { from: formatLongDate(s.period.start, lang), to: formatLongDate(s.period.end, lang) }),
        ),
      ],
    }),
    new Paragraph({ children: [new TextRun({ text: t('occurrenceNote'), italics: true })] }),
    table(
      [
        [t('hUnit'), ...counts.map(t), t('hPercent')],
        ...s.units.map((u) => countRow(u.name, u)),
        countRow(t('total'), s.totals),
      ],
      [3000, 1200, 1300, 1500, 1300, 1400, 1400, 1700, 1300],
    ),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(t('overdueTitle'))] }),
    s.overdue.length === 0
      ? new Paragraph(t('none'))
      : table(
          [
            [t('hUnit'), t('hId'), t('hActivity'), t('hMissed'), t('hDaysLate')],
            ...s.overdue.map((o) => [o.unit, o.id, o.activity, dottedDate(o.lastMissed), o.daysLate]),
          ],
          [3000, 800, 7000, 1700, 1600],
        ),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(t('unreadableTitle'))] }),
    s.unreadable.length === 0
      ? new Paragraph(t('none'))
      : table(
          [
            [t('hFile'), t('hFolder'), t('hReason')],
            ...s.unreadable.map((u) => [u.name, u.path, t(`reason:${u.reason}`)]),
          ],
          [4500, 3500, 6100],
        ),
  ];
  const doc = new Document({
    sections: [{ properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } }, children }],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
