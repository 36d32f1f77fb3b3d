/**
 * Jospar's own calendar, made once whatever fails. Its id is noted in document properties the moment it exists; with
 * `calendar.app.created` Jospar cannot list calendars (CalendarList needs `calendar.calendarlist.readonly`), so a
 * calendar whose id is lost can never be found again and the next run would make a second one. So the note is retried
 * as any transient failure is, and if the properties service still refuses, the id goes into a row of `_jospar`
 * (Jospar's own sheet) instead; a later run takes it from there and puts it back into the properties.
 */
import { stateValue } from '../../core/setup/plan-setup';
import { retrying } from '../retry';
import type { Snapshot } from '../setup';

export const CALENDAR_PROPERTY = 'jospar.calendarId';
/** The `_jospar` row that holds the id when the properties could not (moved aside with the year by a rollover). */
export const CALENDAR_NOTE = 'calendar';

/** The id of the calendar Jospar made, from the properties or the `_jospar` row ('' : none yet). */
export function notedCalendar(snap: Snapshot, props: GoogleAppsScript.Properties.Properties): string {
  const inProps = props.getProperty(CALENDAR_PROPERTY) ?? '';
  if (inProps) return inProps;
  const inSheet = stateValue(snap.read.state?.values, CALENDAR_NOTE);
  if (inSheet) {
    try {
      props.setProperty(CALENDAR_PROPERTY, inSheet);
    } catch {
      // Still refused: the sheet's note serves this run too.
    }
  }
  return inSheet;
}

/** Notes a calendar just made: in the properties (retried), else in `_jospar`. Throws only if neither took it. */
export function noteCalendar(snap: Snapshot, props: GoogleAppsScript.Properties.Properties, id: string): void {
  try {
    retrying(() => props.setProperty(CALENDAR_PROPERTY, id));
    return;
  } catch (e) {
    const state = snap.read.state;
    const sheet = snap.found.state;
    if (!state || !sheet) throw e;
    const row = [CALENDAR_NOTE, id];
    retrying(() => sheet.getRange(state.values.length + 1, 1, 1, 2).setValues([row]));
    // The run's own later writes of `_jospar` keep the row (they rewrite the rows they read, this one among them).
    state.values.push(row);
  }
}
