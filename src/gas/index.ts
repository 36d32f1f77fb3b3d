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
