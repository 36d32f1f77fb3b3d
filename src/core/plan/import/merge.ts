/**
 * Merging an imported plan into the Plan sheet by item id (unit and number): a row whose item is in the file takes the
 * file's text for unit, activity, responsible, deadline and deliverable (and the Russian name where the file has one)
 * and keeps its status, evidence, notes and document; items new in the file are added; rows whose item the file lacks
 * are marked for a person to confirm, never deleted. Pure: it decides, Set up writes.
 */
import { unitLabel } from '../unit-label';
import { normalizeSpace } from '../../text/normalize';
import { compareItemIds, itemId, parseItemId } from '../item-id';
import type { PlanDocument } from '../types';

export const MERGED_KEYS = ['unit', 'activity', 'responsible', 'deadline', 'deliverable'] as const;

export interface UnitReport {
  section: number;
  title: string;
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: number;
}

export interface PlanMerge {
  /** User cells to write, by item id (only those that differ). */
  updates: Map<string, Record<string, string>>;
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: number;
  units: UnitReport[];
}

/** The Unit cell as Set up writes it: the short label (issue 13), so that an unchanged unit is not a change. */
export function unitCell(section: number, title: string): string {
  return title ? unitLabel({ section, sectionTitle: title }) : String(section);
}

export function mergePlan(
  rows: ReadonlyArray<{ id: string; cells: Record<string, string> }>,
  plan: PlanDocument,
): PlanMerge {
  const onSheet = new Map(rows.map((r) => [r.id, r.cells]));
  const inFile = new Set(plan.items.map((i) => itemId(i.section, i.no)));
  const units = new Map<number, UnitReport>();
  const unit = (section: number, title: string) => {
    if (!units.has(section)) units.set(section, { section, title, added: [], changed: [], removed: [], unchanged: 0 });
    return units.get(section)!;
  };
  const merge: PlanMerge = { updates: new Map(), added: [], changed: [], removed: [], unchanged: 0, units: [] };
  for (const item of plan.items) {
    const id = itemId(item.section, item.no);
    const u = unit(item.section, item.sectionTitle);
    const cells = onSheet.get(id);
    if (!cells) {
      merge.added.push(id);
      u.added.push(id);
      continue;
    }
    const want: Record<string, string> = {
      unit: unitCell(item.section, item.sectionTitle),
      activity: item.activity,
      responsible: item.responsible,
      deadline: item.deadline,
      deliverable: item.deliverable,
    };
    const diff: Record<string, string> = {};
    for (const k of MERGED_KEYS) if (normalizeSpace(cells[k] ?? '') !== normalizeSpace(want[k])) diff[k] = want[k];
    // The Russian name only where the file gives one: the Kazakh plan has none, and the sheet's is the department's.
    if (item.nameRu && normalizeSpace(cells.nameRu ?? '') !== normalizeSpace(item.nameRu)) diff.nameRu = item.nameRu;
    if (Object.keys(diff).length) {
      merge.updates.set(id, diff);
      merge.changed.push(id);
      u.changed.push(id);
    } else {
      merge.unchanged++;
      u.unchanged++;
    }
  }
  for (const r of rows) {
    if (inFile.has(r.id)) continue;
    const p = parseItemId(r.id);
    merge.removed.push(r.id);
    unit(p?.section ?? 0, '').removed.push(r.id);
  }
  merge.units = [...units.values()].sort((a, b) => a.section - b.section);
  for (const list of [merge.added, merge.changed, merge.removed]) list.sort(compareItemIds);
  return merge;
}
