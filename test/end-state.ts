/**
 * Whether two workspaces end the same for the people who use them and for the next run: the one list of what a cut
 * sweep compares (`seen` below), walked object by object in place, without writing megabytes of text per cut point.
 * Drive ids are named by what the file is, because a re-run may legitimately bin a half-made copy and make a new one.
 */
import { LOG_SHEET, locateColumns, NOTIFICATIONS_SHEET, sheetNames } from '../src/core/sheets/layout';
import type { LocalSheet as Sheet } from '../src/local/workspace/spreadsheet';
import type { Workspace } from '../src/local/workspace/workspace';

/** The Log's names: a journal, which records both the cut run and the re-run. */
export const LOG_NAMES = new Set(sheetNames(LOG_SHEET));
/** The Notifications' names: the reminders' record of each send (sent, or unconfirmed after a cut mid-send). */
const NOTIFICATIONS_NAMES = new Set(sheetNames(NOTIFICATIONS_SHEET));
// The built-ins the walk tests values against, bound once here. Under jest every read of a global name in a function
// goes through the test context's global proxy (node:vm interceptors: nodejs/node#31658, jestjs/jest#5163), about
// 0.6 µs a read on this machine: read for each value visited, they made this walk ten times slower in jest than under
// node, and the walk most of a cut sweep's time (cut-sweep's Set up phase: 37 s in jest against 14 s under tsx).
const { isArray } = Array;
const isNaNumber = Number.isNaN;
const [MapType, SetType, DateType] = [Map, Set, Date];
const ID = /\b(?:doc|file)\d+\b/g;
const MAY_HOLD_ID = /(?:doc|file)\d/;

/** A Drive id → what the file is: its key, else its type and name (a trashed file: `<TRASHED>`). */
export function driveNames(ws: Workspace): Map<string, string> {
  const names = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const f of ws.drive.files.filter((f) => !f.trashed)) {
    const what = f.appProperties?.josparKey ?? `${f.mimeType}:${f.name}`;
    const k = seen.get(what) ?? 0;
    seen.set(what, k + 1);
    names.set(f.id, `<${what}${k ? `~${k}` : ''}>`);
  }
  for (const f of ws.drive.files) if (f.trashed) names.set(f.id, '<TRASHED>');
  return names;
}

/**
 * What is compared: everything a person can see differ, or the next run reads.
 * - The spreadsheet: its sharing, zone and locale, every sheet (values, formats, styles, validation, protection,
 *   filters, rules, widths, hidden, charts); the Log by its header only (a journal, which records both the cut run
 *   and the re-run).
 * - Properties: the script's, the document's and each user's (the next run as that user reads them), of both projects.
 * - Triggers, the calendars and their events, the files still in Drive (without their bytes) and their Docs.
 * - The mail sent (each message as its recipients read it): a re-run that mails twice, or loses a mail, differs.
 * Left out: when a message went (a re-run is later whatever it does), a toast or an alert shown on the way (gone
 * when the run ends), the locks (released when an execution ends) and the mail quota's counters (the sent list says
 * what they count).
 */
function seen(ws: Workspace, names: Map<string, string>, leave: LeftToTheTest[]): Record<string, unknown> {
  const ss = ws.spreadsheet;
  const byName = (a: { id: string }, b: { id: string }) => names.get(a.id)!.localeCompare(names.get(b.id)!);
  const live = ws.drive.files.filter((f) => !f.trashed);
  return {
    spreadsheet: {
      id: ss._id,
      name: ss._name,
      owner: ss._owner,
      editors: ss._editors,
      viewers: ss._viewers,
      timeZone: ss._timeZone,
      locale: ss._locale,
      sheets: ss._sheets.map((s) => {
        const own: Record<string, unknown> = { ...s, _spreadsheet: undefined };
        if (LOG_NAMES.has(s._name)) own._cells = s._cells.slice(0, 1);
        if (leave.includes('mail') && NOTIFICATIONS_NAMES.has(s._name)) own._cells = withoutSendResult(s._cells);
        return own;
      }),
    },
    properties: ws.properties,
    otherUsersProperties: held(new MapType([...ws.otherUsers].map(([who, o]) => [who, o.properties]))),
    cardsProperties: {
      script: leave.includes('mail') ? withoutSendState(ws.cardsProject.script) : ws.cardsProject.script,
      users: held(ws.cardsProject.users),
    },
    triggers: ws.triggers,
    calendars: ws.calendars,
    files: live.map((f) => ({ ...f, bytes: undefined })).sort(byName),
    docs: ws.docs.documents.filter((d) => names.has(d.id) && names.get(d.id) !== '<TRASHED>').sort(byName),
    mail: leave.includes('mail') ? undefined : ws.mail.sent.map((m) => ({ ...m, time: undefined })),
  };
}

/**
 * The cards' report notes without their send state (src/core/cards/review-mail.ts CardReport `st`): whether the mail
 * is known to have gone (`sent`) or may not have (`unsure`, after a cut mid-send) is the mail's part, the test's.
 */
function withoutSendState(script: Map<string, string>): Map<string, string> {
  const state = /"st":"(?:sending|sent|unsure)",?/;
  return new MapType([...script].map(([k, v]) => [k, k.startsWith('jospar.cardReport:') ? v.replace(state, '') : v]));
}

/**
 * The Notifications sheet without its Result column below the header: whether a reminder is known to have gone
 * (sent) or may not have (unconfirmed, after a cut between its intent and its confirmation) is the mail's part, the
 * test's. Every other cell of each row (time, recipient, subject, keys, message id) is compared.
 */
function withoutSendResult(cells: Sheet['_cells']): Sheet['_cells'] {
  const header = (cells[0] ?? []).map((c) => String(c?.v ?? ''));
  const at = locateColumns(NOTIFICATIONS_SHEET, header).get('result');
  if (at === undefined) return cells;
  return cells.map((row, i) => (i === 0 ? row : row.map((c, j) => (j === at ? undefined : c))));
}

/** Each user's properties, without the users who hold none (an entry is made the first time a run asks). */
function held(users: Map<string, Map<string, string>>): Map<string, Map<string, string>> {
  return new MapType([...users].filter(([, props]) => props.size > 0));
}

/**
 * What a test may take out of the comparison and check itself: the mail, where a step sends at most once by design (it
 * notes the send first, so a cut between the note and the send loses the message, and the re-run says so rather than
 * mail twice), with what the sender noted of that send (a viewer's report from a card: sent, or unsure after a cut;
 * a reminder's Result on the Notifications sheet: sent, or unconfirmed).
 */
export type LeftToTheTest = 'mail';

/** '' when `a` and `b` end the same; else where they first differ and how. */
export function endDifference(a: Workspace, b: Workspace, leave: LeftToTheTest[] = []): string {
  const na = driveNames(a);
  const nb = driveNames(b);
  const [xa, xb] = [seen(a, na, leave), seen(b, nb, leave)];
  // The same ids naming the same files (most cut points): the texts are equal exactly when they are equal renamed.
  if (na.size === nb.size && [...na].every(([id, name]) => nb.get(id) === name) && same(xa, xb, null, null)) return '';
  const ra = (s: string) => (MAY_HOLD_ID.test(s) ? s.replace(ID, (id) => na.get(id) ?? id) : s);
  const rb = (s: string) => (MAY_HOLD_ID.test(s) ? s.replace(ID, (id) => nb.get(id) ?? id) : s);
  if (same(xa, xb, ra, rb)) return '';
  return difference(xa, xb, '', ra, rb) || 'a difference the path finder does not name';
}

type Rename = (s: string) => string;

/** Whether x and y are the same as JSON would write them, strings compared renamed (raw when no renames are given). */
function same(x: unknown, y: unknown, ra: Rename | null, rb: Rename | null): boolean {
  if (typeof x === 'string')
    return x === y ? !ra || ra(x) === rb!(x as string) : typeof y === 'string' && !!ra && ra(x) === rb!(y);
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null)
    return typeof x === 'number' && typeof y === 'number' && isNaNumber(x) && isNaNumber(y);
  if (isArray(x)) {
    if (!isArray(y) || x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!same(x[i] ?? null, y[i] ?? null, ra, rb)) return false;
    return true;
  }
  if (x instanceof MapType) {
    if (!(y instanceof MapType) || x.size !== y.size) return false;
    const [mx, my] = ra ? [keyed(x, ra), keyed(y, rb!)] : [x, y];
    for (const [k, v] of mx) {
      const w = my.get(k);
      if (v === w && (!ra || typeof v !== 'string')) continue; // most cells' formats and styles
      if ((w === undefined && !my.has(k)) || !same(v, w, ra, rb)) return false;
    }
    return true;
  }
  if (x instanceof SetType) return y instanceof SetType && same([...x].sort(), [...y].sort(), ra, rb);
  if (x instanceof DateType) return y instanceof DateType && x.getTime() === y.getTime();
  if (isArray(y) || y instanceof MapType || y instanceof SetType || y instanceof DateType) return false;
  const ox = x as Record<string, unknown>;
  const oy = y as Record<string, unknown>;
  for (const k in ox) if (ox[k] !== undefined && !same(ox[k], oy[k], ra, rb)) return false;
  for (const k in oy) if (oy[k] !== undefined && ox[k] === undefined) return false;
  return true;
}

function show(x: unknown): string {
  const text =
    x instanceof MapType ? JSON.stringify([...x]) : x instanceof SetType ? JSON.stringify([...x]) : JSON.stringify(x);
  return String(text).slice(0, 300);
}

/** The first difference between x (renamed by ra) and y (by rb), as JSON would see it ('' if none). */
function difference(x: unknown, y: unknown, path: string, ra: Rename, rb: Rename): string {
  const differ = () => `at ${path || '/'}:\n  uncut: ${show(x)}\n  cut:   ${show(y)}`;
  if (x === y && typeof x !== 'string') return '';
  if (typeof x === 'string') return typeof y === 'string' && ra(x) === rb(y) ? '' : differ();
  if (isNaNumber(x) && isNaNumber(y)) return ''; // both null in JSON
  if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object') return differ();
  if (x instanceof DateType || y instanceof DateType)
    return x instanceof DateType && y instanceof DateType && x.getTime() === y.getTime() ? '' : differ();
  if (x instanceof MapType || y instanceof MapType) {
    if (!(x instanceof MapType && y instanceof MapType)) return differ();
    const [kx, ky] = [keyed(x, ra), keyed(y, rb)];
    for (const [k, v] of kx) {
      if (!ky.has(k)) return `at ${path}/${k}: only the uncut run has it`;
      const d = difference(v, ky.get(k), `${path}/${k}`, ra, rb);
      if (d) return d;
    }
    // Said by key: a whole map of properties printed cut at 300 characters would not say which one differs.
    for (const k of ky.keys()) if (!kx.has(k)) return `at ${path}/${k}: only the cut run has it`;
    return '';
  }
  if (x instanceof SetType || y instanceof SetType) {
    if (!(x instanceof SetType && y instanceof SetType)) return differ();
    return difference([...x].sort(), [...y].sort(), path, ra, rb);
  }
  if (isArray(x) || isArray(y)) {
    if (!(isArray(x) && isArray(y)) || x.length !== y.length) return differ();
    for (let i = 0; i < x.length; i++) {
      // JSON writes an array's holes and undefineds as null
      const d = difference(x[i] ?? null, y[i] ?? null, `${path}/${i}`, ra, rb);
      if (d) return d;
    }
    return '';
  }
  const ox = x as Record<string, unknown>;
  const oy = y as Record<string, unknown>;
  const keys = new SetType([...Object.keys(ox), ...Object.keys(oy)]);
  for (const k of keys) {
    // JSON leaves an undefined member out
    if (ox[k] === undefined && oy[k] === undefined) continue;
    if (ox[k] === undefined || oy[k] === undefined)
      return `at ${path}/${k}:\n  uncut: ${show(ox[k])}\n  cut:   ${show(oy[k])}`;
    const d = difference(ox[k], oy[k], `${path}/${k}`, ra, rb);
    if (d) return d;
  }
  return '';
}

/** A map's entries by renamed key (the map itself when no key can hold a Drive id). */
function keyed(m: Map<unknown, unknown>, rename: Rename): Map<unknown, unknown> {
  let any = false;
  for (const k of m.keys())
    if (typeof k === 'string' && (k.includes('doc') || k.includes('file')) && MAY_HOLD_ID.test(k)) {
      any = true;
      break;
    }
  if (!any) return m;
  return new MapType([...m].map(([k, v]) => [typeof k === 'string' ? rename(k) : k, v]));
}
