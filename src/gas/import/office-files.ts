/**
 * Reading an uploaded .docx or .xlsx inside Apps Script: both are zip archives of XML, so Utilities.unzip and
 * XmlService read them with no extra scope. What comes out is a plain table (core/plan/import/table.ts); what it
 * means is decided in core.
 */
import { columnLetter, ImportError, type ImportedTable, type TableCell } from '../../core/plan/import/table';
import {
  ENTRIES_LIMIT,
  ENTRY_LIMIT,
  megabytes,
  TOTAL_LIMIT,
  UPLOAD_LIMIT,
  zipEntries,
  zipProblem,
  type ZipProblem,
} from '../../core/plan/import/zip-limits';
import { ty } from '../../core/i18n/year-messages';
import { rememberedLang } from '../context';
import { dateKind, isoCellText, numberCellText, type DateKind } from '../../core/plan/import/xlsx-values';

const W_URI = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const S_URI = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R_URI = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PR_URI = 'http://schemas.openxmlformats.org/package/2006/relationships';

type XmlElement = GoogleAppsScript.XML_Service.Element;
/** An archive's entry and the size its central directory declared for it. */
type Part = { blob: GoogleAppsScript.Base.Blob; declared: number };

/**
 * The archive's entries by path, unzipped only when its central directory declares sizes within the limits
 * (core/plan/import/zip-limits.ts), and refused when an entry inflated to more than it declared.
 */
function unzipOrFail(file: string, bytes: number[]): Map<string, Part> {
  const notZip = () => new ImportError(file, [`${file}: not a .docx or .xlsx file (it is not a zip archive)`]);
  const problem = zipProblem(bytes);
  if (problem?.kind === 'unreadable') throw notZip();
  if (problem) throw new ImportError(file, [zipProblemText(file, problem)]);
  let parts: GoogleAppsScript.Base.Blob[];
  try {
    parts = Utilities.unzip(Utilities.newBlob(bytes, 'application/zip', file));
  } catch {
    // Its directory was read, so it is a zip archive; one that does not unzip as declared is damaged (or a bomb whose
    // headers understate its sizes, which the unzipper refuses).
    throw new ImportError(file, [`${file}: the archive is damaged: it does not unzip as its directory declares`]);
  }
  const declared = new Map((zipEntries(bytes) ?? []).map((e) => [e.name, e.size]));
  return new Map(parts.map((b) => [b.getName() ?? '', { blob: b, declared: declared.get(b.getName() ?? '') ?? 0 }]));
}

/** A size problem in the user's language. */
export function zipProblemText(file: string, p: ZipProblem): string {
  const lang = rememberedLang();
  if (p.kind === 'upload')
    return ty(lang, 'importTooLarge', { file, size: megabytes(p.size), limit: megabytes(UPLOAD_LIMIT) });
  if (p.kind === 'entry')
    return ty(lang, 'importEntryTooLarge', {
      file,
      name: p.name,
      size: megabytes(p.size),
      limit: megabytes(ENTRY_LIMIT),
    });
  if (p.kind === 'total')
    return ty(lang, 'importTotalTooLarge', { file, size: megabytes(p.size), limit: megabytes(TOTAL_LIMIT) });
  if (p.kind === 'entries') return ty(lang, 'importTooManyEntries', { file, count: p.count, limit: ENTRIES_LIMIT });
  return `${file}: not a .docx or .xlsx file (it is not a zip archive)`;
}

/**
 * A part's XML root. Its text may not be longer than the size its archive declared (one character is at least one
 * byte of UTF-8): an entry that inflated past its declaration is refused, whatever the unzipper trusted.
 */
function parseOrFail(file: string, name: string, part: Part | undefined): XmlElement {
  if (!part) throw new ImportError(file, [`${file}: ${name} is missing: the file is damaged or of another kind`]);
  const text = part.blob.getDataAsString();
  if (text.length > part.declared)
    throw new ImportError(file, [
      ty(rememberedLang(), 'importInflatedMore', { file, name, declared: megabytes(part.declared) }),
    ]);
  try {
    const root = XmlService.parse(text).getRootElement();
    if (root) return root;
  } catch (e) {
    throw new ImportError(file, [
      `${file}: ${name} is not readable XML (${String((e as Error).message).slice(0, 120)})`,
    ]);
  }
  throw new ImportError(file, [`${file}: ${name} is empty`]);
}

// ---- .docx ----

/** A paragraph's text: its runs' text, tabs as spaces, line breaks as new lines. */
function paragraphText(p: XmlElement): string {
  let s = '';
  const walk = (e: XmlElement) => {
    for (const c of e.getChildren()) {
      const name = c.getName();
      if (c.getNamespace().getURI() !== W_URI) continue;
      if (name === 't') s += c.getText();
      else if (name === 'tab') s += '\t';
      else if (name === 'br' || name === 'cr') s += '\n';
      else if (name === 'r' || name === 'hyperlink' || name === 'smartTag' || name === 'ins' || name === 'sdtContent')
        walk(c);
      else if (name === 'sdt') walk(c);
    }
  };
  walk(p);
  return s;
}

function cellOf(tc: XmlElement, w: GoogleAppsScript.XML_Service.Namespace): TableCell {
  const span = Number(tc.getChild('tcPr', w)?.getChild('gridSpan', w)?.getAttribute('val', w)?.getValue() ?? '1');
  const text = tc
    .getChildren('p', w)
    .map((p) => paragraphText(p))
    .join('\n');
  return { text, span: Number.isInteger(span) && span > 0 ? span : 1 };
}

/** The first table of a Word document, with the paragraphs before and after it. */
export function readDocx(file: string, bytes: number[]): ImportedTable {
  const parts = unzipOrFail(file, bytes);
  const w = XmlService.getNamespace('w', W_URI);
  const root = parseOrFail(file, 'word/document.xml', parts.get('word/document.xml'));
  const body = root.getChild('body', w);
  const before: string[] = [];
  const after: string[] = [];
  let table: XmlElement | null = null;
  for (const e of body ? body.getChildren() : []) {
    if (e.getName() === 'tbl' && !table) table = e;
    else if (e.getName() === 'p') (table ? after : before).push(paragraphText(e));
  }
  if (!table) throw new ImportError(file, [`${file}: the document has no table; a plan is one table of activities`]);
  const rows = table.getChildren('tr', w).map((tr) => tr.getChildren('tc', w).map((tc) => cellOf(tc, w)));
  return {
    file,
    rows,
    before,
    after,
    where: (row, col) => `table row ${row}, column ${col + 1}`,
  };
}

// ---- .xlsx ----

function sharedStrings(file: string, parts: Map<string, Part>): string[] {
  const blob = parts.get('xl/sharedStrings.xml');
  if (!blob) return [];
  const s = XmlService.getNamespace(S_URI);
  return parseOrFail(file, 'xl/sharedStrings.xml', blob)
    .getChildren('si', s)
    .map((si) => si.getValue());
}

/** The workbook's root element (its sheets and its date system). */
function workbookRoot(file: string, parts: Map<string, Part>): XmlElement {
  return parseOrFail(file, 'xl/workbook.xml', parts.get('xl/workbook.xml'));
}

/** Whether the workbook counts days from 1904 (old Mac Excel) rather than from 1900. */
function uses1904(workbook: XmlElement): boolean {
  const value = workbook.getChild('workbookPr', XmlService.getNamespace(S_URI))?.getAttribute('date1904')?.getValue();
  return value === '1' || value === 'true';
}

/** For each cell style index (a cell's "s"), whether its number format shows a date, a time, or neither. */
function styleDateKinds(file: string, parts: Map<string, Part>): DateKind[] {
  const blob = parts.get('xl/styles.xml');
  if (!blob) return [];
  const s = XmlService.getNamespace(S_URI);
  const root = parseOrFail(file, 'xl/styles.xml', blob);
  const codes = new Map<number, string>();
  for (const f of root.getChild('numFmts', s)?.getChildren('numFmt', s) ?? [])
    codes.set(Number(f.getAttribute('numFmtId')?.getValue()), f.getAttribute('formatCode')?.getValue() ?? '');
  return (root.getChild('cellXfs', s)?.getChildren('xf', s) ?? []).map((xf) => {
    const id = Number(xf.getAttribute('numFmtId')?.getValue() ?? 0);
    return dateKind(id, codes.get(id));
  });
}

/** The path of the workbook's first sheet, through workbook.xml and its relationships. */
function firstSheetPath(file: string, workbook: XmlElement, parts: Map<string, Part>): string {
  const s = XmlService.getNamespace(S_URI);
  const r = XmlService.getNamespace('r', R_URI);
  const sheet = workbook.getChild('sheets', s)?.getChildren('sheet', s)[0];
  const rid = sheet?.getAttribute('id', r)?.getValue();
  if (!rid) throw new ImportError(file, [`${file}: the workbook has no sheet`]);
  const rels = parseOrFail(file, 'xl/_rels/workbook.xml.rels', parts.get('xl/_rels/workbook.xml.rels'));
  const rel = rels
    .getChildren('Relationship', XmlService.getNamespace(PR_URI))
    .find((x) => x.getAttribute('Id')?.getValue() === rid);
  const target = rel?.getAttribute('Target')?.getValue() ?? '';
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** "C12" → 2 (0-based column). */
function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)?.[0] ?? 'A';
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** At most this many error cells are named in the message; the rest are counted. */
const ERRORS_NAMED = 20;

/**
 * The first sheet of a workbook as rows of text, as Excel shows their meaning: shared and inline strings resolved,
 * numbers as written, dates (a number under a date format, or a "d" cell) as the plan writes dates. A cell holding an
 * error value (#REF!, #DIV/0! …) refuses the file, naming its row and column: it is no value, and taken as text it
 * would become an activity or a deadline.
 */
export function readXlsx(file: string, bytes: number[]): ImportedTable {
  const parts = unzipOrFail(file, bytes);
  const s = XmlService.getNamespace(S_URI);
  const strings = sharedStrings(file, parts);
  const workbook = workbookRoot(file, parts);
  const date1904 = uses1904(workbook);
  const kinds = styleDateKinds(file, parts);
  const path = firstSheetPath(file, workbook, parts);
  const data = parseOrFail(file, path, parts.get(path)).getChild('sheetData', s);
  const where = (row: number, col: number) => `row ${row}, column ${columnLetter(col)}`;
  const rows: TableCell[][] = [];
  const errors: string[] = [];
  for (const row of data ? data.getChildren('row', s) : []) {
    const at = Number(row.getAttribute('r')?.getValue() ?? rows.length + 1) - 1;
    const cells: TableCell[] = [];
    row.getChildren('c', s).forEach((c, i) => {
      const ref = c.getAttribute('r')?.getValue();
      const col = ref ? columnIndex(ref) : i;
      const type = c.getAttribute('t')?.getValue() ?? 'n';
      const v = c.getChild('v', s)?.getText() ?? '';
      if (type === 'e') {
        const error = v || '#N/A';
        errors.push(
          `${file}, ${where(at + 1, col)}: the cell holds the error ${error}, not a value; correct it in Excel`,
        );
        return;
      }
      const kind = kinds[Number(c.getAttribute('s')?.getValue() ?? 0)] ?? null;
      let text = v;
      if (type === 's') text = strings[Number(v)] ?? '';
      else if (type === 'inlineStr') text = c.getChild('is', s)?.getValue() ?? '';
      else if (type === 'd') text = isoCellText(v);
      else if (type === 'n') text = numberCellText(v, kind, date1904);
      while (cells.length < col) cells.push({ text: '', span: 1 });
      cells[col] = { text, span: 1 };
    });
    while (rows.length < at) rows.push([]);
    rows[at] = cells;
  }
  if (errors.length) {
    const more = errors.length - ERRORS_NAMED;
    throw new ImportError(file, [
      ...errors.slice(0, ERRORS_NAMED),
      ...(more > 0 ? [`${file}: ${more} more error cells`] : []),
    ]);
  }
  return { file, rows, before: [], after: [], where };
}
