/**
 * Unicode's invisible direction controls (embeddings, overrides, isolates, marks: U+202A-U+202E, U+2066-U+2069,
 * U+200E, U+200F, U+061C). In a plan cell they serve no purpose a person can see, and they can make text show other
 * than it reads: "‮fdp.exe" shows as "exe.pdf", a title can seem to say the opposite. Jospar reads every cell through
 * this (gas/sheet-io.ts toText), so none reaches a calendar event, a message or a Doc.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
