/**
 * The plan the Plan sheet holds, as a PlanDocument: the spreadsheet is the plan. Refresh, sync, documents, print and
 * the execution report all read it from here; the embedded 2025-2026 plan is only what Set up offers an empty
 * spreadsheet.
 */
import type { Settings } from '../sheets/settings';
import { parseItemId } from './item-id';
import type { PlanDocument, PlanItem } from './types';

/** "1. Оқу процесін …" → 1 and its title; "2" → 2 and ''; a title alone → null and the title. */
export function splitUnit(unit: string): { section: number | null; title: string } {
  const m = /^\s*(\d{1,2})\s*[.)]?\s*(.*)$/s.exec(unit);
  if (m) return { section: Number(m[1]), title: m[2].trim() };
  return { section: null, title: unit.trim() };
}

export interface SheetPlanRow {
  id: string;
  cells: Record<string, string>;
}

/** Items in id order; a row whose id does not parse is left out (Set up gives every row an id first). */
export function planFromRows(
  rows: readonly SheetPlanRow[],
  settings: Pick<Settings, 'year' | 'planTitle' | 'signatory'>,
): PlanDocument {
  const titles = new Map<number, string>();
  const items: PlanItem[] = [];
  for (const r of rows) {
    const id = parseItemId(r.id);
    if (!id) continue;
    const unit = splitUnit(r.cells.unit ?? '');
    const section = unit.section ?? id.section;
    if (unit.title && !titles.has(section)) titles.set(section, unit.title);
    items.push({
      section: id.section,
      sectionTitle: unit.title,
      no: id.no,
      activity: r.cells.activity ?? '',
      responsible: r.cells.responsible ?? '',
      deadline: r.cells.deadline ?? '',
      deliverable: r.cells.deliverable ?? '',
    });
  }
  items.sort((a, b) => a.section - b.section || a.no - b.no);
  for (const i of items) i.sectionTitle = titles.get(i.section) ?? (i.sectionTitle || String(i.section));
  const sections = [...new Set(items.map((i) => i.section))].map((no) => ({
    no,
    title: titles.get(no) ?? String(no),
  }));
  return {
    title: settings.planTitle,
    academicYear: settings.year.label,
    signatory: { ...settings.signatory },
    sections,
    items,
  };
}
