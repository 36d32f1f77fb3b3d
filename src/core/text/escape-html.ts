/**
 * Text made safe in HTML, in element content and in quoted attribute values alike: the five characters HTML could read
 * as markup become entities, so what is shown is exactly the characters given. The reminder mail, the mark-as-done
 * page, the cards' text and the import dialog use this one. The calendar's event descriptions keep their own
 * (escapeEventHtml in src/core/calendar-sync/event-text.ts), which leaves quotes as they are: see there why.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
