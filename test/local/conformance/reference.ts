/**
 * # The conformance suite of the local Workspace
 *
 * What passes against the emulation must work in Google. Each file here checks one Apps Script service
 * (spreadsheet.test.ts, utilities.test.ts, properties.test.ts, lock.test.ts, drive.test.ts, documents.test.ts,
 * mail.test.ts, html.test.ts, calendar.test.ts, xml.test.ts …) against Google's reference documentation. The rules:
 *
 * 1. Every test is a `documented(page, behaviour, fn)`: `page` is the URL of the Google reference page (with the
 *    method's anchor) that states the behaviour, `behaviour` says it in a sentence. Look the behaviour up (the `search`
 *    tool, corpus "docs", or the page itself); never write down what you think Google does. Where Google's behaviour is
 *    known from its error messages rather than the page, say so in the behaviour ("…throws Google's message …").
 * 2. Drive the emulation through `gas(ws)`, the globals typed as `@types/google-apps-script` declares them, exactly as
 *    the add-on sees them; never through the emulation's own classes, so the test reads like Apps Script code.
 * 3. Each emulated class declares the methods it offers with `implements Emulates<GoogleAppsScript.X.Y, 'a' | 'b'>`
 *    (src/local/workspace/conforms.ts): `tsc` then refuses a signature that drifts from Google's.
 * 4. Limits and errors are part of the behaviour: test the edge (the last value allowed and the first refused) and the
 *    error text where Google documents or shows one.
 * 5. Nothing touches the network; the suite runs under several host time zones (see package.json), so a test never
 *    depends on the host's zone: build instants with Date.UTC or ISO strings with an offset.
 *
 * `npx jest test/local/conformance` runs the suite; `documentedCount()` is how many behaviours it checks.
 */
import { Workspace, type WorkspaceOptions } from '../../../src/local/workspace/workspace';

export const GAS = 'https://developers.google.com/apps-script/reference/';

let count = 0;

/** One documented behaviour of an Apps Script method, checked against the emulation. */
export function documented(page: string, behaviour: string, fn: () => void): void {
  if (!/^https:\/\/developers\.google\.com\//.test(page)) throw new Error(`not a Google reference page: ${page}`);
  count++;
  it(`${behaviour} (${page})`, fn);
}

export function documentedCount(): number {
  return count;
}

/** The Apps Script globals the add-on sees, typed as Google declares them. */
export interface Gas {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  Drive: GoogleAppsScript.Drive;
  Docs: GoogleAppsScript.Docs;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  XmlService: GoogleAppsScript.XML_Service.XmlService;
  Session: GoogleAppsScript.Base.Session;
  CardService: GoogleAppsScript.Card_Service.CardService;
}

export function gas(ws: Workspace): Gas {
  return ws.globals() as unknown as Gas;
}

/** A fresh Workspace at 9:00 in Almaty on 1 October 2025 (04:00 UTC), whatever the host's zone. */
export function workspace(options: WorkspaceOptions = {}): Workspace {
  return new Workspace({ now: Date.parse('2025-10-01T04:00:00Z'), ...options });
}
