/** The Plan's rows as items to remind about, with their owners and escalation contacts from the Roles sheet. */
import type { RowResult } from '../../core/setup/plan-setup';
import { itemPeople, type People } from '../../core/notifications/people';
import type { ReminderItem } from '../../core/notifications/reminders';
import { PLAN_SHEET, sheetNames } from '../../core/sheets/layout';

export function reminderItems(rows: RowResult[], people: People): ReminderItem[] {
  return rows.map((r) => {
    const cell = (k: string) => r.cells[k] ?? '';
    const { owners, escalation } = itemPeople(people, cell('responsible'));
    return {
      id: r.id,
      row: r.row,
      unit: cell('unit'),
      activity: cell('activity'),
      deadline: cell('deadline'),
      deliverable: cell('deliverable'),
      docLink: cell('docLink'),
      responsible: cell('responsible'),
      status: cell('status'),
      doneOn: cell('doneOn'),
      onDemand: r.evaluation.onDemand,
      throughoutYear: !!r.evaluation.schedule.throughoutYear,
      due: [...r.evaluation.schedule.dueWorking].sort(),
      owners,
      escalation,
    };
  });
}

/** The items of the given ids, or of the rows selected in the Plan sheet (null when nothing there is selected). */
export function chosenItems(
  items: ReminderItem[],
  ids: string[] | undefined,
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): ReminderItem[] | null {
  if (ids) {
    const wanted = new Set(ids.map((id) => String(id).trim()));
    return items.filter((i) => wanted.has(i.id));
  }
  const range = ss.getActiveRange();
  if (!range || !sheetNames(PLAN_SHEET).includes(range.getSheet().getName())) return null;
  const first = range.getRow() - 1;
  const last = first + range.getNumRows() - 1;
  const chosen = items.filter((i) => i.row >= Math.max(1, first) && i.row <= last);
  return chosen.length ? chosen : null;
}
