/**
 * The CLI's one way to read the files a user hands it (`--plan`, `--state`, an imported file): each problem is one
 * clear message naming the file (and the row and column where there is one), thrown as an InputError that the command
 * turns into a non-zero exit; never a stack trace, never "exit 0, nothing imported".
 *
 * - readTextFile: a file that exists, is not a directory, is not empty, and is text: UTF-8 (with or without BOM) or
 *   UTF-16 (LE or BE, with or without BOM; read, not refused); binary content is refused.
 * - readPlanFile: a CSV or JSON plan, checked by core's parsePlanText/parsePlanItems, CSV read by csv-parse.
 * - readStateFile: a saved local Workspace (`--state`), checked for the shape Workspace.fromJSON needs.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'csv-parse/sync';
import { parsePlanItems, parsePlanText, type CsvReader } from '../../core/plan/plan-file';
import { STATE_VERSION } from '../workspace/workspace';
import { textCharset } from '../../core/text/charset';

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** CSV as RFC 4180 reads it (quotes, doubled quotes, line breaks inside quotes), rows of any length. */
export const localCsvReader: CsvReader = (text, delimiter) =>
  parse(text, { delimiter, relax_column_count: true, bom: true, skip_empty_lines: false }) as string[][];

export function readTextFile(path: string, what: string): string {
  if (!existsSync(path)) throw new InputError(`${what}: no such file ${path}`);
  if (statSync(path).isDirectory()) throw new InputError(`${what}: ${path} is a directory, not a file`);
  const bytes = readFileSync(path);
  if (bytes.length === 0) throw new InputError(`${what}: ${path} is empty`);
  const text = decodeText(bytes);
  if (text === null) throw new InputError(`${what}: ${path} is not text (binary content; expected UTF-8 or UTF-16)`);
  if (!text.trim()) throw new InputError(`${what}: ${path} holds only blanks`);
  return text;
}

/** The bytes of a file given to `jospar import` (any kind: .docx and .xlsx are binary): present, a file, not empty. */
export function readUploadFile(path: string): Buffer {
  if (!existsSync(path)) throw new InputError(`import: no such file ${path}`);
  if (statSync(path).isDirectory()) throw new InputError(`import: ${path} is a directory, not a file`);
  const bytes = readFileSync(path);
  if (bytes.length === 0) throw new InputError(`import: ${path} is empty`);
  return bytes;
}

/** UTF-8 or UTF-16 text, BOM or not; null for anything else (a zip, an image, a .xlsx given as CSV). */
export function decodeText(bytes: Buffer): string | null {
  const charset = textCharset(bytes);
  const hasBom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const bom = hasBom && charset !== 'UTF-8' ? 2 : 0;
  if (charset === 'UTF-16LE') return bytes.subarray(bom).toString('utf16le');
  if (charset === 'UTF-16BE') return swapped(bytes.subarray(bom)).toString('utf16le');
  if (bytes.includes(0)) return null;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  // A few replacement characters are a typo; many mean the bytes were never UTF-8.
  const bad = (text.match(/\ufffd/g) ?? []).length;
  if (bad > Math.max(2, text.length / 100)) return null;
  // Control characters other than tab and line breaks do not occur in a plan or a state.
  if ([...text.slice(0, 4096)].some((ch) => ch < ' ' && !'\t\n\r\f\v'.includes(ch))) return null;
  return text.replace(/^\ufeff/, '');
}

function swapped(bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)));
  return copy.swap16();
}

/** A plan file as items for josparImportPlan, with the row numbers its problems speak of. */
export function readPlanFile(path: string): { items: unknown[]; firstRow: number; notes: string[]; file: string } {
  const file = basename(path);
  const text = readTextFile(path, '--plan');
  const read = parsePlanText(file, text, localCsvReader);
  if (read.fatal) throw new InputError(read.problems.map((p) => p.message).join('\n'));
  const checked = parsePlanItems(read.items, file, '', read.firstRow);
  if (checked.plan.items.length === 0)
    throw new InputError(
      [`${file}: no usable plan item`, ...checked.problems.slice(0, 20).map((p) => p.message)].join('\n'),
    );
  // Problems of the file as a whole (a missing optional column); the add-on reports those of each row itself.
  return { items: read.items, firstRow: read.firstRow, notes: read.problems.map((p) => p.message), file };
}

/** A saved local Workspace: JSON of the shape Workspace.fromJSON reads, or an InputError saying what is wrong. */
export function readStateFile(path: string): unknown {
  const text = readTextFile(path, '--state');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InputError(`--state: ${path} is not valid JSON, perhaps cut short (${(e as Error).message})`);
  }
  const problem = stateProblem(json);
  if (problem) throw new InputError(`--state: ${path} is not a saved Jospar workspace: ${problem}`);
  return json;
}

/** What keeps a value from being a saved Workspace, or null. */
export function stateProblem(json: unknown): string | null {
  const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
  if (!isObject(json)) return 'not a JSON object';
  if (json.version !== STATE_VERSION) return `"version" is ${JSON.stringify(json.version)}, expected ${STATE_VERSION}`;
  if (typeof json.clock !== 'number') return '"clock" is not a number';
  if (typeof json.user !== 'string') return '"user" is not text';
  const ss = json.spreadsheet;
  if (!isObject(ss) || typeof ss.id !== 'string' || !Array.isArray(ss.sheets))
    return '"spreadsheet" lacks id or sheets';
  for (const [i, s] of ss.sheets.entries()) {
    const at = `spreadsheet.sheets[${i}]`;
    if (!isObject(s) || typeof s.name !== 'string') return `${at} has no name`;
    for (const k of ['cells', 'formats', 'styles', 'validations', 'protections', 'columnWidths'])
      if (!Array.isArray(s[k])) return `${at}.${k} is not a list`;
    if (!(s.cells as unknown[]).every((r) => r === null || Array.isArray(r)))
      return `${at}.cells has a row that is not a list`;
  }
  const props = json.properties;
  if (!isObject(props) || !['script', 'document', 'user'].every((k) => Array.isArray(props[k])))
    return '"properties" lacks script, document or user';
  if (!Array.isArray(json.triggers)) return '"triggers" is not a list';
  const cal = json.calendars;
  if (!isObject(cal) || !Array.isArray(cal.calendars)) return '"calendars" lacks its list';
  if (!isObject(json.docs) || !Array.isArray(json.docs.documents)) return '"docs" lacks its documents';
  if (!isObject(json.drive) || !Array.isArray(json.drive.files)) return '"drive" lacks its files';
  return null;
}
