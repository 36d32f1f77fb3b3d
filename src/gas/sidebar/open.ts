/** Opening the sidebar from the menu, and the first-run steps it offers on a spreadsheet not yet set up. */
import { st } from '../../core/i18n/sidebar-messages';
import { ROLES_SHEET } from '../../core/sheets/layout';
import { syncCalendar } from '../calendar/sync';
import { createDefaultTemplates } from '../documents/templates';
import { setUpPlan } from '../setup';
import { findSheet } from '../sheet-io';
import { refreshOverviewQuietly } from './overview-sheet';
import { userLang } from './guard';

export const SIDEBAR_FILE = 'Sidebar';

export function showSidebar(): void {
  const output = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(st(userLang(), 'title'));
  SpreadsheetApp.getUi().showSidebar(output);
}

export function firstRunSetUp(): { report: string[] } {
  const outcome = setUpPlan(undefined, { interactive: false });
  if (outcome.ok) refreshOverviewQuietly(outcome.result);
  return { report: outcome.report };
}

export function firstRunSync(): { ok: boolean; report: string[] } {
  const outcome = syncCalendar({ interactive: false });
  if (outcome.ok) refreshOverviewQuietly();
  return { ok: outcome.ok, report: outcome.report };
}

export function firstRunTemplates(): { report: string[] } {
  return { report: createDefaultTemplates({ interactive: false }).report };
}

/** Brings the Roles sheet forward so the user can type the emails. */
export function showRolesSheet(): { sheet: string } {
  const ss = SpreadsheetApp.getActive();
  const sheet = findSheet(ss, ROLES_SHEET);
  if (!sheet) return { sheet: '' };
  ss.setActiveSheet(sheet);
  return { sheet: sheet.getName() };
}
