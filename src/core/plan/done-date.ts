/**
 * The date an item became done: set the day its status turns to done (kept if it already has one, e.g. a person
 * corrected it), cleared when the status turns back. Pure, so the sheet edit and the sidebar record it alike.
 */
import { parseStatus } from '../sheets/status';

export function doneOnAfter(status: string, previousDoneOn: string, today: string): string {
  return parseStatus(status) === 'done' ? previousDoneOn.trim() || today : '';
}
