/**
 * Every item's state in one unit's plan, from the text of its sheets (Plan, Settings, Academic calendar, Roles) and
 * today: the same reading the add-on makes (evaluateRow for the schedule, itemState for the state), so the university's
 * roll-up says of each item what the unit's own Plan, Overview and sidebar say. Pure.
 */
import { calendarEstimate } from '../calendar/calendar-estimate';
import type { IsoDate } from '../calendar/dates';
import { evaluateRow } from '../plan/evaluate';
import { itemState, horizonOf, type ItemState } from '../plan/item-state';
import { parseItemId } from '../plan/item-id';
import { RoleDirectory } from '../roles/directory';
import { PLAN_SHEET } from '../sheets/layout';
import { cellReader, readCalendarSheet, readKeyValues, readRolesSheet, type SheetText } from '../sheets/readers';
import { readSettings, type Settings } from '../sheets/settings';
import type { Schedule } from '../deadline/types';

export interface PlanSheetTexts {
  plan: SheetText;
  settings: SheetText | null;
  calendar: SheetText | null;
  roles: SheetText | null;
}

export interface StatedItem {
  id: string;
  unit: string;
  activity: string;
  responsible: string;
  deadline: string;
  schedule: Schedule;
  /** The Status and Date done cells as the Plan holds them (the report's counting reads these with the schedule). */
  status: string;
  doneOn: string;
  state: ItemState;
  warnings: string[];
}

export interface PlanStates {
  settings: Settings;
  items: StatedItem[];
}

export function planStates(sheets: PlanSheetTexts, today: IsoDate): PlanStates {
  const settings = readSettings(readKeyValues(sheets.settings));
  const calendar = sheets.calendar ? readCalendarSheet(sheets.calendar).periods : calendarEstimate(settings.year);
  const roles = new RoleDirectory(sheets.roles ? readRolesSheet(sheets.roles) : []);
  const ctx = { settings, calendar, roles, today, daysOff: new Set(settings.daysOff) };
  const stateCtx = { today, horizon: horizonOf(today) };
  const cell = cellReader(PLAN_SHEET, sheets.plan.values[0] ?? []);
  const items: StatedItem[] = [];
  for (const row of sheets.plan.values.slice(1)) {
    const id = cell(row, 'id').trim();
    if (!parseItemId(id)) continue;
    const deadline = cell(row, 'deadline');
    const ev = evaluateRow({ responsible: cell(row, 'responsible'), deadline, links: cell(row, 'links') }, ctx);
    const status = cell(row, 'status');
    const doneOn = cell(row, 'doneOn');
    items.push({
      id,
      unit: cell(row, 'unit'),
      activity: cell(row, 'activity'),
      responsible: cell(row, 'responsible'),
      deadline,
      schedule: ev.schedule,
      status,
      doneOn,
      state: itemState({ schedule: ev.schedule, status, doneOn }, stateCtx),
      warnings: ev.warnings,
    });
  }
  return { settings, items };
}
