/**
 * What Jospar knows it made in the calendar, kept in two places:
 * - the hidden `_jospar` sheet, one row per event ("event:<key>" → id and fingerprints), rewritten once per run;
 * - the events themselves (private extended properties: a marker, the key, the fingerprints), from which a run that
 *   did not end cleanly (the document property RUNNING is still set) rebuilds the whole picture with one paged
 *   Events.list. Event ids derive from keys, so a create repeated after a cut-off meets its event instead of doubling
 *   it: no per-event journal is needed.
 */
import type { KnownEvent } from '../../core/calendar-sync/sync-plan';
import { isDailyCountKey } from './daily-count';

const EVENT_PREFIX = 'event:';
/** The per-event journal of earlier versions: cleared where found. */
const JOURNAL_PREFIX = 'jospar.j:';
export const RUNNING = 'jospar.syncRunning';

export function knownFromState(values: string[][]): Map<string, KnownEvent> {
  const known = new Map<string, KnownEvent>();
  for (const [k, v] of values.slice(1)) {
    if (!String(k).startsWith(EVENT_PREFIX)) continue;
    const e = decode(String(k).slice(EVENT_PREFIX.length), String(v));
    if (e) known.set(e.key, e);
  }
  return known;
}

/** Drops the running mark and sets `extra`, in one call, keeping every other property but old quota counts. */
export function clearRunning(props: GoogleAppsScript.Properties.Properties, extra: Record<string, string> = {}): void {
  const keep: Record<string, string> = {};
  for (const [k, v] of Object.entries(props.getProperties()))
    if (!k.startsWith(JOURNAL_PREFIX) && k !== RUNNING && !isDailyCountKey(k)) keep[k] = v;
  props.setProperties({ ...keep, ...extra }, true);
}

/** The `_jospar` sheet's rows with the event records replaced by `known`. */
export function stateRows(values: string[][], known: ReadonlyMap<string, KnownEvent>): string[][] {
  const others = values.slice(1).filter(([k]) => k && !String(k).startsWith(EVENT_PREFIX));
  const events = [...known.values()]
    .sort((a, b) => (a.key < b.key ? -1 : 1))
    .map((e) => [EVENT_PREFIX + e.key, encode(e)]);
  return [...others.map((r) => [String(r[0]), String(r[1] ?? '')]), ...events];
}

function encode(e: KnownEvent): string {
  return JSON.stringify({
    id: e.eventId,
    c: e.contentHash,
    i: e.inviteHash,
    s: e.series,
    ...(e.from ? { f: e.from } : {}),
  });
}

function decode(key: string, v: string): KnownEvent | null {
  try {
    const o = JSON.parse(v) as { id?: string; c?: string; i?: string; s?: string; f?: string };
    if (!o.id) return null;
    return { key, eventId: o.id, contentHash: o.c ?? '', inviteHash: o.i ?? '', series: o.s ?? '', from: o.f ?? '' };
  } catch {
    return null;
  }
}
