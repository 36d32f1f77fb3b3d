/**
 * Reading an uploaded .docx or .xlsx inside Apps Script: both are zip archives of XML, so Utilities.unzip and
 * XmlService read them with no extra scope. What comes out is a plain table (core/plan/import/table.ts); what it
 * means is decided in core.
 */
import { columnLetter, ImportError, type ImportedTable, type TableCell } from '../../core/plan/import/table';

const W_URI = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const S_URI = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R_URI = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PR_URI = 'http://schemas.openxmlformats.org/package/2006/relationships';

type XmlElement = GoogleAppsScript.XML_Service.Element;

function unzipOrFail(file: string, bytes: number[]): Map<string, GoogleAppsScript.Base.Blob> {
  let parts: GoogleAppsScript.Base.Blob[];
  try {
    parts = Utilities.unzip(Utilities.newBlob(bytes, 'application/zip', file));
  } catch {
    throw new ImportError(file, [`${file}: not a .docx or .xlsx file (it is not a zip archive)`]);
  }
  return new Map(parts.map((b) => [b.getName() ?? '', b]));
}

function parseOrFail(file: string, part: string, blob: GoogleAppsScript.Base.Blob | undefined): XmlElement {
  if (!blob) throw new ImportError(file, [`${file}: ${part} is missing: the file is damaged or of another kind`]);
  try {
    const root = XmlService.parse(blob.getDataAsString()).getRootElement();
    if (root) return root;
  } catch (e) {
    throw new ImportError(file, [
      `${file}: ${part} is not readable XML (${String((e as Error).message).slice(0, 120)})`,
    ]);
  }
  throw new ImportError(file, [`${file}: ${part} is empty`]);
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

function sharedStrings(file: string, parts: Map<string, GoogleAppsScript.Base.Blob>): string[] {
  const blob = parts.get('xl/sharedStrings.xml');
  if (!blob) return [];
  const s = XmlService.getNamespace(S_URI);
  return parseOrFail(file, 'xl/sharedStrings.xml', blob)
    .getChildren('si', s)
    .map((si) => si.getValue());
}

/** The path of the workbook's first sheet, through workbook.xml and its relationships. */
function firstSheetPath(file: string, parts: Map<string, GoogleAppsScript.Base.Blob>): string {
  const s = XmlService.getNamespace(S_URI);
  const r = XmlService.getNamespace('r', R_URI);
  const sheet = parseOrFail(file, 'xl/workbook.xml', parts.get('xl/workbook.xml'))
    .getChild('sheets', s)
    ?.getChildren('sheet', s)[0];
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

/** The first sheet of a workbook as rows of text (numbers as written, shared and inline strings resolved). */
export function readXlsx(file: string, bytes: number[]): ImportedTable {
  const parts = unzipOrFail(file, bytes);
  const s = XmlService.getNamespace(S_URI);
  const strings = sharedStrings(file, parts);
  const path = firstSheetPath(file, parts);
  const data = parseOrFail(file, path, parts.get(path)).getChild('sheetData', s);
  const rows: TableCell[][] = [];
  for (const row of data ? data.getChildren('row', s) : []) {
    const at = Number(row.getAttribute('r')?.getValue() ?? rows.length + 1) - 1;
    const cells: TableCell[] = [];
    row.getChildren('c', s).forEach((c, i) => {
      const ref = c.getAttribute('r')?.getValue();
      const col = ref ? columnIndex(ref) : i;
      const type = c.getAttribute('t')?.getValue() ?? 'n';
      const v = c.getChild('v', s)?.getText() ?? '';
      const text =
        type === 's' ? (strings[Number(v)] ?? '') : type === 'inlineStr' ? (c.getChild('is', s)?.getValue() ?? '') : v;
      while (cells.length < col) cells.push({ text: '', span: 1 });
      cells[col] = { text, span: 1 };
    });
    while (rows.length < at) rows.push([]);
    rows[at] = cells;
  }
  return { file, rows, before: [], after: [], where: (row, col) => `row ${row}, column ${columnLetter(col)}` };
}
