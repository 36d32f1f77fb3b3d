/**
 * The difference between the events that should exist and the events Jospar knows it made: what to create, update
 * (and how), delete, or leave alone. Pure; an unchanged plan gives nothing to do. A series whose rule changed is
 * updated in place like a moved date (the Calendar API patches a series' recurrence).
 */
import type { DesiredEvent } from './desired';

export interface KnownEvent {
  key: string;
  eventId: string;
  contentHash: string;
  inviteHash: string;
  series: string;
  /** The day its item's events start (event-dates.ts), as made; '' when made before that rule. */
  from: string;
}

export type SyncAction =
  | { kind: 'create'; event: DesiredEvent }
  | { kind: 'update'; event: DesiredEvent; eventId: string; content: boolean; invite: boolean }
  | { kind: 'delete'; key: string; eventId: string; series: boolean };

export function planSync(desired: DesiredEvent[], known: ReadonlyMap<string, KnownEvent>): SyncAction[] {
  const actions: SyncAction[] = [];
  const wanted = new Set<string>();
  for (const e of desired) {
    wanted.add(e.key);
    const k = known.get(e.key);
    if (!k) {
      actions.push({ kind: 'create', event: e });
      continue;
    }
    const content = e.contentHash !== k.contentHash;
    const invite = e.inviteHash !== k.inviteHash;
    if (content || invite) actions.push({ kind: 'update', event: e, eventId: k.eventId, content, invite });
  }
  for (const k of known.values())
    if (!wanted.has(k.key)) actions.push({ kind: 'delete', key: k.key, eventId: k.eventId, series: k.series !== '' });
  // Deletions first: what goes frees its day before what comes (and a cut-off run has removed before it added).
  return [...actions.filter((a) => a.kind === 'delete'), ...actions.filter((a) => a.kind !== 'delete')];
}
