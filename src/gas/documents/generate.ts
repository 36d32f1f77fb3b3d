/**
 * "Generate document" for plan rows: the template of the row's kind (matched on its deliverable) is copied into the
 * kind's folder under the file-name pattern, filled, optionally saved as PDF beside it, linked in the row's Document
 * column, and, for orders, entered in the register with the year's next number. All under the document lock, so two
 * people generating at once never get the same number.
 *
 * Safe to stop anywhere: every copy carries its key (item#version) in Drive appProperties, and the keys a run is about
 * to make are noted in document properties first; the next run bins any copy such a note names before making the one
 * that counts. The register is written before the Plan's Document column: a run cut off between the two leaves the
 * register right, and the next run puts the register's link back in the row. Rows left when the time budget runs out
 * are noted and continued by the hourly schedule; a row whose document fails even after retries says so, the rest
 * go on.
 */
import { rowState } from '../../core/plan/system-values';
import { scheduleContinuation } from '../scheduler';
import { startProgress } from '../progress';
import { KINDS, kindOf, matchKind, type TemplateRow } from '../../core/documents/kinds';
import { codeOf, YES_NO } from '../../core/i18n/words';
import { documentValues, fileName, ORDER_SERIES, orderSeries, type Lists } from '../../core/documents/placeholders';
import { responsibleFull } from '../../core/documents/order-text';
import { fullRoleNames } from '../../core/roles/full-names';
import { RegisterIndex, type RegisterEntry } from '../../core/documents/register';
import { numbersGiven, recordNumbersGiven } from './order-numbers';
import { t } from '../../core/i18n/messages';
import { unitTitle } from '../../core/plan/unit-label';
import { PLAN_2025_2026 } from '../../core/plan/plan-2025-2026';
import { planSetup, type RowResult } from '../../core/setup/plan-setup';
import { locateColumns, PLAN_SHEET, REGISTER_SHEET, sheetNames, TEMPLATES_SHEET } from '../../core/sheets/layout';
import { cellReader } from '../../core/sheets/readers';
import { asCellText } from '../../core/text/cell-text';
import { rememberedLang, tellUser, todayIn } from '../context';
import { currentUser } from '../log';
import { applySetup, readSpreadsheet } from '../setup';
import { ensureRows, readSheet, zoneOffsetMinutes } from '../sheet-io';
import { sheetValidations } from '../sheet-validations';
import { errorText, isStorageFull, retrying } from '../retry';
import { copyTemplate, fileExists, filesWithKey, savePdf, trash } from './drive';
import { driveFullCell } from './drive-full';
import { fillDocument, templateShape, type TemplateShape } from './fill';

/** Keys a run is making (JSON list): left behind only by a run that did not finish, whose copies may be half made. */
const IN_FLIGHT = 'jospar.docs.inflight';
/** What a run stopped by its time budget left to do (JSON GenerateOptions with ids). */
const PENDING = 'jospar.docs.pending';

export interface GenerateOptions {
  ids?: string[];
  kind?: string;
  interactive?: boolean;
  newVersions?: boolean;
  /** A run that continues one stopped by its time budget (it clears the note of what was pending). */
  continuation?: boolean;
}
export interface GenerateOutcome {
  ok: boolean;
  created: number;
  skipped: number;
  errors: number;
  report: string[];
  documents: Array<{ item: string; id: string; name: string; number: string }>;
  /** Rows left for the continuation when the time budget ran out. */
  pending: number;
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
  const outcome: GenerateOutcome = {
    ok: false,
    created: 0,
    skipped: 0,
    errors: 0,
    report: [],
    documents: [],
    pending: 0,
  };
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
  const started = Date.now();
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
  const first = planSetup({ sheets: read, today, restoreMissing: false });
  const settings = first.settings;
  const budgetMs = settings.runBudgetSeconds * 1000;
  const props = PropertiesService.getDocumentProperties();

  const templates = readTemplates(read.templates.values);
  // The register looked up by key: one Map built per run, not a scan per row (and per order's number).
  const register = new RegisterIndex(readRegister(read.register.values));
  register.raise(numbersGiven(settings.year.label));
  const links = registerLinks(read.register.values);
  // Orders are written in Kazakh: the responsible by their full Kazakh positions.
  const fullName = fullRoleNames(read.roles?.values, 'kk');
  // The Russian text of an order names them by the Roles sheet's Russian names.
  const fullNameRu = fullRoleNames(read.roles?.values, 'ru');
  const rows = chooseRows(first.rows, options, templates, ss);
  if (!rows) return say(t(lang, 'docsSelect'));

  // Copies a run that did not finish may have left, perhaps half filled, are binned before anything is made again;
  // a copy the register or a row already points at was finished and recorded, and stays.
  const leftover = parseList(props.getProperty(IN_FLIGHT));
  if (leftover.length) {
    const recorded = [read.register.values, read.plan.values].map((v) => v.map((r) => r.join(' ')).join('\n')).join();
    for (const key of leftover)
      for (const stale of retrying(() => filesWithKey(key)))
        if (!recorded.includes(stale.id)) retrying(() => trash(stale.id));
  }

  const docLinks = new Map<string, string>();
  const newEntries: Array<RegisterEntry & { kind: string; title: string; link: string; warning: string }> = [];
  const pastDue: string[] = [];
  const log: Array<{ action: string; item?: string; result: string }> = [];
  const listCache = new Map<string, Lists[string] | null>();
  const reachable = new Map<string, boolean>();
  // Each template read once per run; its copies are filled from that reading.
  const shapes = new Map<string, TemplateShape>();
  const shapeOf = (id: string) => {
    if (!shapes.has(id))
      shapes.set(
        id,
        retrying(() => templateShape(id)),
      );
    return shapes.get(id)!;
  };
  const offset = zoneOffsetMinutes(snap.tz);
  const jobs: Array<{ row: RowResult; key: string; make: () => void }> = [];
  let remaining: string[] = [];

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
    if (tpl.template && !reachable.has(tpl.template)) reachable.set(tpl.template, fileExists(tpl.template));
    if (!tpl.template || !reachable.get(tpl.template)) {
      fail(t(lang, 'docNoTemplate', { kind: KINDS.find((k) => k.kind === kindName)?.name[lang] ?? kindName }));
      continue;
    }

    const isOrder = kindName === 'order';
    const previous = register.latestFor(row.id);
    const existingLink = previous
      ? (links.get(`${previous.item}#${previous.version}`) ?? 'register')
      : linkIn(cell('docLink'));
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
        // The register is written first: a run cut off before the row's link leaves the register's to put back.
        if (previous && existingLink.startsWith('http') && !cell('docLink').includes(existingLink))
          docLinks.set(row.id, existingLink);
        outcome.skipped++;
        continue;
      }
    }
    const version = (previous?.version ?? (existingLink ? 1 : 0)) + 1;
    const key = `${row.id}#${version}`;
    jobs.push({
      row,
      key,
      make: () => {
        // A new version of an order keeps its number; a new order takes the year's next one, counted over the orders
        // made so far, so a row that failed leaves no gap.
        const series = orderSeries({ deliverable: cell('deliverable'), activity: cell('activity') });
        const number = isOrder ? (previous ? previous.number : register.nextNumber(today, series)) : 0;
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
            nextDue: rowState(row.evaluation, { status: cell('status'), doneOn: cell('doneOn'), today }).shownDue ?? '',
            responsibleFull: responsibleFull(cell('responsible'), fullName),
            responsibleFullRu: responsibleFull(cell('responsible'), fullNameRu).replace(/ және /g, ', '),
            hasList: !!listFor(row.id, tpl.listSheet, ss, offset, listCache),
            onDemand: row.evaluation.schedule.onDemand,
            nameRu: cell('nameRu'),
          },
          {
            kindName: kindSpec ? kindSpec.name[lang] : kindName,
            orderNumber: number ? String(number) : '',
            orderDate: today,
            today,
            academicYear: settings.year.label,
            signatoryPosition: settings.orders.signatoryPosition,
            signatoryName: settings.orders.signatoryName,
            orderControl: settings.orders.control,
            orderExecutor: settings.orders.executor,
            controllerPosition: settings.orders.controllerPosition,
            controllerName: settings.orders.controllerName,
            lang,
          },
        );
        const lists: Lists = {};
        const list = listFor(row.id, tpl.listSheet, ss, offset, listCache);
        // The same entries fill the Russian text's annex ({{listRu.…}}), whose note for a missing list is Russian.
        if (list) Object.assign(lists, { list, listRu: list });
        const name =
          fileName(tpl.pattern || '{{id}} {{kind}} {{date}}', { ...values, version: String(version) }) +
          (version > 1 ? ` (v${version})` : '');
        const { docId, unfilled, link } = makeDocument(tpl, name, key, values, lists, shapeOf(tpl.template));
        // A date already past is never ordered silently: the draft marks it, and the report and the register say so.
        const warning = values.pastDue ? t(lang, 'docPastDue', { id: row.id, date: values.pastDueDate }) : '';
        if (warning) {
          pastDue.push(warning);
          log.push({ action: 'document', item: row.id, result: warning });
        }
        // The Russian text says what the order is about only from the item's Russian name: tell when there is none.
        if (isOrder && !cell('nameRu').trim()) pastDue.push(t(lang, 'docNoRussianName', { id: row.id }));
        const text = unfilled.length ? t(lang, 'docUnfilled', { names: unfilled.join(' '), link }) : link;
        docLinks.set(row.id, text);
        log.push({ action: 'document', item: row.id, result: unfilled.length ? text : `${name}: ${link}` });
        if (isOrder) {
          const made = {
            number,
            date: today,
            item: row.id,
            version,
            series,
            kind: kindSpec ? kindSpec.name[lang] : kindName,
            title: name,
            link,
            warning,
          };
          newEntries.push(made);
          register.add(made);
        }
        outcome.documents.push({ item: row.id, id: docId, name, number: number ? String(number) : '' });
        outcome.created++;
      },
    });
  }

  // The keys about to be made, noted once before any copy exists (see IN_FLIGHT).
  if (jobs.length) props.setProperty(IN_FLIGHT, JSON.stringify([...new Set([...leftover, ...jobs.map((j) => j.key)])]));
  let driveFull = 0; // documents not made because Drive is full (the one that met it included)
  const progress = startProgress('documents', jobs.length, options.interactive !== false ? { lang } : null);
  for (const [index, job] of jobs.entries()) {
    progress.step(index);
    if (Date.now() - started > budgetMs) {
      remaining = jobs.slice(index).map((j) => j.row.id);
      break;
    }
    try {
      job.make();
    } catch (e) {
      if ((e as Error)?.name === 'CutOff') throw e;
      if (isStorageFull(e)) {
        // Every further copy would be refused the same way, and no later run succeeds until space is freed: the step
        // stops here, leaves the rest as they were (nothing pending for the hourly run) and says why.
        const message = driveFullCell(lang);
        docLinks.set(job.row.id, message);
        log.push({ action: 'document', item: job.row.id, result: message });
        outcome.errors++;
        driveFull = jobs.length - index;
        break;
      }
      const message = t(lang, 'docFailed', { message: errorText(e) });
      docLinks.set(job.row.id, message);
      log.push({ action: 'document', item: job.row.id, result: message });
      outcome.errors++;
    }
  }

  progress.end();
  // The register first (one write), then the Plan's Document column and the Log with the other sheets.
  if (newEntries.length) writeRegister(snap, newEntries);
  // After the register (a run cut between the two records them on its re-run, which finds the register's rows).
  recordNumbersGiven(settings.year.label, register.given());
  const second = planSetup({ sheets: read, today, restoreMissing: false, docLinks });
  outcome.pending = remaining.length;
  outcome.report.push(
    t(lang, 'docsReport', { created: outcome.created, skipped: outcome.skipped, errors: outcome.errors }),
  );
  outcome.report.push(...pastDue);
  if (driveFull) outcome.report.push(t(lang, 'driveFullReport', { left: driveFull }));
  if (remaining.length) outcome.report.push(t(lang, 'syncContinues'));
  applySetup(snap, second, log.length ? [{ action: 'document', result: outcome.report.join(' ') }, ...log] : []);
  if (leftover.length || jobs.length || remaining.length || options.continuation) finishRun(props, remaining, options);
  outcome.ok = true;
  if (options.interactive !== false) tellUser(t(lang, 'docsTitle'), outcome.report.join('\n'));
  return outcome;
}

/**
 * The rest of a generation that stopped at its time budget, if any (the hourly schedule calls this; so may a menu or
 * a trigger an older version made). Returns null when nothing is pending.
 */
export function continueDocuments(): GenerateOutcome | null {
  const pending = PropertiesService.getDocumentProperties().getProperty(PENDING);
  if (!pending) return null;
  let options: GenerateOptions;
  try {
    options = JSON.parse(pending) as GenerateOptions;
  } catch {
    PropertiesService.getDocumentProperties().deleteProperty(PENDING);
    return null;
  }
  return generateDocuments({ ...options, interactive: false, continuation: true });
}

/** The run's notes cleared (everything it made is in the sheets now), and what is left noted for a continuation. */
function finishRun(props: GoogleAppsScript.Properties.Properties, remaining: string[], options: GenerateOptions): void {
  props.deleteProperty(IN_FLIGHT);
  if (!remaining.length && !options.continuation) return;
  if (!remaining.length) {
    props.deleteProperty(PENDING);
    return;
  }
  props.setProperty(PENDING, JSON.stringify({ ids: remaining, newVersions: !!options.newVersions }));
  // Not a one-off trigger of its own: an Editor add-on may hold one time-driven trigger per user and document, so the
  // one hourly trigger (scheduler.ts) continues the rest.
  scheduleContinuation();
}

/** Whether a generation that stopped at its budget has rows left (the hourly schedule's documents job). */
export function documentsPending(): boolean {
  return !!PropertiesService.getDocumentProperties().getProperty(PENDING);
}

/**
 * Copy, fill, save (and PDF): one attempt makes the whole document; a transient failure bins that attempt's copy and
 * the whole is tried again with backoff.
 */
function makeDocument(
  tpl: TemplateInfo,
  name: string,
  key: string,
  values: ReturnType<typeof documentValues>,
  lists: Lists,
  shape: TemplateShape,
): { docId: string; unfilled: string[]; link: string } {
  let attempt = '';
  try {
    return retrying(() => {
      if (attempt) trash(attempt);
      attempt = '';
      const docId = copyTemplate(tpl.template, name, tpl.folder, key);
      attempt = docId;
      const unfilled = fillDocument(docId, shape, values, lists);
      if (tpl.pdf) savePdf(docId, name, tpl.folder);
      return { docId, unfilled, link: docUrl(docId) };
    });
  } catch (e) {
    // The last attempt's copy is binned too (if Drive lets us now; else the next run's in-flight note finds it).
    if (attempt && (e as Error)?.name !== 'CutOff') {
      try {
        trash(attempt);
      } catch {
        /* left for the next run */
      }
    }
    throw e;
  }
}

/** A Google Doc's address, as DocumentApp's getUrl gives it, without opening the document for it. */
function docUrl(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}

function parseList(text: string | null): string[] {
  if (!text) return [];
  try {
    const v = JSON.parse(text) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function writeRegister(
  snap: ReturnType<typeof readSpreadsheet>,
  entries: Array<RegisterEntry & { kind: string; title: string; link: string; warning: string }>,
): void {
  const values = snap.read.register!.values;
  const at = locateColumns(REGISTER_SHEET, values[0] ?? []);
  const width = Math.max(values[0]?.length ?? 0, ...[...at.values()].map((i) => i + 1));
  const user = currentUser();
  const lines = entries.map((e) => {
    const line: Array<string | number> = new Array(width).fill('');
    const put = (k: string, v: string | number) => {
      if (at.has(k)) line[at.get(k)!] = typeof v === 'string' ? asCellText(v) : v;
    };
    put('number', e.number);
    if (at.has('date')) line[at.get('date')!] = e.date;
    put('series', ORDER_SERIES[(e.series as keyof typeof ORDER_SERIES) || 'main'][rememberedLang()]);
    put('item', e.item);
    put('version', e.version);
    put('kind', e.kind);
    put('title', e.title);
    put('link', e.link);
    put('author', user);
    put('warning', e.warning);
    return line;
  });
  const sheet = snap.found.register!;
  const row = lastDataRow(values) + 2;
  // The register grows past a new sheet's 1,000 rows like the Log: rows made, and formatted, before the write.
  retrying(() => {
    ensureRows(sheet, REGISTER_SHEET, row, row + lines.length - 1, sheetValidations(rememberedLang()).register);
    sheet.getRange(row, 1, lines.length, width).setValues(lines);
  });
}

function readTemplates(values: string[][]): TemplateInfo[] {
  const cell = cellReader(TEMPLATES_SHEET, values[0] ?? []);
  return values
    .slice(1)
    .filter((r) => cell(r, 'kind').trim())
    .map((r) => ({
      kind: kindOf(cell(r, 'kind')) ?? cell(r, 'kind').trim(),
      keywords: cell(r, 'keywords')
        .split(/\s*[,;]\s*/)
        .filter(Boolean),
      template: cell(r, 'template').trim(),
      folder: cell(r, 'folder').trim(),
      pattern: cell(r, 'pattern').trim(),
      listSheet: cell(r, 'listSheet').trim(),
      pdf: codeOf(YES_NO, cell(r, 'pdf')) === 'yes',
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
      series: seriesKey(cell(r, 'series')),
    }));
}

/** A Series cell (in any language) → its key; blank or unknown → 'main'. */
function seriesKey(label: string): string {
  const v = label.trim().toLowerCase();
  const found = (Object.keys(ORDER_SERIES) as Array<keyof typeof ORDER_SERIES>).find((k) =>
    Object.values(ORDER_SERIES[k]).some((x) => x.toLowerCase() === v),
  );
  return found ?? 'main';
}

/** Each register entry's link by "item#version" (the last row of a key wins), read once per run. */
function registerLinks(values: string[][]): Map<string, string> {
  const cell = cellReader(REGISTER_SHEET, values[0] ?? []);
  const out = new Map<string, string>();
  for (const r of values.slice(1))
    if (cell(r, 'item').trim())
      out.set(`${cell(r, 'item').trim()}#${Number(cell(r, 'version')) || 1}`, cell(r, 'link'));
  return out;
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
