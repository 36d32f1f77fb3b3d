/**
 * Plans from files (`jospar preview --plan FILE`, and later an import in the sidebar): CSV or JSON with the fields of
 * `jospar plan --json`. Every problem names the file, the row (the line of a CSV, the element of a JSON array, 1-based)
 * and the column; a bad row is left out and the rest go on.
 */
import { parseCsv } from '../text/csv';
import { normalizeSpace } from '../text/normalize';
import type { PlanDocument, PlanItem } from './types';
import { itemId } from './item-id';

export const PLAN_FIELDS = [
  'section',
  'sectionTitle',
  'no',
  'activity',
  'responsible',
  'deadline',
  'deliverable',
] as const;
const REQUIRED = ['section', 'no', 'activity'] as const;

export interface PlanFileProblem {
  file: string;
  row: number;
  column: string;
  message: string;
}

export function parsePlanText(
  file: string,
  text: string,
): { items: unknown[]; problems: PlanFileProblem[]; firstRow: number } {
  const trimmed = text.replace(/^\ufeff/, '').trim();
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    try {
      const data = JSON.parse(trimmed) as unknown;
      const items = Array.isArray(data)
        ? data
        : Array.isArray((data as { items?: unknown }).items)
          ? (data as { items: unknown[] }).items
          : null;
      if (!items)
        return {
          items: [],
          problems: [{ file, row: 0, column: '', message: `${file}: expected a JSON array of plan items` }],
          firstRow: 1,
        };
      return { items, problems: [], firstRow: 1 };
    } catch (e) {
      return {
        items: [],
        problems: [{ file, row: 0, column: '', message: `${file}: not valid JSON (${(e as Error).message})` }],
        firstRow: 1,
      };
    }
  }
  const rows = parseCsv(text);
  const header = (rows[0] ?? []).map((h) => h.trim());
  const missing = PLAN_FIELDS.filter((f) => !header.includes(f));
  const problems: PlanFileProblem[] = missing.map((f) => ({
    file,
    row: 1,
    column: f,
    message: `${file}, row 1: missing column "${f}"`,
  }));
  const items = rows.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
  return { items, problems, firstRow: 2 };
}

export function parsePlanItems(
  raw: unknown[],
  file: string,
  title: string,
  firstRow = 1,
): { plan: PlanDocument; problems: PlanFileProblem[] } {
  const problems: PlanFileProblem[] = [];
  const items: PlanItem[] = [];
  const seen = new Map<string, number>();
  raw.forEach((value, index) => {
    const row = firstRow + index;
    const say = (column: string, message: string) =>
      problems.push({
        file,
        row,
        column,
        message: `${file}, row ${row}${column ? `, column "${column}"` : ''}: ${message}`,
      });
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      say('', 'not an object with the plan fields; left out');
      return;
    }
    const o = value as Record<string, unknown>;
    const text = (k: string) => normalizeSpace(o[k] === undefined || o[k] === null ? '' : String(o[k]));
    if (PLAN_FIELDS.every((f) => text(f) === '')) {
      say('', 'empty row; left out');
      return;
    }
    const missing = REQUIRED.filter((f) => text(f) === '');
    if (missing.length) {
      for (const f of missing) say(f, 'empty; the row is left out');
      return;
    }
    const section = Number(text('section'));
    const no = Number(text('no'));
    if (!Number.isInteger(section) || section < 1 || section > 99) {
      say('section', `"${text('section')}" is not a unit number; the row is left out`);
      return;
    }
    if (!Number.isInteger(no) || no < 1 || no > 999) {
      say('no', `"${text('no')}" is not an item number; the row is left out`);
      return;
    }
    const id = itemId(section, no);
    if (seen.has(id)) {
      say('no', `item ${id} already appears in row ${seen.get(id)}; this one is left out`);
      return;
    }
    seen.set(id, row);
    for (const f of ['sectionTitle', 'activity', 'responsible', 'deadline', 'deliverable']) {
      if (/^[=+\-@]/.test(text(f))) say(f, `starts with "${text(f)[0]}": kept as text, never run as a formula`);
    }
    items.push({
      section,
      sectionTitle: text('sectionTitle') || `${section}`,
      no,
      activity: text('activity'),
      responsible: text('responsible'),
      deadline: text('deadline'),
      deliverable: text('deliverable'),
    });
  });
  const sections = [...new Map(items.map((i) => [i.section, { no: i.section, title: i.sectionTitle }])).values()].sort(
    (a, b) => a.no - b.no,
  );
  return { plan: { title, academicYear: '', signatory: { position: '', name: '' }, sections, items }, problems };
}
