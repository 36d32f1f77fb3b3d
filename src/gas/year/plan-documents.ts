/**
 * "Print plan" and "Execution report" as Google Docs (made whole or not at all: documents/whole-doc.ts).
 * The printed plan is the approved-plan document: the approval block, the title, one table (№, activity, responsible,
 * deadline, deliverable; each unit a heading row) and the department director's signature. Importing it gives back the
 * same plan (a test): its unit heading rows carry only "N Title", as the seed's do.
 */
import type { Lang } from '../../core/i18n/lang';
import { ty } from '../../core/i18n/year-messages';
import { formatLongDate } from '../../core/deadline/format';
import { dottedDate as dotted } from '../../core/text/dotted-date';
import { executionReport, reportPeriod } from '../../core/plan/execution-report';
import { planFromRows } from '../../core/plan/plan-from-sheet';
import { PLAN_2025_2026 } from '../../core/plan/plan-2025-2026';
import { unitTitle } from '../../core/plan/unit-label';
import { layOutForPrint } from '../documents/print-layout';
import { docKey, finishDoc, finishedDoc, startDoc } from '../documents/whole-doc';
import { planSetup } from '../../core/setup/plan-setup';
import { PLAN_SHEET } from '../../core/sheets/layout';
import { tellUser, todayIn } from '../context';
import { readSpreadsheet } from '../setup';
import { appendLog, currentUser } from '../log';

export interface DocOutcome {
  ok: boolean;
  report: string[];
  docId?: string;
  url?: string;
}

type Body = GoogleAppsScript.Document.Body;

function para(body: Body, text: string, options: { bold?: boolean; align?: 'CENTER' | 'RIGHT'; size?: number } = {}) {
  const p = body.appendParagraph(text);
  if (options.align) p.setAlignment(DocumentApp.HorizontalAlignment[options.align]);
  const t = p.editAsText();
  if (text) {
    t.setFontFamily('Times New Roman');
    t.setFontSize(options.size ?? 12);
    if (options.bold) t.setBold(true);
  }
  return p;
}

function boldRow(table: GoogleAppsScript.Document.Table, row: number): void {
  const r = table.getRow(row);
  for (let c = 0; c < r.getNumCells(); c++) if (r.getCell(c).getText()) r.getCell(c).editAsText().setBold(true);
}

/** The activity column takes at least this share of a printed table (the issue: a third or more). */
const ACTIVITY_SHARE = 0.36;

/** A unit's full name: the title the Unit cell abbreviates, where the plan's own units say it. */
function fullUnitName(section: { no: number; title: string }): string {
  if (!section.no) return section.title;
  const full = unitTitle(`${section.no}. ${section.title}`, PLAN_2025_2026.sections).replace(/^\d+\.\s*/, '');
  return `${section.no} ${full}`;
}

function read() {
  const snap = readSpreadsheet();
  const today = todayIn(snap.tz);
  const result = planSetup({ sheets: snap.read, today, restoreMissing: false });
  return { snap, today, result };
}

export function printPlan(options: { interactive?: boolean } = {}): DocOutcome {
  const { snap, result } = read();
  const lang: Lang = result.settings.language;
  if (!snap.read.plan || result.rows.length === 0) return say(options, lang, ty(lang, 'newYearNoPlan'), false);
  const s = result.settings;
  const plan = planFromRows(result.rows, s);
  const key = docKey(`print:${s.year.label}`, [lang, s, result.rows.map((r) => r.cells)]);
  const made = finishedDoc(key);
  if (made)
    return say(options, lang, ty(lang, 'printDone', { link: made.getUrl() }), true, made.getId(), made.getUrl());
  const doc = startDoc(key, s.planTitle || `Jospar ${s.year.label}`);
  const body = doc.getBody();
  body.getChild(0).asParagraph().setText(ty(lang, 'approve'));
  body.getChild(0).asParagraph().setAlignment(DocumentApp.HorizontalAlignment.RIGHT).editAsText().setBold(true);
  para(body, s.approver.position, { align: 'RIGHT' });
  para(body, `__________ ${s.approver.name}`, { align: 'RIGHT' });
  para(body, ty(lang, 'dateLine', { year: s.year.startYear }), { align: 'RIGHT' });
  para(body, '');
  para(body, s.planTitle, { bold: true, align: 'CENTER', size: 14 });
  const header = ['no', 'activity', 'responsible', 'deadline', 'deliverable'].map(
    (k) => PLAN_SHEET.columns.find((c) => c.key === k)!.header[lang],
  );
  const cells: string[][] = [header];
  const headingRows: number[] = [];
  for (const section of plan.sections) {
    headingRows.push(cells.length);
    // The unit's full name in the first cell, merged across the table below: the heading row the approved plan has
    // (and the import reads back). The Plan sheet's Unit cell is the short label ("1. ОПҰжМБ").
    cells.push([fullUnitName(section), '', '', '', '']);
    for (const i of plan.items.filter((x) => x.section === section.no))
      cells.push([String(i.no), i.activity, i.responsible, i.deadline, i.deliverable]);
  }
  const table = body.appendTable(cells);
  for (const r of [0, ...headingRows]) boldRow(table, r);
  para(body, '');
  para(body, `${s.signatory.position}\t\t${s.signatory.name}`, { bold: true });
  doc.saveAndClose();
  layOutForPrint(doc.getId(), [
    { cells, spanRows: headingRows, headerRows: 1, widest: { column: 1, share: ACTIVITY_SHARE } },
  ]);
  const url = doc.getUrl();
  appendLog(snap.ss, [{ action: 'print', result: `${doc.getName()}: ${url}` }], snap.tz);
  finishDoc();
  return say(options, lang, ty(lang, 'printDone', { link: url }), true, doc.getId(), url);
}

export function makeExecutionReport(period = 'year', options: { interactive?: boolean } = {}): DocOutcome {
  const { snap, today, result } = read();
  const lang: Lang = result.settings.language;
  const range = reportPeriod(period, result.settings.year);
  if (!range) return say(options, lang, ty(lang, 'reportBadPeriod', { period }), false);
  // The counts and the overdue list are the one item state's (core/plan/period-counts.ts through execution-report.ts:
  // each due date in the period once), never counted here.
  const report = executionReport(result.rows, range, today, lang);
  const counts = report.occurrences;
  const onDemand = result.rows.filter((r) => r.evaluation.schedule.onDemand).length;
  const s = result.settings;
  const long = (iso: string) => formatLongDate(iso, lang);
  const key = docKey(`report:${s.year.label}:${period}`, [lang, s, today, result.rows.map((r) => r.cells)]);
  const made = finishedDoc(key);
  if (made)
    return say(options, lang, ty(lang, 'reportDone', { link: made.getUrl() }), true, made.getId(), made.getUrl());
  const doc = startDoc(key, `${ty(lang, 'reportTitle')} ${s.year.label} ${period}`);
  const body = doc.getBody();
  body.getChild(0).asParagraph().setText(s.planTitle);
  body.getChild(0).asParagraph().setAlignment(DocumentApp.HorizontalAlignment.CENTER).editAsText().setBold(true);
  para(body, ty(lang, 'reportTitle'), { bold: true, align: 'CENTER', size: 14 });
  // The period in words, as a person writes it ("2025 жылғы 1 қыркүйек – 2026 жылғы 31 тамыз"), never ISO.
  para(body, ty(lang, 'reportPeriod', { start: long(range.start), end: long(range.end) }), { align: 'CENTER' });
  const header = ['colNo', 'colActivity', 'colStatus', 'colDoneOn', 'colEvidence', 'colNotes'] as const;
  const cells: string[][] = [header.map((h) => ty(lang, h))];
  const headingRows: number[] = [];
  for (const unit of report.units) {
    headingRows.push(cells.length);
    cells.push([fullUnitName(splitUnitTitle(unit.title)), '', '', '', '', '']);
    for (const r of unit.rows) cells.push([r.no, r.activity, r.status, dotted(r.doneOn), r.evidence, r.notes]);
  }
  const table = body.appendTable(cells);
  for (const r of [0, ...headingRows]) boldRow(table, r);
  para(body, ty(lang, 'totalsHeading'), { bold: true }).setHeading(DocumentApp.ParagraphHeading.HEADING2);
  para(
    body,
    ty(lang, 'countsLine', {
      occurrences: counts.occurrences,
      done: counts.done + counts['done-late'],
      doneLate: counts['done-late'],
      overdue: counts.overdue,
      notYetDue: counts['not-yet-due'],
      cancelled: counts.cancelled,
      earlierOpen: counts['earlier-open'],
      percent: report.occurrencesPercentDone,
    }),
  );
  // How a recurring item is counted, said in the report itself: once per due date that fell in the period.
  para(body, ty(lang, 'recurringLine', { items: report.recurring.items, occurrences: report.recurring.occurrences }));
  if (onDemand) para(body, ty(lang, 'onDemandLine', { count: onDemand }));
  para(body, ty(lang, 'overdueAsOf', { date: dotted(report.asOf) }), {
    bold: true,
  }).setHeading(DocumentApp.ParagraphHeading.HEADING2);
  if (report.overdue.length === 0) para(body, ty(lang, 'overdueNone'));
  for (const o of report.overdue) {
    const line = o.due < range.start ? 'overdueLineBefore' : 'overdueLine';
    para(body, ty(lang, line, { id: o.id, due: dotted(o.due), days: o.daysLate, activity: o.activity }));
  }
  para(body, '');
  para(body, `${s.signatory.position}\t\t${s.signatory.name}`, { bold: true });
  doc.saveAndClose();
  layOutForPrint(doc.getId(), [
    { cells, spanRows: headingRows, headerRows: 1, widest: { column: 1, share: ACTIVITY_SHARE } },
  ]);
  const url = doc.getUrl();
  appendLog(snap.ss, [{ action: 'report', result: `${doc.getName()}: ${url} (${currentUser()})` }], snap.tz);
  finishDoc();
  return say(options, lang, ty(lang, 'reportDone', { link: url }), true, doc.getId(), url);
}

/** A report unit's title ("1. ОПҰжМБ", or a title alone) as the section fullUnitName takes. */
function splitUnitTitle(title: string): { no: number; title: string } {
  const m = /^\s*(\d{1,2})\.?\s*(.*)$/.exec(title);
  return m ? { no: Number(m[1]), title: m[2] } : { no: 0, title };
}

function say(
  options: { interactive?: boolean },
  lang: Lang,
  message: string,
  ok: boolean,
  docId?: string,
  url?: string,
): DocOutcome {
  if (options.interactive !== false) tellUser('Jospar', message);
  return { ok, report: [message], docId, url };
}
