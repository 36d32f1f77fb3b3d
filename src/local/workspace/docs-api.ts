/**
 * The Docs advanced service (Docs API v1), in memory, on the very documents DocumentApp and the docx exporter see, as
 * far as Jospar uses it, following the REST reference (https://developers.google.com/workspace/docs/api/reference/rest):
 * - documents.get: the body, header and footer as structural elements with UTF-16 indices. The body starts with a
 *   section break [0, 1), so its first paragraph starts at 1; a header or footer starts at 0; every paragraph ends
 *   with "\n"; a table takes one index for its start, one for each row's and each cell's start, and one for its end
 *   (a cell holds at least one paragraph). Indices of 0 are left out, as the API's JSON leaves out zero values.
 * - documents.batchUpdate: requests applied in order, each on the document as the ones before left it, all or nothing
 *   (a request that is not valid fails the whole call and nothing is applied), replies in the requests' order:
 *   replaceAllText (literal text, in every segment, matchCase false by default; reply occurrencesChanged),
 *   deleteContentRange (400 for the invalid ranges the reference lists: a segment's or cell's last newline, part of a
 *   table, the newline before a table without the table, rows or cells of a table), insertText (inside an existing
 *   paragraph; "\n" makes a new paragraph with the same paragraph style; the text takes the style of the character
 *   before; control and private-use characters are stripped).
 * - errors as Apps Script surfaces them: "API call to docs.documents.<call> failed with error: <message>".
 * A batchUpdate is one 'docs' write for the counter and fault injection (an injected 'throw' is a 429 quota error).
 */
import type { CallCounter, Emulated } from './counter';
import {
  paragraphText,
  type CellState,
  type DocStore,
  type DocumentState,
  type DriveStore,
  type ElementState,
  type ParagraphState,
  type RunState,
  type SectionState,
  type TableState,
} from './documents';

const HEADER_ID = 'kix.header0';
const FOOTER_ID = 'kix.footer0';

/** What Apps Script throws for the advanced service's HTTP error, its status in details.code. */
export class DocsApiError extends Error {
  readonly details: { code: number; message: string };
  constructor(call: string, code: number, message: string) {
    super(`API call to docs.documents.${call} failed with error: ${message}`);
    this.name = 'GoogleJsonResponseException';
    this.details = { code, message };
  }
}

interface TextStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  fontSize?: { magnitude: number; unit: 'PT' };
  weightedFontFamily?: { fontFamily: string };
}
interface TextRunJson {
  startIndex?: number;
  endIndex: number;
  textRun: { content: string; textStyle: TextStyle };
}
/** The Docs API's AutoText element: a page number or the page count, which only the printed page fills in. */
interface AutoTextJson {
  startIndex?: number;
  endIndex: number;
  autoText: { type: 'PAGE_NUMBER' | 'PAGE_COUNT'; textStyle: TextStyle };
}
type ParagraphElementJson = TextRunJson | AutoTextJson;
export interface StructuralElementJson {
  startIndex?: number;
  endIndex: number;
  sectionBreak?: Record<string, never>;
  paragraph?: { elements: ParagraphElementJson[]; paragraphStyle: { alignment?: string; pageBreakBefore?: boolean } };
  table?: {
    rows: number;
    columns: number;
    tableRows: Array<{
      startIndex: number;
      endIndex: number;
      tableCells: Array<{
        startIndex: number;
        endIndex: number;
        content: StructuralElementJson[];
        tableCellStyle: { rowSpan: number; columnSpan: number };
      }>;
      tableRowStyle?: { tableHeader: boolean };
    }>;
    tableStyle: { tableColumnProperties: Array<{ widthType: string; width?: { magnitude: number; unit: 'PT' } }> };
  };
}

/** Where each paragraph and table of a segment sits: what the requests' indices are resolved against. */
interface ParaLoc {
  kind: 'p';
  p: ParagraphState;
  list: Array<ElementState | ParagraphState>;
  start: number;
  end: number;
  cell: CellState | null;
}
interface TableLoc {
  kind: 't';
  t: TableState;
  list: ElementState[];
  start: number;
  end: number;
  cells: Array<{ cell: CellState; start: number; end: number }>;
}
type Loc = ParaLoc | TableLoc;

const ALIGN_OUT: Record<string, string> = { LEFT: 'START', CENTER: 'CENTER', RIGHT: 'END', JUSTIFY: 'JUSTIFIED' };

function len(s: string): number {
  return s.length; // JavaScript strings are UTF-16: one code unit per index, as the API counts.
}

function style(r: RunState): TextStyle {
  const s: TextStyle = {};
  if (r.bold) s.bold = true;
  if (r.italic) s.italic = true;
  if (r.underline) s.underline = true;
  if (r.fontSize) s.fontSize = { magnitude: r.fontSize, unit: 'PT' };
  if (r.fontFamily) s.weightedFontFamily = { fontFamily: r.fontFamily };
  return s;
}

const at = (start: number) => (start ? { startIndex: start } : {});

/** The segment's elements as the API shows them, and the locations of every paragraph and table, from `start`. */
function layout(
  children: ElementState[] | ParagraphState[],
  start: number,
  cell: CellState | null,
  locs: Loc[],
): { json: StructuralElementJson[]; end: number } {
  const json: StructuralElementJson[] = [];
  let i = start;
  for (const e of children as ElementState[]) {
    if (e.type === 'PARAGRAPH') {
      const from = i;
      const runs = e.runs.filter((r) => r.text.length || r.autoText);
      const elements: ParagraphElementJson[] = [];
      runs.forEach((r, k) => {
        if (r.autoText) {
          // An AutoText (a page number) is one element of one index.
          elements.push({ ...at(i), endIndex: i + 1, autoText: { type: r.autoText, textStyle: style(r) } });
          i += 1;
          return;
        }
        const content = k === runs.length - 1 ? `${r.text}\n` : r.text;
        elements.push({ ...at(i), endIndex: i + len(content), textRun: { content, textStyle: style(r) } });
        i += len(content);
      });
      if (!runs.length || runs[runs.length - 1].autoText) {
        const last = runs[runs.length - 1] ?? e.runs[0] ?? {};
        elements.push({ ...at(i), endIndex: i + 1, textRun: { content: '\n', textStyle: style(last) } });
        i += 1;
      }
      locs.push({ kind: 'p', p: e, list: children as ElementState[], start: from, end: i, cell });
      json.push({
        ...at(from),
        endIndex: i,
        paragraph: {
          elements,
          paragraphStyle: {
            ...(e.alignment ? { alignment: ALIGN_OUT[e.alignment] } : {}),
            ...(e.pageBreakBefore ? { pageBreakBefore: true } : {}),
          },
        },
      });
    } else {
      const from = i;
      const loc: TableLoc = { kind: 't', t: e, list: children as ElementState[], start: from, end: 0, cells: [] };
      locs.push(loc);
      i++;
      const tableRows = e.rows.map((row, r) => {
        const rowStart = i++;
        const tableCells = row.cells.map((c) => {
          const cellStart = i++;
          const inner = layout(c.paragraphs, i, c, locs);
          i = inner.end;
          loc.cells.push({ cell: c, start: cellStart, end: i });
          const tableCellStyle = { rowSpan: 1, columnSpan: c.covered ? 0 : (c.columnSpan ?? 1) };
          return { startIndex: cellStart, endIndex: i, content: inner.json, tableCellStyle };
        });
        const pinned = r < (e.pinnedHeaderRows ?? 0);
        return {
          startIndex: rowStart,
          endIndex: i,
          tableCells,
          ...(pinned ? { tableRowStyle: { tableHeader: true } } : {}),
        };
      });
      i++;
      loc.end = i;
      const columns = e.rows[0]?.cells.length ?? 0;
      const tableColumnProperties = Array.from({ length: columns }, (_, k) => {
        const w = e.columnWidths?.[k];
        return w
          ? { widthType: 'FIXED_WIDTH', width: { magnitude: w, unit: 'PT' as const } }
          : { widthType: 'EVENLY_DISTRIBUTED' };
      });
      json.push({
        ...at(from),
        endIndex: i,
        table: { rows: e.rows.length, columns, tableRows, tableStyle: { tableColumnProperties } },
      });
    }
  }
  return { json, end: i };
}

function segmentOf(doc: DocumentState, segmentId: string | undefined, call: string): SectionState {
  if (!segmentId) return doc.body;
  if (segmentId === HEADER_ID && doc.header) return doc.header;
  if (segmentId === FOOTER_ID && doc.footer) return doc.footer;
  throw new DocsApiError(call, 400, `Invalid requests[0]: The segment ID ${segmentId} does not exist.`);
}

function locate(doc: DocumentState, section: SectionState): { locs: Loc[]; end: number } {
  const locs: Loc[] = [];
  const { end } = layout(section.children, section === doc.body ? 1 : 0, null, locs);
  return { locs, end };
}

/** Characters with their run styles, to cut and splice a paragraph's text at code-unit offsets. */
function chars(p: ParagraphState): Array<{ ch: string; style: RunState }> {
  // Jospar never edits the paragraph of a page number: say so rather than lose the AutoText or misplace an index.
  if (p.runs.some((r) => r.autoText))
    throw new DocsApiError('batchUpdate', 400, 'editing a paragraph with an AutoText is not offered by the emulation');
  const out: Array<{ ch: string; style: RunState }> = [];
  for (const r of p.runs) for (const ch of r.text.split('')) out.push({ ch, style: r });
  return out;
}

function runsOf(list: Array<{ ch: string; style: RunState }>, fallback: RunState): RunState[] {
  const runs: RunState[] = [];
  for (const { ch, style: s } of list) {
    const { text: _t, ...attrs } = s;
    const last = runs[runs.length - 1];
    if (last && JSON.stringify({ ...last, text: '' }) === JSON.stringify({ ...attrs, text: '' })) last.text += ch;
    else runs.push({ ...attrs, text: ch });
  }
  if (runs.length) return runs;
  const { text: _t, ...attrs } = fallback;
  return [{ ...attrs, text: '' }];
}

type Request = Record<string, Record<string, unknown>>;

export class LocalDocsDocuments implements Emulated {
  readonly gasClass = 'DocsDocuments';
  readonly gasService = 'docs' as const;
  constructor(
    private readonly docs: DocStore,
    private readonly drive: DriveStore,
    private readonly counter: CallCounter,
  ) {}

  private find(id: string, call: string): DocumentState {
    const d = this.docs.documents.find((x) => x.id === id);
    const f = this.drive.files.find((x) => x.id === id);
    if (!d || f?.trashed) throw new DocsApiError(call, 404, 'Requested entity was not found.');
    return d;
  }

  get(documentId: string, _options: object = {}): Record<string, unknown> {
    const d = this.find(String(documentId), 'get');
    const segment = (s: SectionState, from: number) => layout(s.children, from, null, []).json;
    const out: Record<string, unknown> = {
      documentId: d.id,
      title: d.name,
      body: { content: [{ endIndex: 1, sectionBreak: {} }, ...segment(d.body, 1)] },
      documentStyle: {
        ...(d.header ? { defaultHeaderId: HEADER_ID } : {}),
        ...(d.footer ? { defaultFooterId: FOOTER_ID } : {}),
        ...pageStyle(d),
      },
    };
    if (d.header) out.headers = { [HEADER_ID]: { headerId: HEADER_ID, content: segment(d.header, 0) } };
    if (d.footer) out.footers = { [FOOTER_ID]: { footerId: FOOTER_ID, content: segment(d.footer, 0) } };
    return out;
  }

  batchUpdate(resource: { requests?: Request[] }, documentId: string): Record<string, unknown> {
    const d = this.find(String(documentId), 'batchUpdate');
    return this.counter.write(
      'docs',
      'documents.batchUpdate',
      () => {
        // All or nothing: the requests run on a copy, which replaces the document only if every one of them is valid.
        const work = JSON.parse(JSON.stringify(d)) as DocumentState;
        const replies = (resource.requests ?? []).map((r, n) => this.apply(work, r, n));
        d.body = work.body;
        d.header = work.header;
        d.footer = work.footer;
        if (work.page) d.page = work.page;
        return { documentId: d.id, replies };
      },
      () => new DocsApiError('batchUpdate', 429, "Quota exceeded for quota metric 'Write requests'."),
    );
  }

  private apply(doc: DocumentState, request: Request, n: number): Record<string, unknown> {
    const kinds = Object.keys(request);
    const bad = (message: string): never => {
      throw new DocsApiError('batchUpdate', 400, `Invalid requests[${n}].${kinds[0] ?? ''}: ${message}`);
    };
    if (kinds.length !== 1) bad('a request must set exactly one kind of request');
    const kind = kinds[0];
    const r = request[kind];
    if (kind === 'replaceAllText') return { replaceAllText: replaceAll(doc, r, bad) };
    if (kind === 'deleteContentRange') {
      deleteRange(doc, (r.range ?? {}) as Range, bad);
      return {};
    }
    if (kind === 'insertText') {
      insertText(doc, r, bad);
      return {};
    }
    if (kind === 'insertTable') {
      insertTable(doc, r, bad);
      return {};
    }
    if (kind === 'updateTextStyle' || kind === 'updateParagraphStyle') {
      updateStyle(doc, kind, r, bad);
      return {};
    }
    if (kind === 'updateDocumentStyle') {
      updateDocumentStyle(doc, r, bad);
      return {};
    }
    if (kind === 'updateTableColumnProperties' || kind === 'mergeTableCells' || kind === 'pinTableHeaderRows') {
      updateTable(doc, kind, r, bad);
      return {};
    }
    if (kind === 'createHeader' || kind === 'createFooter') {
      const header = kind === 'createHeader';
      if (header ? doc.header : doc.footer) bad(`A default ${header ? 'header' : 'footer'} already exists.`);
      const fresh: SectionState = { children: [{ type: 'PARAGRAPH', runs: [{ text: '' }] }] };
      if (header) doc.header = fresh;
      else doc.footer = fresh;
      return header ? { createHeader: { headerId: HEADER_ID } } : { createFooter: { footerId: FOOTER_ID } };
    }
    return bad(`the request kind ${kind} is not offered by the local emulation`);
  }
}

interface Range {
  startIndex?: number;
  endIndex?: number;
  segmentId?: string;
}

function replaceAll(
  doc: DocumentState,
  r: Record<string, unknown>,
  bad: (m: string) => never,
): { occurrencesChanged?: number } {
  const criteria = (r.containsText ?? {}) as { text?: string; matchCase?: boolean };
  const find = String(criteria.text ?? '');
  if (!find) bad('containsText.text must not be empty');
  const replacement = String(r.replaceText ?? '');
  const fold = (s: string) => (criteria.matchCase ? s : s.toLowerCase());
  let count = 0;
  const paragraphs = (children: ElementState[]): ParagraphState[] =>
    children.flatMap((e) =>
      e.type === 'PARAGRAPH' ? [e] : e.rows.flatMap((row) => row.cells.flatMap((c) => c.paragraphs)),
    );
  for (const section of [doc.body, doc.header, doc.footer]) {
    if (!section) continue;
    for (const p of paragraphs(section.children)) {
      const text = paragraphText(p);
      const hay = fold(text);
      const needle = fold(find);
      if (!hay.includes(needle)) continue;
      const cs = chars(p);
      const out: Array<{ ch: string; style: RunState }> = [];
      let last = 0;
      for (let k = hay.indexOf(needle); k >= 0; k = hay.indexOf(needle, last)) {
        out.push(...cs.slice(last, k));
        for (const ch of replacement.split('')) out.push({ ch, style: cs[k].style });
        last = k + needle.length;
        count++;
      }
      out.push(...cs.slice(last));
      p.runs = runsOf(out, p.runs[0] ?? { text: '' });
    }
  }
  return count ? { occurrencesChanged: count } : {};
}

function insertText(doc: DocumentState, r: Record<string, unknown>, bad: (m: string) => never): void {
  // Control characters (other than tab and newline) and private-use characters are stripped.
  // eslint-disable-next-line no-control-regex
  const text = String(r.text ?? '').replace(/[\u0000-\u0008\u000C-\u001F\uE000-\uF8FF]/g, '');
  const { p, offset } = paragraphAt(doc, r, bad);
  const cs = chars(p.p);
  const before = cs[offset - 1]?.style ?? cs[offset]?.style ?? p.p.runs[0] ?? { text: '' };
  const parts = text.split('\n');
  const head = [...cs.slice(0, offset), ...parts[0].split('').map((ch) => ({ ch, style: before }))];
  if (parts.length === 1) {
    p.p.runs = runsOf([...head, ...cs.slice(offset)], before);
    return;
  }
  // Each "\n" ends a paragraph there; the new paragraphs take the paragraph style of the one inserted into.
  const { runs: _r, ...paragraphStyle } = p.p;
  const made: ParagraphState[] = [{ ...paragraphStyle, runs: runsOf(head, before) }];
  for (const middle of parts.slice(1, -1))
    made.push({
      ...paragraphStyle,
      runs: runsOf(
        middle.split('').map((ch) => ({ ch, style: before })),
        before,
      ),
    });
  const tail = [...parts[parts.length - 1].split('').map((ch) => ({ ch, style: before })), ...cs.slice(offset)];
  p.p.runs = runsOf(tail, before);
  const list = p.list as ParagraphState[];
  list.splice(list.indexOf(p.p), 0, ...made);
}

/** The paragraph a location falls in, where text or a table may go (not a table's start, not past the end). */
function paragraphAt(
  doc: DocumentState,
  r: Record<string, unknown>,
  bad: (m: string) => never,
): { p: ParaLoc; offset: number } {
  const location = r.location as { index?: number; segmentId?: string } | undefined;
  const endOf = r.endOfSegmentLocation as { segmentId?: string } | undefined;
  const section = segmentOf(doc, location?.segmentId ?? endOf?.segmentId, 'batchUpdate');
  const { locs, end } = locate(doc, section);
  const index = location ? Number(location.index ?? 0) : end - 1;
  const p = locs.find((l): l is ParaLoc => l.kind === 'p' && l.start <= index && index < l.end);
  if (!p) return bad('The insertion index must be inside the bounds of an existing paragraph.');
  return { p, offset: index - p.start };
}

/** A table of empty cells; the paragraph it goes into is cut there, so a newline comes before the table. */
function insertTable(doc: DocumentState, r: Record<string, unknown>, bad: (m: string) => never): void {
  const rows = Number(r.rows ?? 0);
  const columns = Number(r.columns ?? 0);
  if (!(rows >= 1 && columns >= 1)) bad('A table needs at least one row and one column.');
  const { p, offset } = paragraphAt(doc, r, bad);
  if (p.cell) bad('A table cannot be inserted inside a table cell by this emulation.');
  const cs = chars(p.p);
  const { runs: _r, ...paragraphStyle } = p.p;
  const head: ParagraphState = { ...paragraphStyle, runs: runsOf(cs.slice(0, offset), p.p.runs[0] ?? { text: '' }) };
  p.p.runs = runsOf(cs.slice(offset), cs[offset - 1]?.style ?? p.p.runs[0] ?? { text: '' });
  const table: TableState = {
    type: 'TABLE',
    rows: Array.from({ length: rows }, () => ({
      cells: Array.from({ length: columns }, () => ({
        paragraphs: [{ type: 'PARAGRAPH' as const, runs: [{ text: '' }] }],
      })),
    })),
  };
  const list = p.list as ElementState[];
  list.splice(list.indexOf(p.p), 0, head, table);
}

const ALIGN_IN: Record<string, string> = { START: 'LEFT', CENTER: 'CENTER', END: 'RIGHT', JUSTIFIED: 'JUSTIFY' };

/** updateTextStyle on the characters of a range, updateParagraphStyle on the paragraphs it touches, per `fields`. */
function updateStyle(doc: DocumentState, kind: string, r: Record<string, unknown>, bad: (m: string) => never): void {
  const range = (r.range ?? {}) as Range;
  const s = Number(range.startIndex ?? 0);
  const e = Number(range.endIndex ?? 0);
  if (!(e > s)) bad('The range must not be empty.');
  const fields = String(r.fields ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  if (!fields.length) bad('fields must name what to update ("*" for everything).');
  const wants = (f: string) => fields.includes('*') || fields.includes(f);
  const section = segmentOf(doc, range.segmentId, 'batchUpdate');
  const touched = locate(doc, section).locs.filter((l): l is ParaLoc => l.kind === 'p' && l.start < e && s < l.end);
  if (kind === 'updateParagraphStyle') {
    const ps = (r.paragraphStyle ?? {}) as { alignment?: string; pageBreakBefore?: boolean };
    const alignment = ps.alignment;
    if (wants('alignment'))
      for (const l of touched) {
        if (alignment && !(alignment in ALIGN_IN)) bad(`Unknown alignment ${alignment}.`);
        if (alignment) l.p.alignment = ALIGN_IN[alignment];
        else delete l.p.alignment;
      }
    if (wants('pageBreakBefore'))
      for (const l of touched) {
        // The reference: a paragraph in a table, a header or a footer cannot start a page (400).
        if (ps.pageBreakBefore && (l.cell || section !== doc.body))
          bad('pageBreakBefore cannot be set on a paragraph in a table, header, footer or footnote.');
        if (ps.pageBreakBefore) l.p.pageBreakBefore = true;
        else delete l.p.pageBreakBefore;
      }
    return;
  }
  const style = (r.textStyle ?? {}) as TextStyle;
  const attrs: Partial<RunState> = {};
  if (wants('bold')) attrs.bold = !!style.bold;
  if (wants('italic')) attrs.italic = !!style.italic;
  if (wants('underline')) attrs.underline = !!style.underline;
  if (wants('fontSize')) attrs.fontSize = style.fontSize?.magnitude;
  if (wants('weightedFontFamily')) attrs.fontFamily = style.weightedFontFamily?.fontFamily;
  for (const l of touched) {
    const cs = chars(l.p).map((c, k) => {
      const at = l.start + k;
      return at >= s && at < e ? { ch: c.ch, style: { ...c.style, ...attrs } } : c;
    });
    l.p.runs = runsOf(cs, l.p.runs[0] ?? { text: '' });
  }
}

const LETTER = { width: 612, height: 792 };
const pt = (magnitude: number) => ({ magnitude, unit: 'PT' as const });

/** documentStyle's page size and margins as documents.get shows them (a new document: Letter, 1-inch margins). */
function pageStyle(d: DocumentState): Record<string, unknown> {
  const p = d.page ?? LETTER;
  return {
    pageSize: { width: pt(p.width), height: pt(p.height) },
    marginTop: pt(d.page?.top ?? 72),
    marginBottom: pt(d.page?.bottom ?? 72),
    marginLeft: pt(d.page?.left ?? 72),
    marginRight: pt(d.page?.right ?? 72),
  };
}

type Dim = { magnitude?: number; unit?: string } | undefined;

/** updateDocumentStyle: the page size and the margins named in `fields` (points). */
function updateDocumentStyle(doc: DocumentState, r: Record<string, unknown>, bad: (m: string) => never): void {
  const fields = String(r.fields ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  if (!fields.length) bad('fields must name what to update ("*" for everything).');
  const style = (r.documentStyle ?? {}) as Record<string, unknown>;
  const points = (d: Dim, name: string): number => {
    if (!d || typeof d.magnitude !== 'number' || d.magnitude < 0) return bad(`${name} must be a dimension.`);
    if (d.unit && d.unit !== 'PT') bad(`${name}: only PT is a unit.`);
    return d.magnitude;
  };
  const page: NonNullable<DocumentState['page']> = { ...(doc.page ?? LETTER) };
  const wants = (f: string) => fields.includes('*') || fields.includes(f);
  if (wants('pageSize')) {
    const size = (style.pageSize ?? {}) as { width?: Dim; height?: Dim };
    page.width = points(size.width, 'pageSize.width');
    page.height = points(size.height, 'pageSize.height');
  }
  for (const [field, key] of [
    ['marginTop', 'top'],
    ['marginBottom', 'bottom'],
    ['marginLeft', 'left'],
    ['marginRight', 'right'],
  ] as const)
    if (wants(field)) page[key] = points(style[field] as Dim, field);
  for (const f of fields)
    if (f !== '*' && !['pageSize', 'marginTop', 'marginBottom', 'marginLeft', 'marginRight'].includes(f))
      bad(`the documentStyle field ${f} is not offered by the local emulation`);
  doc.page = page;
}

/** The table whose start index a request's tableStartLocation names (400 when none starts there). */
function tableAt(doc: DocumentState, location: unknown, bad: (m: string) => never): TableState {
  const l = (location ?? {}) as { index?: number; segmentId?: string };
  const section = segmentOf(doc, l.segmentId, 'batchUpdate');
  const t = locate(doc, section).locs.find((x): x is TableLoc => x.kind === 't' && x.start === Number(l.index));
  if (!t) return bad(`Invalid table start location. There is no table at index ${l.index}.`);
  return t.t;
}

/** updateTableColumnProperties, mergeTableCells (one row at a time) and pinTableHeaderRows. */
function updateTable(doc: DocumentState, kind: string, r: Record<string, unknown>, bad: (m: string) => never): void {
  if (kind === 'pinTableHeaderRows') {
    const table = tableAt(doc, r.tableStartLocation, bad);
    const count = Number(r.pinnedHeaderRowsCount ?? 0);
    if (!Number.isInteger(count) || count < 0 || count > table.rows.length)
      bad(`pinnedHeaderRowsCount must be between 0 and the table's ${table.rows.length} rows.`);
    if (count) table.pinnedHeaderRows = count;
    else delete table.pinnedHeaderRows;
    return;
  }
  if (kind === 'updateTableColumnProperties') {
    const table = tableAt(doc, r.tableStartLocation, bad);
    const columns = table.rows[0]?.cells.length ?? 0;
    const indices = ((r.columnIndices as number[] | undefined) ?? []).map(Number);
    const which = indices.length ? indices : Array.from({ length: columns }, (_, k) => k);
    if (which.some((k) => !(k >= 0 && k < columns))) bad('A column index is outside the table.');
    const props = (r.tableColumnProperties ?? {}) as { widthType?: string; width?: Dim };
    const fields = String(r.fields ?? '');
    if (!fields.trim()) bad('fields must name what to update ("*" for everything).');
    const fixed = props.widthType === 'FIXED_WIDTH';
    const width = fixed ? Number(props.width?.magnitude ?? 0) : null;
    // The reference: a width below 5 points is a 400.
    if (fixed && !(width! >= 5)) bad('The column width must be at least 5 points.');
    const widths = table.columnWidths ?? Array.from({ length: columns }, () => null);
    for (const k of which) widths[k] = width;
    table.columnWidths = widths;
    return;
  }
  const range = (r.tableRange ?? {}) as {
    tableCellLocation?: { tableStartLocation?: unknown; rowIndex?: number; columnIndex?: number };
    rowSpan?: number;
    columnSpan?: number;
  };
  const table = tableAt(doc, range.tableCellLocation?.tableStartLocation, bad);
  const row = Number(range.tableCellLocation?.rowIndex ?? 0);
  const column = Number(range.tableCellLocation?.columnIndex ?? 0);
  const span = Number(range.columnSpan ?? 0);
  if (Number(range.rowSpan ?? 0) !== 1) bad('the local emulation merges cells of one row only (rowSpan 1).');
  const cells = table.rows[row]?.cells;
  if (!cells || !(span >= 1) || column < 0 || column + span > cells.length)
    bad('The table range is outside the table.');
  const chosen = cells!.slice(column, column + span);
  // A range that starts in, or runs into, cells already merged is not rectangular: 400.
  if (chosen.some((c) => c.covered || (c.columnSpan ?? 1) > 1)) bad('The table range must be rectangular.');
  // The text of the merged cells is concatenated in the head cell (empty paragraphs of the others add nothing).
  const head = chosen[0];
  for (const c of chosen.slice(1)) {
    head.paragraphs.push(...c.paragraphs.filter((p) => paragraphText(p) !== ''));
    c.paragraphs = [{ type: 'PARAGRAPH', runs: [{ text: '' }] }];
    c.covered = true;
  }
  if (span > 1) head.columnSpan = span;
}

function deleteRange(doc: DocumentState, range: Range, bad: (m: string) => never): void {
  const section = segmentOf(doc, range.segmentId, 'batchUpdate');
  const s = Number(range.startIndex ?? 0);
  const e = Number(range.endIndex ?? 0);
  if (!(e > s)) bad('The range must not be empty.');
  const { locs, end } = locate(doc, section);
  if (s < (section === doc.body ? 1 : 0) || e > end) bad('Index out of bounds.');
  // Within one table cell: the cell's paragraphs are the list; the cell's last newline stays.
  const table = locs.find((l): l is TableLoc => l.kind === 't' && l.start < e && s < l.end);
  if (table && !(s <= table.start && e >= table.end)) {
    const cell = table.cells.find((c) => c.start < s && e <= c.end);
    if (!cell) bad('Deleting the start or end of a table, or its rows or cells, is not allowed.');
    if (e === cell!.end) bad('The last newline of a table cell cannot be deleted.');
    return deleteInList(
      locs.filter((l): l is ParaLoc => l.kind === 'p' && l.cell === cell!.cell),
      s,
      e,
      bad,
    );
  }
  if (e === end) bad(`The last newline of the ${section === doc.body ? 'body' : 'segment'} cannot be deleted.`);
  const top = locs.filter((l) => l.kind === 't' || l.cell === null);
  // The newline before a table goes only with the table.
  for (const [k, l] of top.entries()) {
    const next = top[k + 1];
    if (l.kind === 'p' && next?.kind === 't' && s < l.end && l.end - 1 < e && !(s <= next.start && e >= next.end))
      bad('The newline before a table cannot be deleted without the table.');
  }
  deleteInList(top, s, e, bad);
}

/** Deletes [s, e) from consecutive paragraphs (and whole tables) of one list; paragraphs cut in two are merged. */
function deleteInList(locs: Loc[], s: number, e: number, bad: (m: string) => never): void {
  const hit = locs.filter((l) => l.start < e && s < l.end);
  const first = hit[0];
  const last = hit[hit.length - 1];
  if (!first || first.kind !== 'p') return bad('The range must start in a paragraph.');
  const list = first.list as Array<ElementState | ParagraphState>;
  const state = (l: Loc) => (l.kind === 'p' ? l.p : l.t);
  const from = list.indexOf(first.p);
  let to = list.indexOf(state(last));
  const head = chars(first.p).slice(0, s - first.start);
  // The range takes the last element whole (a table, or a paragraph with its newline): what is left of the first
  // paragraph, if anything, is joined to the paragraph that follows.
  let tail: Array<{ ch: string; style: RunState }>;
  let tailOwner: ParagraphState;
  if (last.kind === 't' || e === last.end) {
    if (!head.length) {
      list.splice(from, to - from + 1);
      return;
    }
    const next = locs[locs.indexOf(last) + 1];
    if (next?.kind !== 'p' || next.list !== first.list) return bad('The range would join a paragraph to a table.');
    tailOwner = next.p;
    tail = chars(next.p);
    to = list.indexOf(next.p);
  } else {
    tailOwner = last.p;
    tail = chars(last.p).slice(e - last.start);
  }
  // The merged paragraph keeps the first one's paragraph style if any of it is left, else the last one's.
  const keep = head.length ? first.p : tailOwner;
  const { runs: _r, ...paragraphStyle } = keep;
  const merged: ParagraphState = { ...paragraphStyle, runs: runsOf([...head, ...tail], keep.runs[0] ?? { text: '' }) };
  list.splice(from, to - from + 1, merged);
}

/** The `Docs` global of a project that enabled the advanced service. */
export class LocalDocsService implements Emulated {
  readonly gasClass = 'Docs';
  readonly gasService = 'docs' as const;
  readonly Documents: LocalDocsDocuments;
  constructor(docs: DocStore, drive: DriveStore, counter: CallCounter) {
    this.Documents = counter.track(new LocalDocsDocuments(docs, drive, counter));
  }
}
