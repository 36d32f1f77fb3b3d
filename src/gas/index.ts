/**
 * The entry module: every function Apps Script calls (simple triggers, menu items, installable triggers, sidebar calls)
 * is exported here and nowhere else. The build turns each export into a top-level function declaration in Code.js,
 * because Apps Script sees only those. Logic lives in the modules these call.
 */
import { parsePlanItems } from '../core/plan/plan-file';
import { t } from '../core/i18n/messages';
import { LANG_PROPERTY, rememberedLang, tellUser } from './context';
import { buildMenu } from './menu';
import { handleEdit } from './on-edit';
import { setUpPlan, type SetupOutcome } from './setup';
import { approveSettings } from './settings-guard';
import { syncCalendar, type SyncOutcome } from './calendar/sync';
import { continueDocuments, generateDocuments, type GenerateOptions, type GenerateOutcome } from './documents/generate';
import { createDefaultTemplates, type TemplatesOutcome } from './documents/templates';
import { runMail, type MailOutcome } from './mail/mail-job';
import { installSchedule, removeSchedule, runHourly, type HourlyOutcome } from './scheduler';
import { staleWarning, takeOverSchedule } from './schedule-owner';
import { asLang } from '../core/i18n/lang';
import { answer, itemIdArg, setUserLang, type Reply } from './sidebar/guard';
import { sidebarState } from './sidebar/item-view';
import type { ProgressNote, SidebarState } from '../core/sidebar/view';
import { answerItemReview, generateForItem, markCancelled, markDone, saveDeadline, syncItem } from './sidebar/actions';
import { currentOverview, refreshOverviewQuietly, refreshOverviewSheet } from './sidebar/overview-sheet';
import { refreshApprovals } from './documents/approvals';
import { remindItem } from './sidebar/remind';
import { readProgress } from './progress';
import { firstRunSetUp, firstRunSync, firstRunTemplates, showRolesSheet, showSidebar } from './sidebar/open';
import { importPlanFile, type ImportOutcome } from './import/import-plan';
import { showImportDialog } from './import/import-dialog';
import { finishRollover, startNewYear, type NewYearOutcome } from './year/new-year';
import { setItemStatus, type StatusOutcome } from './plan/item-status';
import { makeExecutionReport, printPlan, type DocOutcome } from './year/plan-documents';
import { doneGet, donePost } from './webapp/done-web-app';

/** The web app (a mail's "mark as done" link): the item and a form. */
export function doGet(e: GoogleAppsScript.Events.DoGet): GoogleAppsScript.HTML.HtmlOutput {
  return doneGet(e);
}

/** The web app: the form's submit records the item done (README: Report done from the mail). */
export function doPost(e: GoogleAppsScript.Events.DoPost): GoogleAppsScript.HTML.HtmlOutput {
  return donePost(e);
}

/**
 * Simple trigger: builds the menu. In AuthMode.NONE (an add-on not yet used in this spreadsheet) nothing that needs
 * authorisation may run, so the menu alone; otherwise one read of the document properties gives the language and
 * whether the schedule has stopped, which whoever opens the spreadsheet is then told.
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  if (e && e.authMode === ScriptApp.AuthMode.NONE) return buildMenu('kk');
  let props: Record<string, string> = {};
  try {
    props = PropertiesService.getDocumentProperties().getProperties();
  } catch {
    // not authorised: the menu alone
  }
  const lang = asLang(props[LANG_PROPERTY] ?? 'kk');
  buildMenu(lang);
  const warning = staleWarning(lang, props);
  if (warning) SpreadsheetApp.getActive().toast(warning, 'Jospar', 30);
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
  // A New academic year cut off part way is finished first (its report says so), then Set up does the rest.
  finishRollover();
  const outcome = setUpPlan();
  if (outcome.ok) refreshOverviewQuietly(outcome.result);
  return outcome;
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
  if (outcome.ok) refreshOverviewQuietly(outcome.result);
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
  const outcome = setUpPlan(undefined, { restoreMissing: false });
  if (outcome.ok) refreshOverviewQuietly(outcome.result);
  return outcome;
}

/** Menu: Sync calendar. */
export function josparSyncCalendar(): SyncOutcome {
  const outcome = syncCalendar();
  if (outcome.ok) refreshOverviewQuietly();
  // Where each registered order stands in its Drive approval, read at each sync.
  if (outcome.ok) refreshApprovals();
  return outcome;
}

/**
 * The handler of triggers older Jospar versions made (a one-off continuation, the nightly sync): they still work until
 * the schedule is turned on again, which replaces them with the one hourly trigger.
 */
export function josparContinueSync(): SyncOutcome {
  return syncCalendar({ interactive: false, fromTrigger: true });
}

/** See josparContinueSync. */
export function josparNightlySync(): SyncOutcome {
  const outcome = syncCalendar({ interactive: false, fromTrigger: true });
  if (outcome.ok) refreshOverviewQuietly();
  return outcome;
}

/** The one hourly trigger: the nightly sync, its continuation and the daily mail, whichever is due. */
export function josparHourly(): HourlyOutcome {
  const out = runHourly();
  // The day's jobs change what the Overview counts, and a new day moves items into "overdue": refreshed after them.
  if (out.ran.some((job) => job === 'calendar' || job === 'mail')) refreshOverviewQuietly();
  return out;
}

/** Menu: turn the hourly schedule on (one trigger, never two). */
export function josparScheduleOn(): { ok: boolean; created: boolean } {
  return installSchedule();
}

/** Menu: Take over the schedule (its owner left, or it has not run): one trigger, never two. */
export function josparTakeOverSchedule(interactive = true): { ok: boolean; owner: string } {
  return takeOverSchedule({ interactive: interactive !== false });
}

/** Menu: turn the schedule off. */
export function josparScheduleOff(): { ok: boolean; removed: number } {
  return removeSchedule();
}

/** Menu (and the sidebar): show who would get what today, ask, then send. `interactive: false` sends without asking. */
export function josparSendRemindersNow(options?: { interactive?: boolean }): MailOutcome {
  return runMail({ mode: 'now', interactive: options?.interactive });
}

/** Menu: remind the owners of the rows selected in the Plan (or, from the sidebar, of the given item ids) now. */
export function josparRemindRows(ids?: string[], options?: { interactive?: boolean }): MailOutcome {
  return runMail({ mode: 'rows', ids: Array.isArray(ids) ? ids : undefined, interactive: options?.interactive });
}

/** The daily mail job as the schedule runs it, without asking (the local preview calls it). */
export function josparDailyMail(): MailOutcome {
  return runMail({ mode: 'daily', interactive: false });
}

/** Menu: Create default templates (Jospar's order, report and plan Docs, and their folders). */
export function josparCreateTemplates(): TemplatesOutcome {
  return createDefaultTemplates();
}

/** Menu: Generate document for the rows selected in the Plan sheet (or, from code, for given ids or a kind). */
export function josparGenerateDocuments(options?: GenerateOptions): GenerateOutcome {
  return generateDocuments(options ?? {});
}

/** The rest of a document generation that stopped at its time budget (also the handler older one-off triggers call). */
export function josparContinueDocuments(): GenerateOutcome | null {
  return continueDocuments();
}

/** Menu: Approve settings (the owner approves changed domains and calendarId for the triggers). */
export function josparApproveSettings(interactive?: boolean): boolean {
  return approveSettings(interactive !== false);
}

/** Menu: About. */
export function josparAbout(): void {
  const lang = rememberedLang();
  tellUser('Jospar', t(lang, 'about'));
}

/** Menu: open the sidebar (the selected item, the overview, the first-run guide). */
export function josparShowSidebar(): void {
  showSidebar();
}

/** Menu: refresh the Overview sheet and its chart. */
export function josparRefreshOverview(): void {
  refreshOverviewSheet();
}

// ---- Called by the sidebar (google.script.run). Each checks its arguments and answers a Reply, never throws. ----

/** Everything the sidebar shows on opening, in one round trip: the selected row's item (or `request.id`'s). */
export function josparSidebarOpen(request?: { id?: string } | null): Reply<SidebarState> {
  return answer(() => sidebarState(request && typeof request === 'object' ? { id: itemIdOrNone(request.id) } : null));
}

export function josparSidebarMarkDone(id: unknown, details: unknown): Reply<{ id: string; written: string[] }> {
  return answer(() => markDone(id, details));
}

export function josparSidebarMarkCancelled(id: unknown): Reply<{ id: string; written: string[] }> {
  return answer(() => markCancelled(id));
}

/** Sidebar: the keeper confirms an item submitted for review (done on the day it was reported). */
export function josparSidebarConfirmReview(id: unknown): Reply<{ id: string }> {
  return answer(() => answerItemReview(id, 'confirm'));
}

/** Sidebar: the keeper returns an item submitted for review, with a note for the person who reported it. */
export function josparSidebarReturnReview(id: unknown, note: unknown): Reply<{ id: string }> {
  return answer(() => answerItemReview(id, 'return', note));
}

export function josparSidebarSaveDeadline(id: unknown, text: unknown): Reply<{ id: string }> {
  return answer(() => saveDeadline(id, text));
}

export function josparSidebarGenerate(id: unknown, newVersion: unknown): Reply<ReturnType<typeof generateForItem>> {
  return answer(() => generateForItem(id, newVersion));
}

export function josparSidebarSyncItem(id: unknown): Reply<ReturnType<typeof syncItem>> {
  return answer(() => syncItem(id));
}

export function josparSidebarRemind(id: unknown): Reply<ReturnType<typeof remindItem>> {
  return answer(() => remindItem(id));
}

export function josparSidebarOverview(): Reply<ReturnType<typeof currentOverview>> {
  return answer(() => currentOverview());
}

export function josparSidebarRefreshOverview(): Reply<ReturnType<typeof refreshOverviewSheet>> {
  return answer(() => refreshOverviewSheet());
}

export function josparSidebarSetLanguage(lang: unknown): Reply<string> {
  return answer(() => setUserLang(lang));
}

export function josparSidebarSetUp(): Reply<{ report: string[] }> {
  return answer(() => firstRunSetUp());
}

/** Sidebar: how far the user's running action has got (asked while it waits; null when nothing runs). */
export function josparSidebarProgress(): Reply<ProgressNote | null> {
  return answer(() => readProgress());
}

export function josparSidebarSyncAll(): Reply<{ ok: boolean; report: string[] }> {
  return answer(() => firstRunSync());
}

export function josparSidebarCreateTemplates(): Reply<{ report: string[] }> {
  return answer(() => firstRunTemplates());
}

export function josparSidebarShowRoles(): Reply<{ sheet: string }> {
  return answer(() => showRolesSheet());
}

function itemIdOrNone(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? itemIdArg(value) : undefined;
}
