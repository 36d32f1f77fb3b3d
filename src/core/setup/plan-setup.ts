/**
 * "Set up plan", decided in pure code: from what the spreadsheet holds now (each sheet read once, as text) and the
 * plan,
 * work out what to write so that every sheet is complete, without duplicating or wiping anything. A sheet that does not
 * exist is created whole; an existing one only gains what it lacks (missing columns, settings, roles, plan items) and
 * has its system columns recomputed. User columns of existing rows are never written.
 */
import { applyGuard, type SettingsGuard } from '../sheets/settings-guard';
import type { AcademicPeriod } from '../calendar/academic-calendar';
import { calendarEstimate } from '../calendar/calendar-estimate';
import { planYear } from '../calendar/dates';
import { daysOffFor } from '../calendar/year-days-off';
import { dottedList } from '../text/dotted-date';
import { asLang, type Lang } from '../i18n/lang';
import { t } from '../i18n/messages';
import { compareItemIds, itemId, parseItemId } from '../plan/item-id';
import { evaluateRow, type Evaluation } from '../plan/evaluate';
import type { PlanDocument, PlanItem } from '../plan/types';
import { knownRole } from '../roles/role-catalogue';
import { distinctRoles, emailDomain, RoleDirectory, isEmail, type RoleEntry } from '../roles/directory';
import { evaluatedColumns } from '../plan/system-values';
import { unitAbbreviation, unitLabel } from '../plan/unit-label';
import {
  adjacentRuns,
  cellReader,
  readCalendarSheet,
  readKeyValues,
  readRolesSheet,
  settingRowKey,
} from '../sheets/readers';
import { roleKey } from '../roles/split-responsible';
import { asCellText } from '../text/cell-text';
import {
  CALENDAR_SHEET,
  LOG_SHEET,
  locateColumns,
  NOTIFICATIONS_SHEET,
  PLAN_SHEET,
  REGISTER_SHEET,
  ROLES_SHEET,
  SETTINGS_SHEET,
  STATE_SHEET,
  TEMPLATES_SHEET,
  type SheetKey,
  type SheetSpec,
} from '../sheets/layout';
import { KINDS, kindOf, kindRelabel } from '../documents/kinds';
import { PERIOD_KIND_WORDS } from '../calendar/calendar-sheet';
import { relabel, wordFor, YES_NO } from '../i18n/words';
import { readSettings, SETTING_SPECS, type SettingSpec, type Settings } from '../sheets/settings';
import { settingLabel, settingValueWord } from '../sheets/setting-words';
import { parseStatus, STATUS_LABELS, statusRelabel } from '../sheets/status';
import { ty } from '../i18n/year-messages';
import type { CellValue, SheetPlan } from './operations';

export const SCHEMA_VERSION = '1';

export interface SetupInput {
  /** Each sheet's values as text (dates as ISO), header first; null where the sheet does not exist. */
  sheets: Record<SheetKey, { name: string; values: string[][] } | null>;
  /**
   * A plan to lay out on an empty Plan sheet, or whose missing items to bring back; absent, the Plan sheet is the plan
   * (refresh, sync, documents).
   */
  plan?: PlanDocument;
  /** Where the Plan sheet's items came from ("embedded:2025-2026", "import:plan.docx", …), kept in `_jospar`. */
  planSource?: string;
  /** Calendar links suggested for the plan's items, by item id. */
  suggestedLinks?: Record<string, string[]>;
  /** Items' names in Russian, by id, for the Plan's «Атауы (орысша)» column of a new plan (the embedded plan's). */
  namesRu?: Record<string, string>;
  today: string;
  /** Language for a spreadsheet that has no Settings yet. */
  defaultLang?: Lang;
  /** Bring back plan items whose rows were deleted (Set up: yes; a refresh of the system columns: no). */
  restoreMissing?: boolean;
  /** The Calendar state column's text by item id, from a calendar sync; rows not named keep what they show. */
  calendarStates?: ReadonlyMap<string, string>;
  /**
   * Evaluations already made in this run, by row input: a caller that plans twice (the calendar sync, before and after
   * its writes) hands the same map to both calls, so every deadline is read once per run.
   */
  evaluations?: Map<string, Evaluation>;
  /** The Document column's text by item id, from a document generation. */
  docLinks?: ReadonlyMap<string, string>;
  /** The owner's approved domains and calendar, kept where the sheet differs (core/sheets/settings-guard.ts). */
  settingsGuard?: SettingsGuard;
  /** User cells an import rewrites, by item id (plan-setup writes them and evaluates the rows with them). */
  updates?: ReadonlyMap<string, Record<string, string>>;
  /** `_jospar` marks of rows an import did not have ("file|date"), by item id; '' clears a mark. */
  removedMarks?: ReadonlyMap<string, string>;
}

/** One Plan row after Set up: its id, row index (header 0), user cells by column key, and evaluation. */
export interface RowResult {
  id: string;
  row: number;
  cells: Record<string, string>;
  evaluation: Evaluation;
}

export interface SetupResult {
  sheets: SheetPlan[];
  report: string[];
  changed: boolean;
  settings: Settings;
  calendar: AcademicPeriod[];
  rows: RowResult[];
  /** Problems for the Log: sheet, row, what. */
  problems: Array<{ sheet: string; row: number; message: string }>;
  /** The Settings rows Jospar knows after the writes (row index, header 0), for their value dropdowns. */
  settingRows: Array<{ row: number; key: string }>;
  /** Problems of roles the plan names (no email, an invalid or outside-domain one), one line each. */
  roleWarnings: string[];
}

/** An evaluation from the run's memo when the row's input is the same (a copy: callers add warnings to it). */
function memo<R>(cache: Map<string, Evaluation> | undefined, row: R, evaluate: () => Evaluation): Evaluation {
  if (!cache) return evaluate();
  const key = JSON.stringify(row);
  let ev = cache.get(key);
  if (!ev) cache.set(key, (ev = evaluate()));
  return { ...ev, warnings: [...ev.warnings] };
}

type Ctx = { lang: Lang; report: string[]; problems: SetupResult['problems'] };

export function planSetup(given: SetupInput): SetupResult {
  // A sheet with nothing in it (a run cut off right after creating it, or a user who cleared it) is laid out anew.
  const sheets = Object.fromEntries(
    Object.entries(given.sheets).map(([k, v]) => [
      k,
      v && v.values.some((r) => r.some((c) => String(c).trim() !== '')) ? v : null,
    ]),
  ) as SetupInput['sheets'];
  const input: SetupInput = { ...given, sheets };
  const settingsRead = readKeyValues(input.sheets.settings);
  const lang = asLang(settingsRead.get('language') ?? input.defaultLang ?? 'kk');
  const ctx: Ctx = { lang, report: [], problems: [] };

  // A new Settings sheet takes the year, days off and signatory of the plan laid out with it.
  const fromPlan = input.sheets.settings ? new Map<string, string>() : planSettings(input.plan);
  const settingRows: SetupResult['settingRows'] = [];
  const settingsPlan = setupSettings(input.sheets.settings, lang, ctx, fromPlan, settingRows);
  const guarded = applyGuard(new Map([...fromPlan, ...settingsRead]), input.settingsGuard);
  const settings = readSettings(guarded.values);
  settings.problems.push(...guarded.refused);
  if (!input.sheets.settings) settings.language = lang;
  // Each problem names its setting first ("reminderDays: …"): it is reported on that setting's row.
  // The setting is named as the sheet shows it, its code beside it ("Күнтізбе еске салулары (reminderDays): …").
  const settingCell = cellReader(SETTINGS_SHEET, input.sheets.settings?.values[0] ?? []);
  const settingRow = (key: string) =>
    (input.sheets.settings?.values.findIndex(
      (r, i) => i > 0 && settingRowKey(settingCell(r, 'key'), settingCell(r, 'name')) === key,
    ) ?? -1) + 1;
  for (const p of settings.problems) {
    const key = p.split(':')[0];
    const named = settingLabel(key, lang) === key ? p : `${settingLabel(key, lang)} (${key})${p.slice(key.length)}`;
    ctx.problems.push({ sheet: SETTINGS_SHEET.name[lang], row: settingRow(key), message: named });
  }

  const { plan: calendarPlan, periods } = setupCalendar(
    input.sheets.calendar,
    lang,
    ctx,
    calendarEstimate(settings.year),
  );
  const planRows = readPlanRows(input.sheets.plan);
  // Roles come from the rows the sheet has and from the plan's items; items are counted on the rows users keep.
  const sheetCells = planRows.map((r) => r.cells.responsible);
  const planItems = input.plan?.items ?? [];
  const planCells = planItems.map((i) => i.responsible);
  const sheetIds = new Set(planRows.map((r) => r.cells.id.trim()));
  const restoring =
    input.restoreMissing === false ? [] : planItems.filter((i) => !sheetIds.has(itemId(i.section, i.no)));
  const itemCells = input.sheets.plan ? [...sheetCells, ...restoring.map((i) => i.responsible)] : planCells;
  const {
    plan: rolesPlan,
    directory,
    roleWarnings,
  } = setupRoles(input.sheets.roles, [...sheetCells, ...planCells], itemCells, lang, ctx, [
    settings.emailDomain,
    ...settings.extraDomains,
  ]);
  const daysOff = new Set(settings.daysOff);
  const { plan: planPlan, rows } = setupPlan(input, planRows, lang, ctx, (row) =>
    memo(input.evaluations, row, () =>
      evaluateRow(row, { settings, calendar: periods, roles: directory, today: input.today, daysOff }),
    ),
  );
  const templatesPlan = setupTemplates(input.sheets.templates, lang, ctx);
  const registerPlan = input.sheets.register
    ? existing(REGISTER_SHEET, input.sheets.register, ctx, false)
    : created(REGISTER_SHEET, lang, [], ctx, false);
  const logPlan = input.sheets.log
    ? existing(LOG_SHEET, input.sheets.log, ctx, false)
    : created(LOG_SHEET, lang, [], ctx);
  const notificationsPlan = input.sheets.notifications
    ? existing(NOTIFICATIONS_SHEET, input.sheets.notifications, ctx, false)
    : created(NOTIFICATIONS_SHEET, lang, [], ctx);
  const statePlan = input.sheets.state
    ? existing(STATE_SHEET, input.sheets.state, ctx, false)
    : created(
        STATE_SHEET,
        lang,
        [
          { key: 'schemaVersion', value: SCHEMA_VERSION },
          { key: 'createdOn', value: input.today },
          ...(input.planSource ? [{ key: PLAN_SOURCE, value: input.planSource }] : []),
        ],
        ctx,
        false,
      );
  const stateRows = stateIndex(input.sheets.state?.values);
  if (input.sheets.state && input.planSource)
    setStateValue(statePlan, input.sheets.state.values, stateRows, PLAN_SOURCE, input.planSource);
  if (input.sheets.state)
    for (const [id, mark] of input.removedMarks ?? [])
      if (mark || stateRows.has(REMOVED + id))
        setStateValue(statePlan, input.sheets.state.values, stateRows, REMOVED + id, mark);

  const plans = [
    planPlan,
    rolesPlan,
    calendarPlan,
    templatesPlan,
    registerPlan,
    settingsPlan,
    logPlan,
    notificationsPlan,
    statePlan,
  ];
  const changed = plans.some((s) => s.create || s.writes.length > 0);
  const withWarnings = rows.filter((r) => r.evaluation.warnings.length > 0).length;
  if (withWarnings > 0) ctx.report.push(t(lang, 'rowProblems', { count: withWarnings }));
  // Set up asks for who signs and who controls the orders until Settings names them (the orders print both).
  const o = settings.orders;
  const missing = [
    [o.signatoryPosition, 'orderSignatoryPosition'],
    [o.signatoryName, 'orderSignatoryName'],
    [o.controllerPosition, 'orderControllerPosition'],
    [o.controllerName, 'orderControllerName'],
  ]
    .filter(([value]) => !value.trim())
    .map(([, key]) => settingLabel(key, lang));
  if (missing.length) ctx.report.push(t(lang, 'orderPeopleMissing', { names: missing.join(', ') }));
  if (!changed) ctx.report.unshift(t(lang, 'setupNothing'));
  return {
    sheets: plans,
    report: ctx.report,
    changed,
    settings,
    calendar: periods,
    rows,
    problems: ctx.problems,
    settingRows,
    roleWarnings,
  };
}

export const PLAN_SOURCE = 'planSource';
/** `_jospar` key prefix of a row an import did not have, waiting for a person to confirm. */
export const REMOVED = 'removed:';

/** A value of the `_jospar` sheet (key, value rows), or ''. */
export function stateValue(values: readonly string[][] | undefined, key: string): string {
  return String((values ?? []).slice(1).find((r) => String(r[0]) === key)?.[1] ?? '');
}

/**
 * Each key of the `_jospar` sheet → its first row (its index in `values`), built once per run: the sheet holds the
 * calendar's records too (thousands of rows), and scanning it once per plan row made Set up and the sync quadratic.
 */
export function stateIndex(values: readonly string[][] | undefined): Map<string, number> {
  const at = new Map<string, number>();
  (values ?? []).forEach((r, i) => {
    if (i > 0 && !at.has(String(r[0]))) at.set(String(r[0]), i);
  });
  return at;
}

function setStateValue(plan: SheetPlan, values: string[][], rows: Map<string, number>, key: string, value: string) {
  const at = rows.get(key) ?? -1;
  if (at > 0 && String(values[at][1]) === value) return;
  if (at > 0) plan.writes.push({ row: at, col: 1, values: [[value]] });
  else appendRows(plan, STATE_SHEET, [{ key, value }]);
}

/** Settings a plan brings to a new spreadsheet: its year, that year's days off, its title and signatory. */
function planSettings(plan: PlanDocument | undefined): Map<string, string> {
  const out = new Map<string, string>();
  const year = plan ? planYear(plan.academicYear) : null;
  if (!plan || !year) return out;
  out.set('academicYear', year.label);
  out.set('daysOff', dottedList(daysOffFor(year)));
  out.set('daysOffSource', year.startYear === 2025 ? 'government 2025-2026' : `computed ${year.label}`);
  if (plan.title) out.set('planTitle', plan.title.split(year.label).join('{{academicYear}}'));
  if (plan.signatory.position) out.set('signatoryPosition', plan.signatory.position);
  if (plan.signatory.name) out.set('signatoryName', plan.signatory.name);
  if (plan.approver?.position) out.set('approverPosition', plan.approver.position);
  if (plan.approver?.name) out.set('approverName', plan.approver.name);
  return out;
}

// ---- helpers shared by the sheets ----

/** A new sheet: header and rows (by column key) in one write. */
function created(spec: SheetSpec, lang: Lang, rows: Array<Record<string, CellValue>>, ctx: Ctx, say = true): SheetPlan {
  const header = spec.columns.map((c) => c.header[lang]);
  if (say) ctx.report.push(t(lang, 'sheetCreated', { sheet: spec.name[lang], rows: rows.length }));
  return {
    key: spec.key,
    name: spec.name[lang],
    create: true,
    writes: [
      {
        row: 0,
        col: 0,
        values: [header, ...rows.map((r) => spec.columns.map((c, i) => cellFor(spec, i, r[c.key] ?? '')))],
      },
    ],
    rows: rows.length + 1,
    columns: header.length,
    columnIndex: Object.fromEntries(spec.columns.map((c, i) => [c.key, i])),
  };
}

function existing(spec: SheetSpec, sheet: { name: string; values: string[][] }, ctx: Ctx, say = true): SheetPlan {
  const header = sheet.values[0] ?? [];
  const map = locateColumns(spec, header);
  if (say)
    ctx.report.push(t(ctx.lang, 'sheetFound', { sheet: sheet.name, rows: Math.max(0, dataRowCount(sheet.values)) }));
  const plan: SheetPlan = {
    key: spec.key,
    name: sheet.name,
    create: false,
    writes: [],
    rows: sheet.values.length,
    columns: header.length,
    columnIndex: Object.fromEntries(map),
  };
  // Headers an older Jospar wrote are renamed to the current ones (Jospar's own text, in the sheet's language).
  for (const c of spec.columns) {
    const i = map.get(c.key);
    if (i === undefined || !c.aliases) continue;
    const h = String(header[i]).trim().toLowerCase();
    if (c.aliases.some((a) => a.toLowerCase() === h))
      plan.writes.push({ row: 0, col: i, values: [[c.header[ctx.lang]]] });
  }
  // Columns a user deleted (or an older Jospar did not have) come back at the right end, header only.
  const missing = spec.columns.filter((c) => !map.has(c.key));
  if (missing.length > 0) {
    const width = header.length;
    plan.writes.push({ row: 0, col: width, values: [missing.map((c) => c.header[ctx.lang])] });
    missing.forEach((c, i) => {
      plan.columnIndex[c.key] = width + i;
    });
    plan.columns = width + missing.length;
    ctx.report.push(
      t(ctx.lang, 'columnsAdded', { sheet: sheet.name, columns: missing.map((c) => c.header[ctx.lang]).join(', ') }),
    );
  }
  return plan;
}

function dataRowCount(values: string[][]): number {
  return values.slice(1).filter((r) => r.some((c) => String(c).trim() !== '')).length;
}

/** User text goes in as text; numbers stay numbers. */
function cellFor(spec: SheetSpec, colIndex: number, v: CellValue): CellValue {
  if (typeof v !== 'string') return v;
  return spec.columns[colIndex]?.format === 'date' ? v : asCellText(v);
}

/** Rows appended below the existing ones, laid out by the sheet's current column positions. */
function appendRows(plan: SheetPlan, spec: SheetSpec, rows: Array<Record<string, CellValue>>): void {
  if (rows.length === 0) return;
  const values = rows.map((r) => {
    const line: CellValue[] = new Array(plan.columns).fill('');
    for (const c of spec.columns) {
      const i = plan.columnIndex[c.key];
      if (i !== undefined && r[c.key] !== undefined) line[i] = cellFor(spec, spec.columns.indexOf(c), r[c.key]);
    }
    return line;
  });
  plan.writes.push({ row: plan.rows, col: 0, values });
  plan.rows += rows.length;
}

/**
 * A column's cells that hold a value from a list in another form (a code an older Jospar wrote, another language's
 * word) rewritten as the current language's word; only those cells, in runs of adjacent rows, so that nothing else in
 * a user's column is touched. `word` says the word a cell should show, or null to leave it.
 */
function relabelColumn(
  plan: SheetPlan,
  values: string[][],
  spec: SheetSpec,
  key: string,
  word: (cell: string) => string | null,
): void {
  const at = plan.columnIndex[key];
  if (at === undefined) return;
  const wanted = new Map<number, string>();
  values.forEach((r, i) => {
    const w = i > 0 && String(r[at] ?? '').trim() ? word(String(r[at])) : null;
    if (w !== null) wanted.set(i, w);
  });
  const colIndex = spec.columns.findIndex((c) => c.key === key);
  for (const run of adjacentRuns([...wanted.keys()]))
    plan.writes.push({ row: run[0], col: at, values: run.map((r) => [cellFor(spec, colIndex, wanted.get(r)!)]) });
}

// ---- Settings ----

function setupSettings(
  sheet: { name: string; values: string[][] } | null,
  lang: Lang,
  ctx: Ctx,
  fromPlan: ReadonlyMap<string, string>,
  rowsOut: SetupResult['settingRows'],
): SheetPlan {
  const rowOf = (x: SettingSpec, value: string) => ({
    key: x.key,
    name: settingLabel(x.key, lang),
    value: settingValueWord(x.key, value, lang),
    description: x.description[lang],
  });
  if (!sheet) {
    SETTING_SPECS.forEach((x, i) => rowsOut.push({ row: i + 1, key: x.key }));
    return created(
      SETTINGS_SHEET,
      lang,
      SETTING_SPECS.map((x) => rowOf(x, x.key === 'language' ? lang : (fromPlan.get(x.key) ?? x.value))),
      ctx,
    );
  }
  const plan = existing(SETTINGS_SHEET, sheet, ctx);
  rowsOut.push(...relabelSettings(plan, sheet.values, lang));
  const have = readKeyValues(sheet);
  const missing = SETTING_SPECS.filter((s) => !have.has(s.key));
  missing.forEach((s, i) => rowsOut.push({ row: plan.rows + i, key: s.key }));
  appendRows(
    plan,
    SETTINGS_SHEET,
    missing.map((s) => rowOf(s, s.value)),
  );
  if (missing.length)
    ctx.report.push(
      t(lang, 'rowsAdded', {
        sheet: sheet.name,
        count: missing.length,
        ids: missing.map((s) => settingLabel(s.key, lang)).join(', '),
      }),
    );
  return plan;
}

/**
 * Every known Settings row as the current language shows it: its code (kept for Jospar), its name, its description,
 * and a value from a list as that language's word. A sheet of an older Jospar (codes, English values) or one whose
 * language was switched is rewritten so, a column at a time; the value means what it meant.
 */
function relabelSettings(plan: SheetPlan, values: string[][], lang: Lang): Array<{ row: number; key: string }> {
  const cell = cellReader(SETTINGS_SHEET, values[0] ?? []);
  const wanted = new Map<number, Record<string, string>>();
  values.slice(1).forEach((r, i) => {
    const key = settingRowKey(cell(r, 'key'), cell(r, 'name'));
    const spec = SETTING_SPECS.find((x) => x.key === key);
    if (!spec) return;
    wanted.set(i + 1, {
      key,
      name: settingLabel(key, lang),
      description: spec.description[lang],
      value: settingValueWord(key, cell(r, 'value'), lang),
    });
  });
  // The code first: a run cut off after it has every row known by its code, whatever the other cells say. Jospar's
  // columns go in one write each; the user's Value cells only where they change (runs of adjacent rows), so that a
  // formula or a number elsewhere in that column stays as it is.
  const colOf = (key: string) => SETTINGS_SHEET.columns.findIndex((c) => c.key === key);
  for (const key of ['key', 'name', 'description', 'value']) {
    const at = plan.columnIndex[key];
    if (at === undefined) continue;
    const rows = [...wanted].filter(([row, w]) => String(values[row]?.[at] ?? '') !== w[key]).map(([row]) => row);
    if (rows.length === 0) continue;
    const runs = key === 'value' ? adjacentRuns(rows) : [values.slice(1).map((_r, i) => i + 1)];
    for (const run of runs)
      plan.writes.push({
        row: run[0],
        col: at,
        values: run.map((row) => [
          cellFor(SETTINGS_SHEET, colOf(key), wanted.get(row)?.[key] ?? values[row][at] ?? ''),
        ]),
      });
  }
  return [...wanted].map(([row, w]) => ({ row, key: w.key }));
}

// ---- Templates ----

/** One row per kind of document; users point rows at their own Docs, or let "Create default templates" fill them. */
function setupTemplates(sheet: { name: string; values: string[][] } | null, lang: Lang, ctx: Ctx): SheetPlan {
  const rowOf = (k: (typeof KINDS)[number]) => ({
    kind: k.name[lang],
    keywords: k.keywords.join(', '),
    template: '',
    folder: '',
    pattern: '{{id}} {{kind}} {{date}}',
    listSheet: '',
    pdf: wordFor(YES_NO, 'no', lang),
    check: t(lang, 'templateMissing'),
  });
  if (!sheet) return created(TEMPLATES_SHEET, lang, KINDS.map(rowOf), ctx);
  const plan = existing(TEMPLATES_SHEET, sheet, ctx);
  const cell = cellReader(TEMPLATES_SHEET, sheet.values[0]);
  relabelColumn(plan, sheet.values, TEMPLATES_SHEET, 'kind', (c) => kindRelabel(c, lang));
  relabelColumn(plan, sheet.values, TEMPLATES_SHEET, 'pdf', (c) => relabel(YES_NO, c, lang));
  const have = new Set(sheet.values.slice(1).map((r) => kindOf(cell(r, 'kind'))));
  const missing = KINDS.filter((k) => !have.has(k.kind));
  appendRows(plan, TEMPLATES_SHEET, missing.map(rowOf));
  if (missing.length)
    ctx.report.push(
      t(lang, 'rowsAdded', {
        sheet: sheet.name,
        count: missing.length,
        ids: missing.map((k) => k.name[lang]).join(', '),
      }),
    );
  return plan;
}

// ---- Academic calendar ----

function setupCalendar(
  sheet: { name: string; values: string[][] } | null,
  lang: Lang,
  ctx: Ctx,
  estimate: AcademicPeriod[],
): { plan: SheetPlan; periods: AcademicPeriod[] } {
  const rowOf = (p: AcademicPeriod) => ({
    id: p.id,
    kind: wordFor(PERIOD_KIND_WORDS, p.kind, lang),
    start: p.start,
    end: p.end,
    kk: p.name.kk,
    ru: p.name.ru,
    en: p.name.en,
    source: t(lang, 'estimate'),
  });
  if (!sheet)
    return {
      plan: created(CALENDAR_SHEET, lang, estimate.map(rowOf), ctx),
      periods: estimate,
    };
  if (dataRowCount(sheet.values) === 0) {
    // A header with no periods under it: the estimate goes in again.
    const plan = existing(CALENDAR_SHEET, sheet, ctx);
    appendRows(plan, CALENDAR_SHEET, estimate.map(rowOf));
    return { plan, periods: estimate };
  }
  const plan = existing(CALENDAR_SHEET, sheet, ctx);
  relabelColumn(plan, sheet.values, CALENDAR_SHEET, 'kind', (cell) => relabel(PERIOD_KIND_WORDS, cell, lang));
  const { periods, problems } = readCalendarSheet(sheet);
  for (const p of problems) ctx.problems.push({ sheet: sheet.name, row: p.row, message: p.message });
  return { plan, periods };
}

// ---- Roles ----

function setupRoles(
  sheet: { name: string; values: string[][] } | null,
  responsibleCells: string[],
  itemCells: string[],
  lang: Lang,
  ctx: Ctx,
  allowedDomains: string[],
): { plan: SheetPlan; directory: RoleDirectory; roleWarnings: string[] } {
  const entries: Array<RoleEntry & { row: number }> = sheet ? readRolesSheet(sheet) : [];
  const firstNewRow = sheet ? sheet.values.length : 1;
  const directory0 = new RoleDirectory(entries);
  const added: Array<Record<string, CellValue>> = [];
  for (const name of distinctRoles(responsibleCells)) {
    if (directory0.find(name) || added.some((a) => roleKey(String(a.role)) === roleKey(name))) continue;
    const info = knownRole(name);
    added.push({
      role: name,
      kk: info?.kk ?? '',
      ru: info?.ru ?? '',
      en: info?.en ?? '',
      emails: '',
      escalateTo: info?.escalateTo ?? '',
      aliases: info?.aliases.join(', ') ?? '',
    });
    entries.push({
      row: firstNewRow + added.length - 1,
      name,
      emails: [],
      aliases: info?.aliases ?? [],
      escalateTo: info?.escalateTo ?? '',
      described: !!info,
    });
  }
  const directory = new RoleDirectory(entries);

  // System columns: how many items name the role, and what is wrong with it.
  const counts = new Map<RoleEntry, number>();
  for (const cell of itemCells)
    for (const name of distinctRoles([cell])) {
      const e = directory.find(name);
      if (e) counts.set(e, (counts.get(e) ?? 0) + 1);
    }
  const check = (e: RoleEntry) => {
    if (!e.described) return t(lang, 'wRoleUnknown', { role: e.name });
    if (e.emails.length === 0) return t(lang, 'emailsMissing');
    const bad = e.emails.filter((x) => !isEmail(x));
    if (bad.length) return t(lang, 'wBadEmail', { email: bad.join(', ') });
    // Outside the allowed domains: never invited, never mailed; said here so the keeper sees why.
    const foreign = e.emails.filter((x) => !allowedDomains.includes(emailDomain(x)));
    return foreign.length
      ? t(lang, 'wForeignEmail', { email: foreign.join(', '), domain: allowedDomains[0] ?? '' })
      : t(lang, 'ok');
  };
  const systemOf = (e: RoleEntry) => ({ items: counts.get(e) ?? 0, check: check(e) });

  const newRows = added.map((a) => ({ ...a, ...systemOf(directory.find(String(a.role))!) }));
  // Roles the plan names but nobody can be invited for: one line here, and the Roles sheet's check column, instead of a
  // warning on every row that names them.
  const silent = [...counts.keys()].filter((e) => e.described && e.emails.length === 0).map((e) => e.name);
  // Every problem of a role the plan names, once (the Overview lists these; the rows no longer repeat them).
  const roleWarnings = [...counts.keys()]
    .filter((e) => e.described && check(e) !== t(lang, 'ok'))
    .map((e) => `${e.name}: ${check(e)}`);
  if (silent.length) ctx.report.push(t(lang, 'rolesWithoutEmail', { count: silent.length, roles: silent.join(', ') }));
  if (!sheet) return { plan: created(ROLES_SHEET, lang, newRows, ctx), directory, roleWarnings };
  const plan = existing(ROLES_SHEET, sheet, ctx);
  updateSystemColumns(
    plan,
    ROLES_SHEET,
    sheet.values,
    entries.filter((e) => e.row < sheet.values.length).map((e) => ({ row: e.row, values: systemOf(e) })),
    ctx,
  );
  appendRows(plan, ROLES_SHEET, newRows);
  if (added.length)
    ctx.report.push(
      t(lang, 'rowsAdded', { sheet: plan.name, count: added.length, ids: added.map((a) => a.role).join(', ') }),
    );
  return { plan, directory, roleWarnings };
}

/**
 * Rewrites system columns where their text differs from what is there, as one write per run of adjacent system columns
 * covering all data rows (cheaper in calls than a write per changed cell, and Sheets bills by call).
 */
function updateSystemColumns(
  plan: SheetPlan,
  spec: SheetSpec,
  values: string[][],
  rows: Array<{ row: number; values: Record<string, CellValue> }>,
  ctx: Ctx,
): number {
  const keys = spec.columns.filter((c) => c.owner === 'system').map((c) => c.key);
  const byRow = new Map(rows.map((r) => [r.row, r.values]));
  const differs = (r: (typeof rows)[number], k: string) =>
    r.values[k] !== undefined && String(values[r.row]?.[plan.columnIndex[k]] ?? '') !== String(r.values[k]);
  const changedRows = rows.filter((r) => keys.some((k) => differs(r, k)));
  if (changedRows.length === 0) return 0;
  // Only the columns that changed somewhere are written (system columns need not be adjacent).
  const runs = adjacentRuns(keys.filter((k) => rows.some((r) => differs(r, k))).map((k) => plan.columnIndex[k]));
  const lastRow = values.length - 1;
  for (const run of runs) {
    const block: CellValue[][] = [];
    for (let r = 1; r <= lastRow; r++) {
      const sys = byRow.get(r);
      block.push(
        run.map((ci) => {
          const key = spec.columns.find((c) => plan.columnIndex[c.key] === ci)!.key;
          return sys && sys[key] !== undefined
            ? cellFor(
                spec,
                spec.columns.findIndex((c) => c.key === key),
                sys[key],
              )
            : (values[r]?.[ci] ?? '');
        }),
      );
    }
    if (block.length) plan.writes.push({ row: 1, col: run[0], values: block });
  }
  if (spec.key === 'plan')
    ctx.report.push(t(ctx.lang, 'systemUpdated', { sheet: plan.name, count: changedRows.length }));
  return changedRows.length;
}

// ---- Plan ----

interface PlanRowRead {
  row: number;
  cells: Record<string, string>;
}

function readPlanRows(sheet: { values: string[][] } | null): PlanRowRead[] {
  if (!sheet) return [];
  const cols = locateColumns(PLAN_SHEET, sheet.values[0] ?? []);
  return sheet.values
    .slice(1)
    .map((r, i) => ({
      row: i + 1,
      cells: Object.fromEntries(
        PLAN_SHEET.columns.map((c) => [c.key, cols.has(c.key) ? String(r[cols.get(c.key)!] ?? '') : '']),
      ),
    }))
    .filter((r) => Object.values(r.cells).some((v) => v.trim() !== ''));
}

/** The section a row belongs to, from its Unit cell ("1. Оқу процесін …", "1", or the unit's title). */
function sectionOf(unit: string, plan: PlanDocument | undefined, rows: readonly PlanRowRead[]): number | null {
  const m = /^\s*(\d{1,2})\b/.exec(unit);
  if (m) return Number(m[1]);
  const u = unit.trim().toLowerCase();
  const sections = plan?.sections ?? sheetSections(rows);
  const s = sections.find((x) => x.title.trim().toLowerCase() === u || unitAbbreviation(x.title).toLowerCase() === u);
  return s ? s.no : null;
}

/** A user cell's new text: a date column takes the ISO date as a date, every other column keeps the text as text. */
function userCell(key: string, value: string): string {
  return PLAN_SHEET.columns.find((c) => c.key === key)?.format === 'date' ? value : asCellText(value);
}

/** An import's new text in a row's user cells: one write per run of adjacent columns; the row is read with it. */
function writeUserCells(plan: SheetPlan, r: PlanRowRead, update: Record<string, string>): void {
  const keys = Object.keys(update).filter((k) => plan.columnIndex[k] !== undefined);
  const keyAt = new Map(keys.map((k) => [plan.columnIndex[k], k]));
  for (const run of adjacentRuns([...keyAt.keys()]))
    plan.writes.push({
      row: r.row,
      col: run[0],
      values: [run.map((ci) => userCell(keyAt.get(ci)!, update[keyAt.get(ci)!]))],
    });
  Object.assign(r.cells, update);
}

/** Units named on the sheet ("1. Title"), for rows that give only a title. */
function sheetSections(rows: readonly PlanRowRead[]): Array<{ no: number; title: string }> {
  const out: Array<{ no: number; title: string }> = [];
  for (const r of rows) {
    const m = /^\s*(\d{1,2})\s*[.)]?\s*(.+)$/.exec(r.cells.unit);
    if (m && !out.some((s) => s.no === Number(m[1]))) out.push({ no: Number(m[1]), title: m[2].trim() });
  }
  return out;
}

function setupPlan(
  input: SetupInput,
  rowsRead: PlanRowRead[],
  lang: Lang,
  ctx: Ctx,
  evaluate: (r: { responsible: string; deadline: string; links: string }) => Evaluation,
): { plan: SheetPlan; rows: RowResult[] } {
  const sheet = input.sheets.plan;
  const planned = (item: PlanItem) => ({
    unit: unitLabel(item),
    no: String(item.no),
    activity: item.activity,
    responsible: item.responsible,
    deadline: item.deadline,
    deliverable: item.deliverable,
    status: STATUS_LABELS.planned[lang],
    links: (input.suggestedLinks?.[itemId(item.section, item.no)] ?? []).join(', '),
    nameRu: item.nameRu || input.namesRu?.[itemId(item.section, item.no)] || '',
    evidence: '',
    notes: '',
  });
  const systemOf = (id: string, cells: Record<string, string>, ev: Evaluation): Record<string, CellValue> => ({
    id,
    ...evaluatedColumns(ev, lang, { status: cells.status ?? '', doneOn: cells.doneOn ?? '', today: input.today }),
    docLink: input.docLinks?.get(id) ?? cells.docLink ?? '',
    calendarState: input.calendarStates?.get(id) ?? cells.calendarState ?? '',
  });
  const results: RowResult[] = [];

  if (!sheet) {
    const rows = (input.plan?.items ?? []).map((item) => {
      const id = itemId(item.section, item.no);
      const cells = planned(item);
      const ev = evaluate(cells);
      results.push({ id, row: results.length + 1, cells, evaluation: ev });
      return { ...cells, ...systemOf(id, cells, ev) };
    });
    return { plan: created(PLAN_SHEET, lang, rows, ctx), rows: results };
  }

  const plan = existing(PLAN_SHEET, sheet, ctx);
  // Ids: keep each row's id; give one to rows without (a user inserted them) or with a repeated one (a copied row).
  const used = new Set<string>();
  const assigned: string[] = [];
  const idOf = new Map<number, string>();
  const pending: PlanRowRead[] = [];
  for (const r of rowsRead) {
    const id = r.cells.id.trim();
    if (id && parseItemId(id) && !used.has(id)) {
      used.add(id);
      idOf.set(r.row, id);
    } else pending.push(r);
  }
  // The highest number in use per section, kept as ids are given: a new id costs no scan of the others.
  const highest = new Map<number, number>();
  const noteId = (id: string) => {
    const p = parseItemId(id);
    if (p) highest.set(p.section, Math.max(highest.get(p.section) ?? 0, p.no));
  };
  for (const id of used) noteId(id);
  for (const r of pending) {
    const section = sectionOf(r.cells.unit, input.plan, rowsRead) ?? 0;
    const no = Number(/\d+/.exec(r.cells.no)?.[0] ?? NaN);
    let id = Number.isFinite(no) ? itemId(section, no) : '';
    if (!id || used.has(id)) id = itemId(section, (highest.get(section) ?? 0) + 1);
    used.add(id);
    noteId(id);
    idOf.set(r.row, id);
    assigned.push(id);
  }
  if (assigned.length) ctx.report.push(t(lang, 'idsAssigned', { ids: assigned.join(', ') }));

  const marks = input.sheets.state?.values ?? [];
  const markRows = stateIndex(marks);
  const markOf = (id: string) => {
    const at = markRows.get(REMOVED + id);
    return at === undefined ? '' : String(marks[at][1] ?? '');
  };
  const sysRows = rowsRead.map((r) => {
    const id = idOf.get(r.row)!;
    const update = input.updates?.get(id);
    if (update) writeUserCells(plan, r, update);
    const mark = input.removedMarks?.get(id) ?? markOf(id);
    const ev = evaluate({ responsible: r.cells.responsible, deadline: r.cells.deadline, links: r.cells.links });
    if (sectionOf(r.cells.unit, input.plan, rowsRead) === null) ev.warnings.push(t(lang, 'wNoSection'));
    if (mark && parseStatus(r.cells.status) !== 'cancelled') {
      const [file, date] = mark.split('|');
      ev.warnings.unshift(ty(lang, 'wRemoved', { file, date: date ?? '' }));
    }
    const values = systemOf(id, r.cells, ev);
    results.push({ id, row: r.row, cells: r.cells, evaluation: ev });
    return { row: r.row, values };
  });
  updateSystemColumns(plan, PLAN_SHEET, sheet.values, sysRows, ctx);
  // A status in another language or an older label shows as the current language's word (its dropdown's value).
  relabelColumn(plan, sheet.values, PLAN_SHEET, 'status', (c) => statusRelabel(c, lang));

  // Items of the plan that the sheet lacks: a user deleted the row. They come back at the bottom.
  const missing = (input.plan?.items ?? [])
    .filter((item) => input.restoreMissing !== false && !used.has(itemId(item.section, item.no)))
    .sort((a, b) => compareItemIds(itemId(a.section, a.no), itemId(b.section, b.no)));
  appendRows(
    plan,
    PLAN_SHEET,
    missing.map((item, i) => {
      const id = itemId(item.section, item.no);
      const cells = planned(item);
      const ev = evaluate(cells);
      results.push({ id, row: plan.rows + i, cells, evaluation: ev });
      return { ...cells, ...systemOf(id, cells, ev) };
    }),
  );
  if (missing.length)
    ctx.report.push(
      t(lang, 'itemsRestored', { count: missing.length, ids: missing.map((i) => itemId(i.section, i.no)).join(', ') }),
    );
  return { plan, rows: results };
}
