/**
 * "Generate document" for plan rows: the template of the row's kind (matched on its deliverable) is copied into the
 * kind's folder under the file-name pattern, filled, optionally saved as PDF beside it, linked in the row's Document
 * column, and, for orders, entered in the register with the year's next number. All under the document lock, so two
 * people generating at once never get the same number.
 *
 * Safe to stop: every copy carries its key (item#version) in Drive appProperties, and the register is written once at
 * the end; a run cut off after copying finds its leftover copy by that key and bins it before making the one that
 * counts, so a retry leaves one document and one register entry.
 */
import { KINDS, matchKind, type TemplateRow } from '../../core/documents/kinds';
import { documentValues, fileName, type Lists } from '../../core/documents/placeholders';
import { latestFor, nextOrderNumber, type RegisterEntry } from '../../core/documents/register';
import { t } from '../../core/i18n/messages';
import { PLAN_2025_2026 } from '../../core/plan/plan-2025-2026';
import { unitTitle } from '../../core/plan/unit-label';
import { planSetup, type RowResult } from '../../core/setup/plan-setup';
import { PLAN_SHEET, REGISTER_SHEET, sheetNames, TEMPLATES_SHEET } from '../../core/sheets/layout';
import { cellReader } from '../../core/sheets/readers';
import { asCellText } from '../../core/text/cell-text';
import { rememberedLang, tellUser, todayIn } from '../context';
import { currentUser } from '../log';
import { applySetup, readSpreadsheet } from '../setup';
import { readSheet, zoneOffsetMinutes } from '../sheet-io';
import { copyTemplate, fileExists, filesWithKey, savePdf, trash } from './drive';
import { fillDocument } from './fill';

export interface GenerateOptions {
  ids?: string[];
  kind?: string;
  interactive?: boolean;
  newVersions?: boolean;
}
export interface GenerateOutcome {
  ok: boolean;
  created: number;
  skipped: number;
  errors: number;
  report: string[];
  documents: Array<{ item: string; id: string; name: string; number: string }>;
}

interface TemplateInfo extends TemplateRow {
  template: string;
  folder: string;
  pattern: string;
  listSheet: string;
  pdf: boolean;
}

export function generateDocuments(options: GenerateOptions = {}): GenerateOutcome {
  const lang0 = rememberedLang();
  const outcome: GenerateOutcome = { ok: false, created: 0, skipped: 0, errors: 0, report: [], documents: [] };
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(30000)) {
    outcome.report.push(t(lang0, 'busy'));
    if (options.interactive !== false) tellUser('Jospar', t(lang0, 'busy'));
    return outcome;
  }
  try {
    return run(options, outcome);
  } finally {
    lock.releaseLock();
  }
}

function run(options: GenerateOptions, outcome: GenerateOutcome): GenerateOutcome {
  const snap = readSpreadsheet();
  const { ss, read } = snap;
  const lang = rememberedLang();
  const say = (msg: string) => {
    outcome.report.push(msg);
    if (options.interactive !== false) tellUser(t(lang, 'docsTitle'), msg);
    return outcome;
  };
  if (!read.plan || !read.templates || !read.register) return say(t(lang, 'syncNeedsSetup'));
  const today = todayIn(snap.tz);
  const first = planSetup({ sheets: read, plan: PLAN_2025_2026, today, restoreMissing: false });
  const settings = first.settings;

  const templates = readTemplates(read.templates.values);
  const register = readRegister(read.register.values);
  const rows = chooseRows(first.rows, options, templates, ss);
  if (!rows) return say(t(lang, 'docsSelect'));

  const docLinks = new Map<string, string>();
  const newEntries: Array<RegisterEntry & { kind: string; title: string; link: string }> = [];
  const log: Array<{ action: string; item?: string; result: string }> = [];
  const listCache = new Map<string, Lists[string] | null>();
  const offset = zoneOffsetMinutes(snap.tz);

  for (const row of rows) {
    const cell = (k: string) => row.cells[k] ?? '';
    const fail = (message: string) => {
      docLinks.set(row.id, message);
      log.push({ action: 'document', item: row.id, result: message });
      outcome.errors++;
    };
    const kindName = matchKind(cell('deliverable'), templates);
    if (!kindName) {
      fail(t(lang, 'docNoKind', { deliverable: cell('deliverable') }));
      continue;
    }
    const tpl = templates.find((x) => x.kind === kindName)!;
    if (!tpl.template || !fileExists(tpl.template)) {
      fail(t(lang, 'docNoTemplate', { kind: kindName }));
      continue;
    }

    const isOrder = kindName === 'order';
    const previous = latestFor([...register, ...newEntries], row.id);
    const existingLink = previous ? registerLink(read.register.values, previous) : linkIn(cell('docLink'));
    if (existingLink) {
      let again = !!options.newVersions;
      if (!again && options.interactive !== false) {
        const ui = SpreadsheetApp.getUi();
        const answer = ui.alert(
          t(lang, 'docsTitle'),
          t(lang, 'docsExists', { id: row.id, link: existingLink }),
          ui.ButtonSet.YES_NO_CANCEL,
        );
        if (answer === ui.Button.CANCEL) break;
        again = answer === ui.Button.YES;
      }
      if (!again) {
        outcome.skipped++;
        continue;
      }
    }
    const version = (previous?.version ?? (existingLink ? 1 : 0)) + 1;
    // A new version of an order keeps its number; a new order takes the year's next one.
    const number = isOrder ? (previous ? previous.number : nextOrderNumber([...register, ...newEntries], today)) : 0;
    const kindSpec = KINDS.find((k) => k.kind === kindName);
    const values = documentValues(
      {
        id: row.id,
        unit: unitTitle(cell('unit'), PLAN_2025_2026.sections),
        no: cell('no'),
        activity: cell('activity'),
        responsible: cell('responsible'),
        deadline: cell('deadline'),
        deliverable: cell('deliverable'),
        status: cell('status'),
        owners: row.evaluation.owners,
        nextDue: row.evaluation.nextDue,
      },
      {
        kindName: kindSpec ? kindSpec.name[lang] : kindName,
        orderNumber: number ? String(number) : '',
        orderDate: today,
        today,
        academicYear: settings.year.label,
        signatoryPosition: PLAN_2025_2026.signatory.position,
        signatoryName: PLAN_2025_2026.signatory.name,
        lang,
      },
    );
    const lists: Lists = {};
    const list = listFor(row.id, tpl.listSheet, ss, offset, listCache);
    if (list) lists.list = list;
    const name =
      fileName(tpl.pattern || '{{id}} {{kind}} {{date}}', { ...values, version: String(version) }) +
      (version > 1 ? ` (v${version})` : '');
    const key = `${row.id}#${version}`;
    try {
      for (const stale of filesWithKey(key)) trash(stale.id);
      const docId = copyTemplate(tpl.template, name, tpl.folder, key);
      const doc = DocumentApp.openById(docId);
      const unfilled = fillDocument(doc, values, lists);
      doc.saveAndClose();
      if (tpl.pdf) savePdf(docId, name, tpl.folder);
      const link = doc.getUrl();
      if (unfilled.length) {
        docLinks.set(row.id, t(lang, 'docUnfilled', { names: unfilled.join(' '), link }));
        log.push({
          action: 'document',
          item: row.id,
          result: t(lang, 'docUnfilled', { names: unfilled.join(' '), link }),
        });
      } else {
        docLinks.set(row.id, link);
        log.push({ action: 'document', item: row.id, result: `${name}: ${link}` });
      }
      if (isOrder) newEntries.push({ number, date: today, item: row.id, version, kind: kindName, title: name, link });
      outcome.documents.push({ item: row.id, id: docId, name, number: number ? String(number) : '' });
      outcome.created++;
    } catch (e) {
      fail(t(lang, 'docFailed', { message: String((e as Error)?.message ?? e).slice(0, 200) }));
    }
  }

  // Every sheet once: the register's new lines, the Plan's Document column, the Log.
  const second = planSetup({ sheets: read, plan: PLAN_2025_2026, today, restoreMissing: false, docLinks });
  if (newEntries.length) {
    const registerPlan = second.sheets.find((s) => s.key === 'register')!;
    const at = (key: string) => registerPlan.columnIndex[key];
    const width = registerPlan.columns;
    const user = currentUser();
    registerPlan.writes.push({
      row: lastDataRow(read.register.values) + 1,
      col: 0,
      values: newEntries.map((e) => {
        const line: Array<string | number> = new Array(width).fill('');
        const put = (k: string, v: string | number) => {
          if (at(k) !== undefined) line[at(k)] = typeof v === 'string' ? asCellText(v) : v;
        };
        put('number', e.number);
        if (at('date') !== undefined) line[at('date')] = e.date;
        put('item', e.item);
        put('version', e.version);
        put('kind', e.kind);
        put('title', e.title);
        put('link', e.link);
        put('author', user);
        return line;
      }),
    });
  }
  outcome.report.push(
    t(lang, 'docsReport', { created: outcome.created, skipped: outcome.skipped, errors: outcome.errors }),
  );
  applySetup(snap, second, log.length ? [{ action: 'document', result: outcome.report[0] }, ...log] : []);
  outcome.ok = true;
  if (options.interactive !== false) tellUser(t(lang, 'docsTitle'), outcome.report.join('\n'));
  return outcome;
}

function readTemplates(values: string[][]): TemplateInfo[] {
  const cell = cellReader(TEMPLATES_SHEET, values[0] ?? []);
  return values
    .slice(1)
    .filter((r) => cell(r, 'kind').trim())
    .map((r) => ({
      kind: cell(r, 'kind').trim(),
      keywords: cell(r, 'keywords')
        .split(/\s*[,;]\s*/)
        .filter(Boolean),
      template: cell(r, 'template').trim(),
      folder: cell(r, 'folder').trim(),
      pattern: cell(r, 'pattern').trim(),
      listSheet: cell(r, 'listSheet').trim(),
      pdf: /^(yes|иә|да|true|1)$/i.test(cell(r, 'pdf').trim()),
    }));
}

function readRegister(values: string[][]): RegisterEntry[] {
  const cell = cellReader(REGISTER_SHEET, values[0] ?? []);
  return values
    .slice(1)
    .filter((r) => cell(r, 'item'))
    .map((r) => ({
      number: Number(cell(r, 'number')) || 0,
      date: cell(r, 'date'),
      item: cell(r, 'item').trim(),
      version: Number(cell(r, 'version')) || 1,
    }));
}

function registerLink(values: string[][], entry: RegisterEntry): string {
  const cell = cellReader(REGISTER_SHEET, values[0] ?? []);
  const row = values
    .slice(1)
    .filter((r) => cell(r, 'item').trim() === entry.item && (Number(cell(r, 'version')) || 1) === entry.version)
    .pop();
  return row ? cell(row, 'link') : 'register';
}

function linkIn(text: string): string {
  return /https?:\/\/\S+/.exec(text)?.[0] ?? '';
}

function lastDataRow(values: string[][]): number {
  for (let r = values.length - 1; r > 0; r--) if (values[r].some((v) => v !== '')) return r;
  return 0;
}

/** Rows to generate for: the given ids, the rows of a kind, or the rows selected in the Plan sheet. */
function chooseRows(
  rows: RowResult[],
  options: GenerateOptions,
  templates: TemplateInfo[],
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): RowResult[] | null {
  if (options.ids) return options.ids.map((id) => rows.find((r) => r.id === id)).filter((r): r is RowResult => !!r);
  if (options.kind) return rows.filter((r) => matchKind(r.cells.deliverable ?? '', templates) === options.kind);
  const range = ss.getActiveRange();
  if (!range || !sheetNames(PLAN_SHEET).includes(range.getSheet().getName())) return null;
  const first = range.getRow() - 1;
  const last = first + range.getNumRows() - 1;
  const chosen = rows.filter((r) => r.row >= Math.max(1, first) && r.row <= last);
  return chosen.length ? chosen : null;
}

/** The list for `{{list.…}}` rows: a sheet named "<id> тізім" if there is one, else the template's list sheet. */
function listFor(
  id: string,
  listSheet: string,
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  offset: number,
  cache: Map<string, Lists[string] | null>,
): Lists[string] | null {
  for (const name of [`${id} тізім`, `${id} список`, `${id} list`, listSheet].filter(Boolean)) {
    if (!cache.has(name)) {
      const sheet = readSheet(ss.getSheetByName(name), offset);
      cache.set(
        name,
        sheet
          ? sheet.values
              .slice(1)
              .filter((r) => r.some((v) => v !== ''))
              .map((r) => Object.fromEntries(sheet.values[0].map((h, i) => [String(h).trim(), r[i] ?? ''])))
          : null,
      );
    }
    const list = cache.get(name);
    if (list) return list;
  }
  return null;
}
