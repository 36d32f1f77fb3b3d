/**
 * The schedule's one installable trigger: made, found and removed here. A trigger belongs to the user who made it: an
 * add-on sees (and may delete) only the running user's own, so another person's trigger is never touched from here.
 */
export const HOURLY_HANDLER = 'josparHourly';
/** Handlers of the triggers Jospar made before the one hourly trigger: removed when the schedule is installed. */
const OLD_HANDLERS = ['josparNightlySync', 'josparContinueSync', 'josparContinueDocuments'];

/** One hourly trigger of this user and no other Jospar time trigger of theirs; true when it had to be made. */
export function ensureHourlyTrigger(): boolean {
  const mine = josparTriggers();
  const hourly = mine.filter((tr) => tr.getHandlerFunction() === HOURLY_HANDLER);
  for (const tr of [...mine.filter((tr) => tr.getHandlerFunction() !== HOURLY_HANDLER), ...hourly.slice(1)])
    ScriptApp.deleteTrigger(tr);
  if (hourly.length > 0) return false;
  ScriptApp.newTrigger(HOURLY_HANDLER).timeBased().everyHours(1).create();
  return true;
}

/** Removes every Jospar time trigger of the running user; how many. */
export function removeMyTriggers(): number {
  let removed = 0;
  for (const tr of josparTriggers()) {
    ScriptApp.deleteTrigger(tr);
    removed++;
  }
  return removed;
}

/** This user's Jospar triggers in this spreadsheet (an add-on sees only its own). */
function josparTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(SpreadsheetApp.getActive()).filter((tr) =>
    [HOURLY_HANDLER, ...OLD_HANDLERS].includes(tr.getHandlerFunction()),
  );
}
