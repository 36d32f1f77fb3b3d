import type { Lang } from '../core/i18n/lang';
import { LOG_SHEET } from '../core/sheets/layout';
import { logActionWord } from '../core/sheets/log-words';
import { rememberedLang } from './context';
import { asCellText } from '../core/text/cell-text';
import { ensureRows, findSheet } from './sheet-io';
import { sheetValidations } from './sheet-validations';

export interface LogEntry {
  action: string;
  item?: string;
  result: string;
}

/** Appends entries to the Log sheet in one write. The Log is a journal: Jospar only ever adds to it. */
export function appendLog(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  entries: LogEntry[],
  timeZone: string,
  lang: Lang = rememberedLang(),
): void {
  if (entries.length === 0) return;
  const sheet = findSheet(ss, LOG_SHEET);
  if (!sheet) return;
  const rows = logRows(entries, timeZone, lang);
  const first = sheet.getLastRow() + 1;
  ensureRows(sheet, LOG_SHEET, first, first + rows.length - 1, sheetValidations(lang).log);
  sheet.getRange(first, 1, rows.length, rows[0].length).setValues(rows);
}

/**
 * Log lines as cells (and to the execution log, for administrators, with the action's code). The action shows as a
 * word of the Settings language (`lang`, else the one Set up remembered).
 */
export function logRows(entries: LogEntry[], timeZone: string, lang: Lang = rememberedLang()): string[][] {
  const time = Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd HH:mm:ss');
  const user = currentUser();
  for (const e of entries) console.log(`[jospar] ${e.action} ${e.item ?? ''} ${e.result}`);
  return entries.map((e) => [
    time,
    user,
    logActionWord(e.action, lang),
    e.item ?? '',
    asCellText(e.result.slice(0, 5000)),
  ]);
}

export function currentUser(): string {
  try {
    return Session.getActiveUser().getEmail() || 'unknown';
  } catch {
    return 'unknown';
  }
}
