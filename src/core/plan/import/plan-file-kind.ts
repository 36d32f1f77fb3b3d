/**
 * Which reader a file needs, by its name, and the CSV/JSON path through plan-file.ts: a problem that leaves a row
 * out is an ImportError here (an import takes the whole file or nothing); a formula-like cell kept as text is a note.
 */
import { parsePlanItems, parsePlanText, type CsvReader } from '../plan-file';
import type { PlanDocument } from '../types';
import { ImportError } from './table';

export type PlanFileKind = 'docx' | 'xlsx' | 'csv' | 'json';

export function planFileKind(file: string): PlanFileKind | null {
  const m = /\.(docx|xlsx|csv|json)$/i.exec(file.trim());
  return m ? (m[1].toLowerCase() as PlanFileKind) : null;
}

export function planFromText(file: string, text: string, readCsv: CsvReader): { plan: PlanDocument; notes: string[] } {
  const read = parsePlanText(file, text, readCsv);
  const parsed = parsePlanItems(read.items, file, '', read.firstRow);
  const all = [...read.problems, ...parsed.problems];
  const errors = all.filter((p) => !/kept as text/.test(p.message)).map((p) => p.message);
  if (errors.length) throw new ImportError(file, errors);
  if (parsed.plan.items.length === 0) throw new ImportError(file, [`${file}: no plan items`]);
  return { plan: parsed.plan, notes: all.filter((p) => /kept as text/.test(p.message)).map((p) => p.message) };
}
