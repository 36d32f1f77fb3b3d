/**
 * One escapeHtml in core (src/core/text/escape-html.ts) took the place of two identical ones: the reminder mail's
 * (core/notifications/compose.ts) and the import dialog's (gas/import/import-dialog.ts). The old ones are kept here,
 * as they were written, and fast-check shows the merged function gives what each gave on any string. The event
 * description's escape was not merged, since it leaves quotes alone (event-text.ts says why): the property pins that
 * it still gives what it gave, and that the two differ only in the quotes.
 */
import fc from 'fast-check';
import { escapeEventHtml } from '../../src/core/calendar-sync/event-text';
import { escapeHtml } from '../../src/core/text/escape-html';

// The removed implementations, verbatim.
function composeEscapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
const importDialogEscapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
// The event description's escape as it was before it was renamed escapeEventHtml.
function eventTextEscapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Any text, and text dense in what HTML reads as markup and in entity look-alikes. */
const texts = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom('&', '<', '>', '"', "'", ';', '#', 'amp', 'quot', '&#39;', 'ә', ' ', '\n') }),
);

describe('escapeHtml, one in core', () => {
  it('gives what the mail’s and the import dialog’s gave, on any string', () => {
    fc.assert(
      fc.property(texts, (s) => {
        expect(escapeHtml(s)).toBe(composeEscapeHtml(s));
        expect(escapeHtml(s)).toBe(importDialogEscapeHtml(s));
      }),
      { numRuns: 300 },
    );
  });

  it('the event description’s is unchanged, and differs from it only in leaving quotes as they are', () => {
    fc.assert(
      fc.property(texts, (s) => {
        expect(escapeEventHtml(s)).toBe(eventTextEscapeHtml(s));
        expect(
          escapeHtml(s)
            .replace(/&quot;/g, '"')
            .replace(/&#39;/g, "'"),
        ).toBe(escapeEventHtml(s));
        if (!/["']/.test(s)) expect(escapeHtml(s)).toBe(escapeEventHtml(s));
      }),
      { numRuns: 300 },
    );
    // Why they stay two: a quote, which the event descriptions (and so their fingerprints) have always kept.
    expect([escapeHtml(`"O'Neil"`), escapeEventHtml(`"O'Neil"`)]).toEqual(['&quot;O&#39;Neil&quot;', `"O'Neil"`]);
  });
});
