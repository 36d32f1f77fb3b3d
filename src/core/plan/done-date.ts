/**
 * The date an item became done: set the day its status turns to done (kept if it already has one, e.g. a person
 * corrected it), cleared when the status turns back. Pure, so the sheet edit and the sidebar record it alike.
 * An item submitted for review keeps the day it was reported: confirmed, it is done on that day.
 */
import { parseStatus } from '../sheets/status';

export function doneOnAfter(status: string, previousDoneOn: string, today: string): string {
  const s = parseStatus(status);
  return s === 'done' || s === 'submitted' ? previousDoneOn.trim() || today : '';
}
