/**
 * What Jospar knows it made in the calendar, kept in three places:
 * - the hidden `_jospar` sheet, one row per event ("event:<key>" → ids and fingerprints), rewritten once per run;
 * - a journal in document properties, one property per calendar write as it happens, so that a run stopped between
 *   two writes has recorded all but the very last; folded into the sheet and cleared when the run ends;
 * - the events themselves (a tag and a marker line in the description), from which a run that did not end cleanly
 *   rebuilds the whole picture: the one write that neither the sheet nor the journal has is found there.
 */
import type { KnownEvent } from '../../core/calendar-sync/sync-plan';

const EVENT_PREFIX = 'event:';
const JOURNAL_PREFIX = 'jospar.j:';
export const RUNNING = 'jospar.syncRunning';
const DELETED = '-';

export function knownFromState(values: string[][]): Map<string, KnownEvent> {
  const known = new Map<string, KnownEvent>();
  for (const [k, v] of values.slice(1)) {
    if (!String(k).startsWith(EVENT_PREFIX)) continue;
    const e = decode(String(k).slice(EVENT_PREFIX.length), String(v));
    if (e) known.set(e.key, e);
  }
  return known;
}

export function applyJournal(known: Map<string, KnownEvent>, props: Record<string, string>): number {
  let n = 0;
  for (const [k, v] of Object.entries(props)) {
    if (!k.startsWith(JOURNAL_PREFIX)) continue;
    const key = k.slice(JOURNAL_PREFIX.length);
    n++;
    if (v === DELETED) known.delete(key);
    else {
      const e = decode(key, v);
      if (e) known.set(key, e);
    }
  }
  return n;
}

export function journal(props: GoogleAppsScript.Properties.Properties, key: string, event: KnownEvent | null): void {
  props.setProperty(JOURNAL_PREFIX + key, event ? encode(event) : DELETED);
}

/** Drops the journal and the running mark, and sets `extra`, in one call, keeping every other property. */
export function clearJournal(props: GoogleAppsScript.Properties.Properties, extra: Record<string, string> = {}): void {
  const keep: Record<string, string> = {};
  for (const [k, v] of Object.entries(props.getProperties()))
    if (!k.startsWith(JOURNAL_PREFIX) && k !== RUNNING && !k.startsWith('jospar.quota:')) keep[k] = v;
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
  return JSON.stringify({ id: e.eventId, c: e.contentHash, i: e.inviteHash, s: e.series });
}

function decode(key: string, v: string): KnownEvent | null {
  try {
    const o = JSON.parse(v) as { id?: string; c?: string; i?: string; s?: string };
    return o.id ? { key, eventId: o.id, contentHash: o.c ?? '', inviteHash: o.i ?? '', series: o.s ?? '' } : null;
  } catch {
    return null;
  }
}
