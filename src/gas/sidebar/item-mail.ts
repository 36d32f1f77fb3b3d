/**
 * The card's "mail sent about it", from the Notifications sheet, which grows all year: its header and its Keys column
 * are read (one column, to find the item's rows exactly: a text search for "1.05#" would also find "11.05#"), then
 * only the rows the card lists.
 */
import { keysColumn, keysOfItem, mailAboutItem, type ItemMail } from '../../core/notifications/item-mail';
import { NOTIFICATIONS_SHEET } from '../../core/sheets/layout';
import { findSheet, readHeader, toText } from '../sheet-io';

/** How many messages the card lists (the newest); mailRows says how many there are. */
export const MAIL_SHOWN = 5;

export function itemMail(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  id: string,
  offsetMinutes: number,
): { mail: ItemMail[]; mailRows: number } {
  const none = { mail: [], mailRows: 0 };
  const sheet = findSheet(ss, NOTIFICATIONS_SHEET);
  const last = sheet?.getLastRow() ?? 0;
  if (!sheet || last < 2) return none;
  const header = readHeader(sheet, offsetMinutes)!.values[0];
  const column = keysColumn(header);
  if (column < 0) return none;
  const rows = sheet
    .getRange(2, column + 1, last - 1, 1)
    .getValues()
    .map((cell, i) => (keysOfItem(String(cell[0] ?? ''), id).length > 0 ? i + 2 : 0))
    .filter((row) => row > 0);
  const shown = rows
    .slice(-MAIL_SHOWN)
    .map((r) => toText(sheet.getRange(r, 1, 1, header.length).getValues(), offsetMinutes)[0]);
  return { mail: mailAboutItem(header, shown, id), mailRows: rows.length };
}
