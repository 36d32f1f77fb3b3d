/**
 * Plans from files (`jospar preview --plan FILE`, `jospar import`, the add-on's import): CSV or JSON with the fields of
 * `jospar plan --json`. Every problem names the file, the row (the line of a CSV, the element of a JSON array, 1-based)
 * and the column; a bad row is left out and the rest go on. A file that cannot be used at all (empty, not JSON, not a
 * list of items, a CSV without the plan's columns or with a quote never closed) is a problem of row 0 or 1, `fatal`.
 *
 * CSV is read by a well-kept parser handed in (Utilities.parseCsv in the add-on, csv-parse locally): this module only
 * decides the delimiter, checks the header and says where a quote was left open.
 */
import { CELL_CHARS_LIMIT } from '../sheets/cell-limit';
import { nameRuColumn } from '../sheets/layout';
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

/** Reads CSV text into rows of fields with the given one-character delimiter; throws on text it cannot read. */
export type CsvReader = (text: string, delimiter: string) => string[][];

export interface PlanText {
  items: unknown[];
  problems: PlanFileProblem[];
  firstRow: number;
  /** The file as a whole cannot be used: nothing in it is a plan. */
  fatal: boolean;
}

export function parsePlanText(file: string, text: string, readCsv: CsvReader): PlanText {
  const fatal = (row: number, column: string, message: string): PlanText => ({
    items: [],
    problems: [{ file, row, column, message: `${file}${row ? `, row ${row}` : ''}: ${message}` }],
    firstRow: 1,
    fatal: true,
  });
  const body = text.replace(/^\ufeff/, '');
  const trimmed = body.trim();
  if (!trimmed) return fatal(0, '', 'the file is empty');
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed) as unknown;
    } catch (e) {
      return fatal(0, '', `not valid JSON (${(e as Error).message})`);
    }
    const items = Array.isArray(data)
      ? data
      : data && typeof data === 'object' && Array.isArray((data as { items?: unknown }).items)
        ? (data as { items: unknown[] }).items
        : null;
    if (!items) return fatal(0, '', 'expected a JSON list of plan items ([{"section": 1, "no": 1, …}, …])');
    if (!items.length) return fatal(0, '', 'the list of plan items is empty');
    return { items, problems: [], firstRow: 1, fatal: false };
  }
  const header = body.split(/\r?\n/, 1)[0];
  const delimiter = (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  const open = unclosedQuoteLine(body, delimiter);
  if (open) return fatal(open, '', 'a quoted field opened here is never closed (a missing ")');
  let rows: string[][];
  try {
    rows = readCsv(body, delimiter);
  } catch (e) {
    return fatal(0, '', `not readable as CSV (${String((e as Error)?.message ?? e).split('\n')[0]})`);
  }
  const names = (rows[0] ?? []).map((h) => String(h).trim());
  // The Russian name, optional, under the Plan's own title in any language (or `nameRu`): read as the field nameRu.
  const ru = nameRuColumn(names);
  if (ru !== undefined) names[ru] = 'nameRu';
  // Without the required columns nothing is a plan item; without an optional one, the items lack that field.
  const required = REQUIRED.filter((f) => !names.includes(f));
  if (required.length)
    return fatal(
      1,
      required[0],
      `missing column${required.length > 1 ? 's' : ''} ${required.map((m) => `"${m}"`).join(', ')}`,
    );
  const problems = PLAN_FIELDS.filter((f) => !names.includes(f)).map((f) => ({
    file,
    row: 1,
    column: f,
    message: `${file}, row 1: missing column "${f}"`,
  }));
  const items = rows.slice(1).map((r) => Object.fromEntries(names.map((h, i) => [h, r[i] ?? ''])));
  if (!items.length) return fatal(1, '', 'a header and no plan items');
  return { items, problems, firstRow: 2, fatal: false };
}

/**
 * The line (1-based) where a quoted field opens and is never closed, 0 if none: a quote opens a field only at its
 * start (RFC 4180), and a doubled quote inside one is a quote character. Parsers say only that the text ended inside
 * quotes; a user needs the line where the stray quote is.
 */
export function unclosedQuoteLine(text: string, delimiter: string): number {
  let line = 1;
  let inQuote = false;
  let openedAt = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') line++;
    if (inQuote) {
      if (ch === '"') {
        if (text[i + 1] === '"') i++;
        else inQuote = false;
      }
    } else if (ch === '"' && (i === 0 || [delimiter, '\n', '\r'].includes(text[i - 1]))) {
      inQuote = true;
      openedAt = line;
    }
  }
  return inQuote ? openedAt : 0;
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
    // Only text, numbers and true/false are a field's value: anything else (a list, an object, {"toString": 1}) is
    // reported and read as blank, never turned into text by calling into it.
    const odd = PLAN_FIELDS.filter((f) => Object.prototype.hasOwnProperty.call(o, f) && !isScalar(o[f]));
    for (const f of odd) say(f, 'not text or a number; read as blank');
    const text = (k: string) =>
      normalizeSpace(Object.prototype.hasOwnProperty.call(o, k) && isScalar(o[k]) && o[k] !== null ? String(o[k]) : '');
    if (PLAN_FIELDS.every((f) => text(f) === '')) {
      say('', 'empty row; left out');
      return;
    }
    const long = [...PLAN_FIELDS, 'nameRu'].find((f) => text(f).length > CELL_CHARS_LIMIT);
    if (long) {
      say(long, `${text(long).length} characters, more than a cell holds (${CELL_CHARS_LIMIT}); the row is left out`);
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
    for (const f of ['sectionTitle', 'activity', 'responsible', 'deadline', 'deliverable', 'nameRu']) {
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
      // Optional: a file without it (or an empty cell) leaves the sheet's Russian name as it is.
      ...(text('nameRu') ? { nameRu: text('nameRu') } : {}),
    });
  });
  const sections = [...new Map(items.map((i) => [i.section, { no: i.section, title: i.sectionTitle }])).values()].sort(
    (a, b) => a.no - b.no,
  );
  return { plan: { title, academicYear: '', signatory: { position: '', name: '' }, sections, items }, problems };
}

function isScalar(v: unknown): v is string | number | boolean | null {
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}
