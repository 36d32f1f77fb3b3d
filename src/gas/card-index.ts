/**
 * The entry module of the Workspace add-on (the Calendar and Gmail cards), a project of its own beside the Sheets
 * add-on (README: Packaging): every function its manifest (appsscript.cards.json) or a card's action names is exported
 * here and nowhere else; the build turns each into a top-level function of dist/cards/Code.js.
 */
import { calendarCards, gmailCards, homeCards } from './cards/card-open';
import { markDoneAction, openDocumentAction, openRowAction } from './cards/card-actions';
import { confirmReportAction, returnReportAction } from './cards/report-answer';

type EventObject = GoogleAppsScript.Addons.EventObject;
type Card = GoogleAppsScript.Card_Service.Card;
type Response = GoogleAppsScript.Card_Service.ActionResponse;

/** Calendar's and Gmail's homepage trigger: a short card saying what the add-on shows where. */
export function josparCardHome(e: EventObject): Card[] {
  return homeCards(e);
}

/** Calendar eventOpenTrigger: the opened event's plan item. */
export function josparCalendarEventOpen(e: EventObject): Card[] {
  return calendarCards(e);
}

/** Gmail contextual trigger: the items of an opened Jospar reminder. */
export function josparGmailMessageOpen(e: EventObject): Card[] {
  return gmailCards(e);
}

/** Card action: Mark done, with the optional evidence link and note typed on the card. */
export function josparCardMarkDone(e: EventObject): Response {
  return markDoneAction(e);
}

/** Card action: open the item's row in the Plan (where it is now). */
export function josparCardOpenRow(e: EventObject): Response {
  return openRowAction(e);
}

/** Card action: open the item's document. */
export function josparCardOpenDocument(e: EventObject): Response {
  return openDocumentAction(e);
}

/** Card action: the keeper confirms a viewer's report opened from its mail in Gmail. */
export function josparCardConfirmReport(e: EventObject): Response {
  return confirmReportAction(e);
}

/** Card action: the keeper returns a viewer's report opened from its mail in Gmail, with a reason. */
export function josparCardReturnReport(e: EventObject): Response {
  return returnReportAction(e);
}
