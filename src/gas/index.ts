/**
 * The entry module: every function Apps Script calls (simple triggers, menu items, installable triggers, sidebar calls)
 * is exported here and nowhere else. The build turns each export into a top-level function declaration in Code.js,
 * because Apps Script sees only those. Logic lives in the modules these call.
 */
import { parsePlanItems } from '../core/plan/plan-file';
import { t } from '../core/i18n/messages';
import { rememberedLang, tellUser } from './context';
import { buildMenu } from './menu';
import { handleEdit } from './on-edit';
import { setUpPlan, type SetupOutcome } from './setup';
import { syncCalendar, type SyncOutcome } from './calendar/sync';
import { continueDocuments, generateDocuments, type GenerateOptions, type GenerateOutcome } from './documents/generate';
import { createDefaultTemplates, type TemplatesOutcome } from './documents/templates';
import { importPlanFile, type ImportOutcome } from './import/import-plan';
import { showImportDialog } from './import/import-dialog';
import { startNewYear, type NewYearOutcome } from './year/new-year';
import { setItemStatus, type StatusOutcome } from './plan/item-status';
import { makeExecutionReport, printPlan, type DocOutcome } from './year/plan-documents';

/** Simple trigger: builds the menu. Nothing here may need authorisation. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(rememberedLang());
}

/** Runs when the add-on is installed from the Marketplace: the same menu at once. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/** Simple trigger: a Deadline, Responsible or Calendar periods edit re-reads that row. */
export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  try {
    handleEdit(e);
  } catch (err) {
    console.log(`[jospar] onEdit: ${(err as Error).message}`);
  }
}

/** Menu: Set up plan (on an empty spreadsheet the embedded approved plan; otherwise completes what the sheets lack). */
export function josparSetUpPlan(): SetupOutcome {
  return setUpPlan();
}

/**
 * Sets up the spreadsheet from plan items given as data (an imported CSV or JSON plan); items with problems are left
 * out and reported, the rest proceed.
 */
export function josparImportPlan(
  items: unknown[],
  source = 'plan',
  firstRow = 1,
): SetupOutcome & { problems: string[] } {
  const parsed = parsePlanItems(items, source, '', firstRow);
  const outcome = setUpPlan(parsed.plan, { interactive: false, planSource: `import:${source}` });
  return { ...outcome, problems: parsed.problems.map((p) => p.message) };
}

/** Menu: Import plan (a dialog to upload the approved plan). */
export function josparImportPlanDialog(): void {
  showImportDialog(rememberedLang());
}

/**
 * Called by the Import plan dialog (google.script.run) with the uploaded file's name and bytes (base64), and by
 * `jospar import`: merges the plan in the file into the Plan sheet by item id; a file it cannot read changes nothing.
 */
export function josparImportPlanFile(name: string, base64: string, interactive = true): ImportOutcome {
  return importPlanFile(String(name), String(base64), { interactive });
}

/** Menu: New academic year (`to` given by `jospar rollover --to`; the menu takes the year after Settings'). */
export function josparNewAcademicYear(to?: string, interactive = true): NewYearOutcome {
  return startNewYear(typeof to === 'string' ? to : undefined, { interactive: interactive !== false });
}

/** For the sidebar: sets an item's status by ID and records its date done (cleared when it is no longer done). */
export function josparSetItemStatus(id: string, status: string): StatusOutcome {
  return setItemStatus(String(id), String(status));
}

/** Menu: Print plan (the approved-plan document as a Google Doc). */
export function josparPrintPlan(interactive = true): DocOutcome {
  return printPlan({ interactive: interactive !== false });
}

/** Menu: Execution report for the year; from code also for "semester-1", "q2", "2026-03" … */
export function josparExecutionReport(period?: string, interactive = true): DocOutcome {
  return makeExecutionReport(typeof period === 'string' ? period : 'year', { interactive: interactive !== false });
}

/** Menu: recompute every row's system columns (after the calendar, roles or settings changed). */
export function josparRefreshDeadlines(): SetupOutcome {
  return setUpPlan(undefined, { restoreMissing: false });
}

/** Menu: Sync calendar. */
export function josparSyncCalendar(): SyncOutcome {
  return syncCalendar();
}

/** One-off trigger: the rest of a sync that stopped at its time budget or the daily quota. */
export function josparContinueSync(): SyncOutcome {
  return syncCalendar({ interactive: false, fromTrigger: true });
}

/** Nightly trigger: the calendar follows the plan without anyone asking. */
export function josparNightlySync(): SyncOutcome {
  return syncCalendar({ interactive: false, fromTrigger: true });
}

/** Menu: Create default templates (Jospar's order, report and plan Docs, and their folders). */
export function josparCreateTemplates(): TemplatesOutcome {
  return createDefaultTemplates();
}

/** Menu: Generate document for the rows selected in the Plan sheet (or, from code, for given ids or a kind). */
export function josparGenerateDocuments(options?: GenerateOptions): GenerateOutcome {
  return generateDocuments(options ?? {});
}

/** One-off trigger: the rest of a document generation that stopped at its time budget. */
export function josparContinueDocuments(): GenerateOutcome | null {
  return continueDocuments();
}

/** Menu: About. */
export function josparAbout(): void {
  const lang = rememberedLang();
  tellUser('Jospar', t(lang, 'about'));
}
