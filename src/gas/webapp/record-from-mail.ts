/**
 * Recording "done" reported from a mail's link, under the document lock, in steps a cut can stop anywhere: the use
 * of the link is noted first in document properties with what was submitted (so the link cannot be used twice, and a
 * second submit finishes the first one's job with the first one's data); then the Plan row's Status, Date done,
 * Evidence and Notes (only the cells that differ); a Log line and a Notifications line (each only if not already
 * there); last, the note says done. Every step looks before it writes, so a re-run after a cut ends as an uncut run.
 */
import type { DoneLink } from '../../core/notifications/done-link';
import { linkId } from '../../core/notifications/done-link';
import { pt, type Refusal } from '../../core/notifications/done-page';
import { historyRow } from '../../core/notifications/notifications-log';
import { doneOnAfter } from '../../core/plan/done-date';
import { locateColumns, LOG_SHEET, NOTIFICATIONS_SHEET, SETTINGS_SHEET } from '../../core/sheets/layout';
import { readKeyValues } from '../../core/sheets/readers';
import { readSettings } from '../../core/sheets/settings';
import { parseStatus, STATUS_LABELS } from '../../core/sheets/status';
import { asCellText } from '../../core/text/cell-text';
import { appendLog } from '../log';
import { findSheet, readHeader, readSheet } from '../sheet-io';
import { findRow, openPlan, readRow, writeCells } from '../sidebar/plan-access';

export const DONE_LINK_PREFIX = 'jospar.doneLink:';

interface Use {
  st: 'pending' | 'done';
  /** evidence, note, who, day */
  e: string;
  n: string;
  w: string;
  t: string;
}

export type RecordOutcome = { ok: true; day: string } | { ok: false; why: Refusal; id?: string };

/** Where a link stands before anything is written: for the page doGet shows. */
export function linkUse(signature: string): Use | null {
  const raw = PropertiesService.getDocumentProperties().getProperty(DONE_LINK_PREFIX + linkId(signature));
  try {
    return raw ? (JSON.parse(raw) as Use) : null;
  } catch {
    return null;
  }
}

export function recordDoneFromMail(
  link: DoneLink,
  signature: string,
  input: { evidence: string; note: string; who: string; today: string },
): RecordOutcome {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(10000)) return { ok: false, why: 'busy' };
  try {
    const props = PropertiesService.getDocumentProperties();
    const id = linkId(signature);
    const prior = linkUse(signature);
    if (prior?.st === 'done') return { ok: false, why: 'used' };
    const plan = openPlan();
    const row = plan ? findRow(plan, link.item) : null;
    if (!plan || row === null) return { ok: false, why: 'noItem', id: link.item };
    const cells = readRow(plan, row);
    const status = parseStatus(cells.status);
    if (!prior && status === 'done') return { ok: false, why: 'alreadyDone', id: link.item };
    if (!prior && status === 'cancelled') return { ok: false, why: 'cancelled', id: link.item };
    const use: Use = prior ?? { st: 'pending', e: input.evidence, n: input.note, w: input.who, t: input.today };
    if (!prior) props.setProperty(DONE_LINK_PREFIX + id, JSON.stringify(use));

    const lang = readSettings(readKeyValues(readSheet(findSheet(plan.ss, SETTINGS_SHEET), plan.offset))).language;
    const values: Record<string, string> = {};
    if (status !== 'done') values.status = STATUS_LABELS.done[lang];
    const doneOn = doneOnAfter('done', cells.doneOn, use.t);
    if (doneOn !== cells.doneOn) values.doneOn = doneOn;
    if (use.e && !cells.evidence.includes(use.e))
      values.evidence = asCellText(cells.evidence ? `${cells.evidence}\n${use.e}` : use.e);
    const noteLine = use.n ? pt(lang, 'noteLine', { note: use.n, who: use.w }) : '';
    if (noteLine && !cells.notes.includes(noteLine))
      values.notes = asCellText(cells.notes ? `${cells.notes}\n${noteLine}` : noteLine);
    writeCells(plan, row, values);

    const mark = `#${id}`;
    if (!recentlyHas(plan.ss, LOG_SHEET, 'result', mark, plan.offset)) {
      const said = [use.w, use.e, use.n].filter(Boolean).join(' · ');
      appendLog(plan.ss, [{ action: 'done', item: link.item, result: `${said} (${mark})` }], plan.tz);
    }
    if (!recentlyHas(plan.ss, NOTIFICATIONS_SHEET, 'message', id, plan.offset)) {
      const time = Utilities.formatDate(new Date(), plan.tz, 'yyyy-MM-dd HH:mm:ss');
      appendNotification(plan.ss, plan.offset, {
        ...historyRow(
          {
            id,
            time,
            recipient: use.w,
            subject: `${pt(lang, 'title')}: ${link.item}`,
            keys: [`${link.item}#${link.due}#done-mail`],
            result: 'reported',
          },
          lang,
        ),
      });
    }
    props.setProperty(DONE_LINK_PREFIX + id, JSON.stringify({ ...use, st: 'done' }));
    return { ok: true, day: use.t };
  } finally {
    lock.releaseLock();
  }
}

/** Whether one of a sheet's last rows holds `text` in the column `key` (the step was already written). */
function recentlyHas(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  spec: typeof LOG_SHEET,
  key: string,
  text: string,
  offset: number,
): boolean {
  const sheet = findSheet(ss, spec);
  if (!sheet || sheet.getLastRow() < 2) return false;
  const header = readHeader(sheet, offset)?.values[0] ?? [];
  const col = locateColumns(spec, header).get(key);
  if (col === undefined) return false;
  const first = Math.max(2, sheet.getLastRow() - 49);
  const cells = sheet.getRange(first, col + 1, sheet.getLastRow() - first + 1, 1).getValues();
  return cells.some((r) => String(r[0] ?? '').includes(text));
}

function appendNotification(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  offset: number,
  cells: Record<string, string>,
): void {
  const sheet = findSheet(ss, NOTIFICATIONS_SHEET);
  if (!sheet) return;
  const header = readHeader(sheet, offset)?.values[0] ?? [];
  const cols = locateColumns(NOTIFICATIONS_SHEET, header);
  const line = new Array<string>(Math.max(1, header.length)).fill('');
  for (const [k, i] of cols) line[i] = asCellText(cells[k] ?? '');
  sheet.getRange(sheet.getLastRow() + 1, 1, 1, line.length).setValues([line]);
}
