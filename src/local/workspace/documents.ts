/**
 * DocumentApp, in memory, as far as Jospar's templates use it: a document is a body (and optional header and footer) of
 * paragraphs made of styled runs, and tables of rows of cells of paragraphs. Documented behaviour kept:
 * - replaceText takes an RE2 pattern (no look-around, no back-references: those throw) and matches within one paragraph
 *   at a time; the replacement is literal and takes the style of the first character it replaces;
 * - copy() gives a detached element that insert/append methods take; an element removed from its parent is gone.
 * Every call that changes a document is a 'docs' write for the counter and fault injection.
 */
import { DOC_MIME } from '../../core/google-mime';
import type { Emulates } from './conforms';
import type { CallCounter, Emulated } from './counter';
import { LocalDriveApprovals } from './drive-approvals';
import { DOCX_MIME, importDocx } from './docx-import';
import { parseQuery, QueryError } from './drive-query';
import { FieldMaskError } from './field-mask';
import { checkFileFields, listPage, PageTokenError, selectFile, selectFileList } from './drive-resource';

export interface RunState {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  fontSize?: number;
  fontFamily?: string;
  /**
   * A Docs AutoText (a page number or the page count, shown as the page it is printed on gives it): its text is '',
   * as DocumentApp has no class for it; the Docs API shows it as an `autoText` paragraph element of one index.
   */
  autoText?: 'PAGE_NUMBER' | 'PAGE_COUNT';
}
export interface ParagraphState {
  type: 'PARAGRAPH';
  runs: RunState[];
  alignment?: string;
  heading?: string;
  /** Docs API paragraphStyle.pageBreakBefore: the paragraph always starts a new page. */
  pageBreakBefore?: boolean;
}
export interface CellState {
  paragraphs: ParagraphState[];
  background?: string;
  /** Docs API mergeTableCells: the head cell spans this many columns … */
  columnSpan?: number;
  /** … and the cells it covers are kept, marked, so the table stays rectangular for indices. */
  covered?: boolean;
}
export interface RowState {
  cells: CellState[];
}
export interface TableState {
  type: 'TABLE';
  rows: RowState[];
  borderWidth?: number;
  /** Docs API updateTableColumnProperties: a fixed width in points per column (null: evenly distributed). */
  columnWidths?: Array<number | null>;
  /** Docs API pinTableHeaderRows: the first rows repeated at the top of every page the table reaches. */
  pinnedHeaderRows?: number;
}
export type ElementState = ParagraphState | TableState;
export interface SectionState {
  children: ElementState[];
}
export interface DocumentState {
  id: string;
  name: string;
  body: SectionState;
  header: SectionState | null;
  footer: SectionState | null;
  /** Docs API documentStyle: the page size and margins in points (unset: Google's Letter default). */
  page?: { width: number; height: number; top?: number; bottom?: number; left?: number; right?: number };
}

export interface DocStore {
  documents: DocumentState[];
}

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

abstract class DocsObject implements Emulated {
  abstract readonly gasClass: string;
  readonly gasService = 'docs' as const;
  constructor(readonly _counter: CallCounter) {}
  protected change<T>(what: string, f: () => T): T {
    return this._counter.write('docs', what, f);
  }
}

export const ElementType = {
  PARAGRAPH: 'PARAGRAPH',
  TABLE: 'TABLE',
  TABLE_ROW: 'TABLE_ROW',
  TABLE_CELL: 'TABLE_CELL',
  TEXT: 'TEXT',
  BODY_SECTION: 'BODY_SECTION',
};
/** DocumentApp.Attribute: the keys of a style object for setAttributes (only those Jospar's templates use). */
export const Attribute = {
  BOLD: 'BOLD',
  FONT_FAMILY: 'FONT_FAMILY',
  FONT_SIZE: 'FONT_SIZE',
  HORIZONTAL_ALIGNMENT: 'HORIZONTAL_ALIGNMENT',
};

/** The text attributes of a style object (setAttributes), as run attributes; alignment is the paragraph's own. */
function textAttributes(style: Record<string, unknown>): Partial<RunState> {
  const out: Partial<RunState> = {};
  if (Attribute.BOLD in style) out.bold = Boolean(style[Attribute.BOLD]);
  if (Attribute.FONT_FAMILY in style) out.fontFamily = String(style[Attribute.FONT_FAMILY]);
  if (Attribute.FONT_SIZE in style) out.fontSize = Number(style[Attribute.FONT_SIZE]);
  return out;
}

export const HorizontalAlignment = { LEFT: 'LEFT', CENTER: 'CENTER', RIGHT: 'RIGHT', JUSTIFY: 'JUSTIFY' };
export const ParagraphHeading = {
  NORMAL: 'NORMAL',
  TITLE: 'TITLE',
  SUBTITLE: 'SUBTITLE',
  HEADING1: 'HEADING1',
  HEADING2: 'HEADING2',
  HEADING3: 'HEADING3',
};

export function paragraphText(p: ParagraphState): string {
  return p.runs.map((r) => r.text).join('');
}

/** RE2 lacks look-around and back-references; Apps Script rejects such patterns. */
function re2(pattern: string): RegExp {
  if (/\(\?<?[=!]|\\[1-9]/.test(pattern))
    throw new Error(`Invalid argument: searchPattern (RE2 does not support "${pattern}")`);
  try {
    return new RegExp(pattern, 'gu');
  } catch {
    throw new Error(`Invalid argument: searchPattern`);
  }
}

/** Replaces matches inside one paragraph; each replacement takes the style of the first character it replaces. */
function replaceInParagraph(p: ParagraphState, re: RegExp, replacement: string): boolean {
  const text = paragraphText(p);
  re.lastIndex = 0;
  if (!re.test(text)) return false;
  const styles: RunState[] = [];
  for (const r of p.runs) for (let i = 0; i < r.text.length; i++) styles.push(r);
  const out: Array<{ ch: string; style: RunState }> = [];
  let last = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    for (let i = last; i < m.index; i++) out.push({ ch: text[i], style: styles[i] });
    for (const ch of replacement) out.push({ ch, style: styles[m.index] });
    last = m.index + m[0].length;
  }
  for (let i = last; i < text.length; i++) out.push({ ch: text[i], style: styles[i] });
  p.runs = mergeRuns(out);
  return true;
}

function mergeRuns(chars: Array<{ ch: string; style: RunState }>): RunState[] {
  const runs: RunState[] = [];
  for (const { ch, style } of chars) {
    const { text: _t, ...attrs } = style;
    const last = runs[runs.length - 1];
    if (last && JSON.stringify({ ...last, text: '' }) === JSON.stringify({ ...attrs, text: '' })) last.text += ch;
    else runs.push({ ...attrs, text: ch });
  }
  return runs.length ? runs : [{ text: '' }];
}

function allParagraphs(children: ElementState[]): ParagraphState[] {
  return children.flatMap((e) =>
    e.type === 'PARAGRAPH' ? [e] : e.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs)),
  );
}

function sectionText(children: ElementState[]): string {
  return children
    .map((e) =>
      e.type === 'PARAGRAPH'
        ? paragraphText(e)
        : e.rows.map((r) => r.cells.map((c) => c.paragraphs.map(paragraphText).join('\n')).join('\t')).join('\n'),
    )
    .join('\n');
}

/**
 * getFontFamily and getFontSize are not in the typed list: they give null where a run has no font set, and Google's
 * typings say a font is always there.
 */
export class LocalText
  extends DocsObject
  implements
    Emulates<
      GoogleAppsScript.Document.Text,
      | 'getText'
      | 'setText'
      | 'appendText'
      | 'setBold'
      | 'setItalic'
      | 'setUnderline'
      | 'setFontSize'
      | 'setFontFamily'
      | 'isBold'
    >
{
  readonly gasClass = 'Text';
  constructor(
    readonly _p: ParagraphState,
    counter: CallCounter,
  ) {
    super(counter);
  }
  getText(): string {
    return paragraphText(this._p);
  }
  setText(text: string): this {
    this.change('setText', () => {
      this._p.runs = [{ ...(this._p.runs[0] ?? {}), text: String(text) }];
    });
    return this;
  }
  appendText(text: string): this {
    this.change('appendText', () => {
      const last = this._p.runs[this._p.runs.length - 1];
      this._p.runs.push({ ...(last ?? {}), text: String(text) });
    });
    return this;
  }
  private styled(what: string, attrs: Partial<RunState>, args: unknown[]): this {
    const [a, b] = args;
    const whole = args.length <= 1;
    const start = whole ? 0 : Number(a);
    const end = whole ? paragraphText(this._p).length - 1 : Number(b);
    this.change(what, () => {
      const chars: Array<{ ch: string; style: RunState }> = [];
      let i = 0;
      for (const r of this._p.runs)
        for (const ch of r.text) {
          chars.push({ ch, style: i >= start && i <= end ? { ...r, ...attrs } : r });
          i++;
        }
      this._p.runs = mergeRuns(chars);
    });
    return this;
  }
  setBold(...args: unknown[]): this {
    return this.styled('setBold', { bold: Boolean(args[args.length - 1]) }, args);
  }
  setItalic(...args: unknown[]): this {
    return this.styled('setItalic', { italic: Boolean(args[args.length - 1]) }, args);
  }
  setUnderline(...args: unknown[]): this {
    return this.styled('setUnderline', { underline: Boolean(args[args.length - 1]) }, args);
  }
  setFontSize(...args: unknown[]): this {
    return this.styled('setFontSize', { fontSize: Number(args[args.length - 1]) }, args);
  }
  setFontFamily(...args: unknown[]): this {
    return this.styled('setFontFamily', { fontFamily: String(args[args.length - 1]) }, args);
  }
  isBold(offset: number | null = 0): boolean {
    return !!this.runAt(offset ?? 0)?.bold;
  }
  getFontFamily(offset: number | null = 0): string | null {
    return this.runAt(offset ?? 0)?.fontFamily ?? null;
  }
  getFontSize(offset: number | null = 0): number | null {
    return this.runAt(offset ?? 0)?.fontSize ?? null;
  }
  private runAt(offset: number): RunState | undefined {
    let i = 0;
    for (const r of this._p.runs) {
      if (offset < i + r.text.length) return r;
      i += r.text.length;
    }
    return undefined;
  }
}

export class LocalParagraph
  extends DocsObject
  implements
    Emulates<
      GoogleAppsScript.Document.Paragraph,
      | 'getType'
      | 'asParagraph'
      | 'getText'
      | 'setText'
      | 'appendText'
      | 'editAsText'
      | 'setAlignment'
      | 'getAlignment'
      | 'setHeading'
      | 'getHeading'
      | 'setSpacingAfter'
      | 'setSpacingBefore'
      | 'replaceText'
      | 'copy'
      | 'removeFromParent'
    >
{
  readonly gasClass = 'Paragraph';
  constructor(
    readonly _state: ParagraphState,
    readonly _siblings: ElementState[] | ParagraphState[] | null,
    counter: CallCounter,
  ) {
    super(counter);
  }
  getType(): string {
    return ElementType.PARAGRAPH;
  }
  asParagraph(): this {
    return this;
  }
  asTable(): never {
    throw new Error('Cannot cast a Paragraph to a Table.');
  }
  getText(): string {
    return paragraphText(this._state);
  }
  setText(text: string): this {
    this.editAsText().setText(text);
    return this;
  }
  appendText(text: string): LocalText {
    return this.editAsText().appendText(text);
  }
  editAsText(): LocalText {
    return new LocalText(this._state, this._counter);
  }
  /** DocumentApp.HorizontalAlignment values print as their names ("CENTER"), which is how they are kept. */
  setAlignment(a: unknown): this {
    this.change('setAlignment', () => {
      this._state.alignment = String(a);
    });
    return this;
  }
  getAlignment(): string {
    return this._state.alignment ?? HorizontalAlignment.LEFT;
  }
  /** A style object (DocumentApp.Attribute keys) in one call: text attributes on all its text, and its alignment. */
  setAttributes(style: Record<string, unknown>): this {
    this.change('setAttributes', () => {
      const attrs = textAttributes(style);
      this._state.runs = this._state.runs.map((r) => ({ ...r, ...attrs }));
      if (Attribute.HORIZONTAL_ALIGNMENT in style)
        this._state.alignment = String(style[Attribute.HORIZONTAL_ALIGNMENT]);
    });
    return this;
  }
  setHeading(h: unknown): this {
    this.change('setHeading', () => {
      this._state.heading = String(h);
    });
    return this;
  }
  getHeading(): string {
    return this._state.heading ?? ParagraphHeading.NORMAL;
  }
  setSpacingAfter(_n: number): this {
    return this;
  }
  setSpacingBefore(_n: number): this {
    return this;
  }
  replaceText(pattern: string, replacement: string): this {
    const re = re2(pattern);
    this.change('replaceText', () => replaceInParagraph(this._state, re, String(replacement)));
    return this;
  }
  copy(): LocalParagraph {
    return new LocalParagraph(clone(this._state), null, this._counter);
  }
  removeFromParent(): this {
    this.change('removeFromParent', () => {
      const list = this._siblings as unknown[] | null;
      const i = list ? list.indexOf(this._state) : -1;
      if (i < 0) throw new Error('Element has no parent.');
      if (this._inSection && i === list!.length - 1)
        throw new Error("Can't remove the last paragraph in a document section.");
      list!.splice(i, 1);
    });
    return this;
  }
  /** A paragraph directly in a body, header or footer: the last one of those cannot be removed. */
  _inSection = false;
}

export class LocalTableCell
  extends DocsObject
  implements
    Emulates<
      GoogleAppsScript.Document.TableCell,
      'getText' | 'setText' | 'getNumChildren' | 'getChild' | 'editAsText' | 'setBackgroundColor' | 'replaceText'
    >
{
  readonly gasClass = 'TableCell';
  constructor(
    readonly _state: CellState,
    counter: CallCounter,
  ) {
    super(counter);
  }
  getText(): string {
    return this._state.paragraphs.map(paragraphText).join('\n');
  }
  setText(t: string): this {
    this.change('setText', () => {
      this._state.paragraphs = [
        { type: 'PARAGRAPH', runs: [{ ...(this._state.paragraphs[0]?.runs[0] ?? {}), text: String(t) }] },
      ];
    });
    return this;
  }
  getNumChildren(): number {
    return this._state.paragraphs.length;
  }
  getChild(i: number): LocalParagraph {
    return new LocalParagraph(this._state.paragraphs[i], this._state.paragraphs, this._counter);
  }
  editAsText(): LocalText {
    return new LocalText(this._state.paragraphs[0], this._counter);
  }
  setBackgroundColor(c: string): this {
    this.change('setBackgroundColor', () => {
      this._state.background = c;
    });
    return this;
  }
  /** A style object in one call: its text attributes on all the cell's text. */
  setAttributes(style: Record<string, unknown>): this {
    this.change('setAttributes', () => {
      const attrs = textAttributes(style);
      for (const p of this._state.paragraphs) p.runs = p.runs.map((r) => ({ ...r, ...attrs }));
    });
    return this;
  }
  replaceText(pattern: string, replacement: string): this {
    const re = re2(pattern);
    this.change('replaceText', () => {
      for (const p of this._state.paragraphs) replaceInParagraph(p, re, String(replacement));
    });
    return this;
  }
}

export class LocalTableRow
  extends DocsObject
  implements
    Emulates<
      GoogleAppsScript.Document.TableRow,
      'getType' | 'getNumCells' | 'getCell' | 'getText' | 'replaceText' | 'copy' | 'removeFromParent'
    >
{
  readonly gasClass = 'TableRow';
  constructor(
    readonly _state: RowState,
    readonly _table: TableState | null,
    counter: CallCounter,
  ) {
    super(counter);
  }
  getType(): string {
    return ElementType.TABLE_ROW;
  }
  getNumCells(): number {
    return this._state.cells.length;
  }
  getCell(i: number): LocalTableCell {
    return new LocalTableCell(this._state.cells[i], this._counter);
  }
  getText(): string {
    return this._state.cells.map((c) => c.paragraphs.map(paragraphText).join('\n')).join('\t');
  }
  replaceText(pattern: string, replacement: string): this {
    const re = re2(pattern);
    this.change('replaceText', () => {
      for (const c of this._state.cells) for (const p of c.paragraphs) replaceInParagraph(p, re, String(replacement));
    });
    return this;
  }
  copy(): LocalTableRow {
    return new LocalTableRow(clone(this._state), null, this._counter);
  }
  removeFromParent(): this {
    this.change('removeRow', () => {
      const rows = this._table!.rows;
      rows.splice(rows.indexOf(this._state), 1);
    });
    return this;
  }
}

export class LocalTable
  extends DocsObject
  implements
    Emulates<
      GoogleAppsScript.Document.Table,
      | 'getType'
      | 'asTable'
      | 'getNumRows'
      | 'getRow'
      | 'getCell'
      | 'getText'
      | 'appendTableRow'
      | 'insertTableRow'
      | 'removeRow'
      | 'setBorderWidth'
      | 'copy'
      | 'replaceText'
      | 'removeFromParent'
    >
{
  readonly gasClass = 'Table';
  constructor(
    readonly _state: TableState,
    readonly _siblings: ElementState[] | null,
    counter: CallCounter,
  ) {
    super(counter);
  }
  getType(): string {
    return ElementType.TABLE;
  }
  asTable(): this {
    return this;
  }
  asParagraph(): never {
    throw new Error('Cannot cast a Table to a Paragraph.');
  }
  getNumRows(): number {
    return this._state.rows.length;
  }
  getRow(i: number): LocalTableRow {
    return new LocalTableRow(this._state.rows[i], this._state, this._counter);
  }
  getCell(r: number, c: number): LocalTableCell {
    return new LocalTableCell(this._state.rows[r].cells[c], this._counter);
  }
  getText(): string {
    return sectionText([this._state]);
  }
  appendTableRow(row?: LocalTableRow): LocalTableRow {
    return this.insertTableRow(this._state.rows.length, row);
  }
  insertTableRow(index: number, row?: LocalTableRow): LocalTableRow {
    const state = row ? row._state : { cells: [] };
    if (row && row._table) throw new Error('Element must be detached.');
    this.change('insertTableRow', () => {
      this._state.rows.splice(index, 0, state);
    });
    return new LocalTableRow(state, this._state, this._counter);
  }
  removeRow(i: number): LocalTableRow {
    const row = this.getRow(i);
    row.removeFromParent();
    return row;
  }
  setBorderWidth(w: number): this {
    this.change('setBorderWidth', () => {
      this._state.borderWidth = w;
    });
    return this;
  }
  copy(): LocalTable {
    return new LocalTable(clone(this._state), null, this._counter);
  }
  replaceText(pattern: string, replacement: string): this {
    const re = re2(pattern);
    this.change('replaceText', () => {
      for (const p of allParagraphs([this._state])) replaceInParagraph(p, re, String(replacement));
    });
    return this;
  }
  removeFromParent(): this {
    this.change('removeFromParent', () => {
      const i = this._siblings!.indexOf(this._state);
      this._siblings!.splice(i, 1);
    });
    return this;
  }
}

export class LocalSection
  extends DocsObject
  implements
    Emulates<
      GoogleAppsScript.Document.Body,
      | 'getNumChildren'
      | 'getChild'
      | 'getChildIndex'
      | 'getParagraphs'
      | 'getTables'
      | 'getText'
      | 'appendParagraph'
      | 'insertParagraph'
      | 'appendTable'
      | 'insertTable'
      | 'replaceText'
      | 'clear'
      | 'setMarginTop'
      | 'setMarginBottom'
      | 'setMarginLeft'
      | 'setMarginRight'
    >
{
  constructor(
    readonly gasClass: string,
    readonly _state: SectionState,
    counter: CallCounter,
  ) {
    super(counter);
  }
  getNumChildren(): number {
    return this._state.children.length;
  }
  getChild(i: number): LocalParagraph | LocalTable {
    const e = this._state.children[i];
    if (!e)
      throw new Error(
        `Child index (${i}) must be less than the number of child elements (${this._state.children.length}).`,
      );
    return e.type === 'PARAGRAPH' ? this.paragraph(e) : new LocalTable(e, this._state.children, this._counter);
  }
  getChildIndex(el: LocalParagraph | LocalTable): number {
    return this._state.children.indexOf(el._state);
  }
  getParagraphs(): LocalParagraph[] {
    return allParagraphs(this._state.children).map((p) => new LocalParagraph(p, null, this._counter));
  }
  getTables(): LocalTable[] {
    return this._state.children
      .filter((e): e is TableState => e.type === 'TABLE')
      .map((t) => new LocalTable(t, this._state.children, this._counter));
  }
  getText(): string {
    return sectionText(this._state.children);
  }
  appendParagraph(textOrParagraph: string | LocalParagraph): LocalParagraph {
    return this.insertParagraph(this._state.children.length, textOrParagraph);
  }
  insertParagraph(index: number, textOrParagraph: string | LocalParagraph): LocalParagraph {
    const state: ParagraphState =
      typeof textOrParagraph === 'string'
        ? { type: 'PARAGRAPH', runs: [{ text: textOrParagraph }] }
        : textOrParagraph._state;
    if (typeof textOrParagraph !== 'string' && textOrParagraph._siblings) throw new Error('Element must be detached.');
    this.change('insertParagraph', () => {
      this._state.children.splice(index, 0, state);
    });
    return this.paragraph(state);
  }
  appendTable(cellsOrTable?: string[][] | LocalTable): LocalTable {
    return this.insertTable(this._state.children.length, cellsOrTable);
  }
  insertTable(index: number, cellsOrTable?: string[][] | LocalTable): LocalTable {
    const state: TableState =
      cellsOrTable instanceof LocalTable
        ? cellsOrTable._state
        : {
            type: 'TABLE',
            rows: (cellsOrTable ?? [['']]).map((r) => ({
              cells: r.map((c) => ({ paragraphs: [{ type: 'PARAGRAPH' as const, runs: [{ text: String(c) }] }] })),
            })),
          };
    this.change('insertTable', () => {
      this._state.children.splice(index, 0, state);
    });
    return new LocalTable(state, this._state.children, this._counter);
  }
  replaceText(pattern: string, replacement: string): this {
    const re = re2(pattern);
    this.change('replaceText', () => {
      for (const p of allParagraphs(this._state.children)) replaceInParagraph(p, re, String(replacement));
    });
    return this;
  }
  clear(): this {
    this.change('clear', () => {
      this._state.children = [{ type: 'PARAGRAPH', runs: [{ text: '' }] }];
    });
    return this;
  }
  setMarginTop(_n: number): this {
    return this;
  }
  setMarginBottom(_n: number): this {
    return this;
  }
  setMarginLeft(_n: number): this {
    return this;
  }
  setMarginRight(_n: number): this {
    return this;
  }
  private paragraph(p: ParagraphState): LocalParagraph {
    const lp = new LocalParagraph(p, this._state.children, this._counter);
    lp._inSection = true;
    return lp;
  }
}

export class LocalBlob
  implements
    Emulated,
    Emulates<GoogleAppsScript.Base.Blob, 'getBytes' | 'getDataAsString' | 'getContentType' | 'getName' | 'setName'>
{
  readonly gasClass = 'Blob';
  readonly gasService = 'docs' as const;
  constructor(
    readonly _bytes: Buffer,
    private contentType: string,
    private name: string,
  ) {}
  getBytes(): number[] {
    return [...this._bytes];
  }
  /**
   * The bytes as text in the named charset (UTF-8 when none is named). UTF-16LE and UTF-16BE keep a byte order mark as
   * U+FEFF, as Java's charsets of those names do; UTF-16 reads the mark (big endian without one) and drops it.
   */
  getDataAsString(charset = 'UTF-8'): string {
    const name = charset.toUpperCase().replace(/_/g, '-');
    const b = this._bytes;
    const be = (bytes: Buffer) => Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2))).swap16();
    if (name === 'UTF-8' || name === 'UTF8') return b.toString('utf8');
    if (name === 'UTF-16LE') return b.toString('utf16le');
    if (name === 'UTF-16BE') return be(b).toString('utf16le');
    if (name === 'UTF-16') {
      if (b[0] === 0xff && b[1] === 0xfe) return b.subarray(2).toString('utf16le');
      return be(b[0] === 0xfe && b[1] === 0xff ? b.subarray(2) : b).toString('utf16le');
    }
    throw new Error(`Unsupported charset: ${charset}`);
  }
  getContentType(): string {
    return this.contentType;
  }
  getName(): string {
    return this.name;
  }
  setName(n: string): this {
    this.name = n;
    return this;
  }
}

/**
 * getHeader and getFooter are left out of the typed list: Google's reference says "Retrieves the document's header
 * section, if one exists" (document#getHeader()), so null without one, as here, while @types/google-apps-script
 * declares a HeaderSection that is never null.
 */
export class LocalDocument
  extends DocsObject
  implements
    Emulates<
      GoogleAppsScript.Document.Document,
      'getId' | 'getName' | 'setName' | 'getUrl' | 'getBody' | 'addHeader' | 'addFooter' | 'saveAndClose' | 'getAs'
    >
{
  readonly gasClass = 'Document';
  constructor(
    readonly _state: DocumentState,
    counter: CallCounter,
  ) {
    super(counter);
  }
  getId(): string {
    return this._state.id;
  }
  getName(): string {
    return this._state.name;
  }
  setName(n: string): this {
    this.change('setName', () => {
      this._state.name = String(n);
    });
    return this;
  }
  getUrl(): string {
    return `https://docs.google.com/document/d/${this._state.id}/edit`;
  }
  getBody(): LocalSection {
    return new LocalSection('Body', this._state.body, this._counter);
  }
  getHeader(): LocalSection | null {
    return this._state.header ? new LocalSection('HeaderSection', this._state.header, this._counter) : null;
  }
  getFooter(): LocalSection | null {
    return this._state.footer ? new LocalSection('FooterSection', this._state.footer, this._counter) : null;
  }
  addHeader(): LocalSection {
    if (this._state.header) throw new Error('Document tab already contains a header.');
    this.change('addHeader', () => {
      this._state.header = { children: [{ type: 'PARAGRAPH', runs: [{ text: '' }] }] };
    });
    return this.getHeader()!;
  }
  addFooter(): LocalSection {
    if (this._state.footer) throw new Error('Document tab already contains a footer.');
    this.change('addFooter', () => {
      this._state.footer = { children: [{ type: 'PARAGRAPH', runs: [{ text: '' }] }] };
    });
    return this.getFooter()!;
  }
  saveAndClose(): void {
    /* edits are saved as they happen here */
  }
  /** PDF of the document. The emulation cannot render one: the blob carries the text, and is marked as emulated. */
  getAs(contentType: string): LocalBlob {
    if (contentType !== 'application/pdf')
      throw new Error(`Converting from ${DOC_MIME} to ${contentType} is not supported.`);
    const text = [this._state.header, this._state.body, this._state.footer]
      .filter((s): s is SectionState => !!s)
      .map((s) => sectionText(s.children))
      .join('\n');
    return new LocalBlob(Buffer.from(`%EMULATED-PDF\n${text}`), 'application/pdf', `${this._state.name}.pdf`);
  }
}

export interface DriveFile {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  appCreated: boolean;
  /**
   * Whose Jospar made it: `drive.file` is per user, so another user's run of the same script does not see it (files of
   * older states: the workspace's user).
   */
  createdBy?: string;
  trashed: boolean;
  docId?: string;
  bytes?: string;
  appProperties?: Record<string, string>;
}
export interface DriveStore {
  files: DriveFile[];
  seq: number;
}

export class LocalDocumentApp
  extends DocsObject
  implements Emulates<GoogleAppsScript.Document.DocumentApp, 'create' | 'openById'>
{
  readonly gasClass = 'DocumentApp';
  readonly ElementType = ElementType;
  readonly Attribute = Attribute;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly ParagraphHeading = ParagraphHeading;
  constructor(
    private readonly docs: DocStore,
    private readonly drive: DriveStore,
    counter: CallCounter,
  ) {
    super(counter);
  }
  create(name: string): LocalDocument {
    return this.change('create', () => {
      const id = `doc${++this.drive.seq}`;
      const state: DocumentState = {
        id,
        name: String(name),
        body: { children: [{ type: 'PARAGRAPH', runs: [{ text: '' }] }] },
        header: null,
        footer: null,
      };
      this.docs.documents.push(state);
      this.drive.files.push({
        id,
        name: String(name),
        mimeType: DOC_MIME,
        parents: ['root'],
        appCreated: true,
        trashed: false,
        docId: id,
      });
      return new LocalDocument(state, this._counter);
    });
  }
  openById(id: string): LocalDocument {
    const d = this.docs.documents.find((x) => x.id === id);
    const f = this.drive.files.find((x) => x.id === id);
    if (!d || f?.trashed)
      throw new Error(`Document is missing (perhaps it was deleted, or you don't have read access?)`);
    return new LocalDocument(d, this._counter);
  }
}

/**
 * The Drive advanced service (v3), with the drive.file scope: the script sees only files it created (or that a user
 * opened with it); anything else is "File not found", exactly as Drive answers then.
 */
export class LocalDriveFiles implements Emulated {
  readonly gasClass = 'DriveFiles';
  readonly gasService = 'drive' as const;
  constructor(
    private readonly drive: DriveStore,
    private readonly docs: DocStore,
    private readonly counter: CallCounter,
    /** Who runs the calls now, and the workspace's user (the maker of files of older states). */
    private readonly runner: () => string = () => '',
    private readonly user = '',
  ) {}
  /** Whether the one running sees a file: drive.file shows each user the files the script made for that user. */
  private seen(f: DriveFile): boolean {
    return f.appCreated && (f.createdBy ?? this.user) === (this.runner() || this.user);
  }
  /** Files the script may see (drive.file: the ones it created), trashed ones included, as Drive answers. */
  private visible(id: string, call: string): DriveFile {
    const f = this.drive.files.find((x) => x.id === id && this.seen(x));
    if (!f)
      throw new Error(
        `GoogleJsonResponseException: API call to drive.files.${call} failed with error: File not found: ${id}.`,
      );
    return f;
  }
  /** A counted Drive write, whose injected refusal is one of Drive's own (driveRefusal). */
  private driveWrite<T>(what: string, apply: () => T): T {
    return this.counter.write('drive', what, apply, driveRefusal);
  }
  get(fileId: string, options: { fields?: string } = {}): DriveFileResource {
    return project(this.visible(fileId, 'get'), options.fields, 'get');
  }
  create(resource: Partial<DriveFile>, media?: LocalBlob, options: { fields?: string } = {}): DriveFileResource {
    driveCall('create', () => checkFileFields(options.fields));
    return this.driveWrite('files.create', () => {
      const parents = resource.parents ?? ['root'];
      for (const p of parents) if (p !== 'root') this.visible(p, 'create');
      const f: DriveFile = {
        id: `file${++this.drive.seq}`,
        name: String(resource.name ?? 'Untitled'),
        mimeType: resource.mimeType ?? media?.getContentType() ?? 'application/octet-stream',
        parents,
        appCreated: true,
        createdBy: this.runner() || this.user,
        trashed: false,
        appProperties: { ...(resource.appProperties ?? {}) },
      };
      if (f.mimeType === DOC_MIME) {
        // A new Google Doc, as Drive makes one: empty, or imported from the Word file uploaded with it.
        f.id = `doc${this.drive.seq}`;
        f.docId = f.id;
        if (media && media.getContentType() !== DOCX_MIME)
          throw new Error(`the local Drive imports only Word files into a Doc, not ${media.getContentType()}`);
        this.docs.documents.push(
          media
            ? importDocx(media._bytes, f.id, f.name)
            : {
                id: f.id,
                name: f.name,
                body: { children: [{ type: 'PARAGRAPH', runs: [{ text: '' }] }] },
                header: null,
                footer: null,
              },
        );
      } else if (media) f.bytes = media._bytes.toString('base64');
      this.drive.files.push(f);
      return project(f, options.fields, 'create');
    });
  }
  copy(resource: Partial<DriveFile>, fileId: string, options: { fields?: string } = {}): DriveFileResource {
    const source = this.visible(fileId, 'copy');
    driveCall('copy', () => checkFileFields(options.fields));
    return this.driveWrite('files.copy', () => {
      const id = `doc${++this.drive.seq}`;
      const f: DriveFile = {
        ...source,
        id,
        name: String(resource.name ?? `Copy of ${source.name}`),
        parents: resource.parents ?? source.parents,
        appCreated: true,
        createdBy: this.runner() || this.user,
        trashed: false,
        appProperties: { ...(resource.appProperties ?? {}) },
      };
      if (source.docId) {
        const doc = this.docs.documents.find((d) => d.id === source.docId)!;
        this.docs.documents.push({ ...clone(doc), id, name: f.name });
        f.docId = id;
      }
      this.drive.files.push(f);
      return project(f, options.fields, 'copy');
    });
  }
  /**
   * files.list: Drive's query language (drive-query.ts: Jospar asks `appProperties has { key='K' and value='V' }
   * and trashed = false`), in pages of `pageSize` (100 by default, at most 1,000) with `nextPageToken`, the fields
   * asked for (field-mask.ts). Trashed files are listed unless the query says `trashed = false`. Only files the script
   * created are visible (drive.file).
   */
  list(options: { q?: string; pageSize?: number; pageToken?: string; fields?: string } = {}): DriveFileList {
    return driveCall('list', () => {
      const test = parseQuery(options.q ?? '');
      const all = this.drive.files.filter((f) => this.seen(f) && test(f));
      const request = `${this.runner() || this.user}\n${options.q ?? ''}`;
      const { page, nextPageToken } = listPage(all, { ...options, request });
      return selectFileList(page.map(fileOf), nextPageToken, options.fields) as DriveFileList;
    });
  }
  update(
    resource: Partial<DriveFile>,
    fileId: string,
    _media?: unknown,
    options: { addParents?: string; removeParents?: string; fields?: string } = {},
  ): DriveFileResource {
    const f = this.visible(fileId, 'update');
    driveCall('update', () => checkFileFields(options.fields));
    return this.driveWrite('files.update', () => {
      if (resource.name) f.name = String(resource.name);
      if (resource.trashed !== undefined) f.trashed = !!resource.trashed;
      if (resource.appProperties) f.appProperties = { ...(f.appProperties ?? {}), ...resource.appProperties };
      if (options.removeParents) f.parents = f.parents.filter((p) => !options.removeParents!.split(',').includes(p));
      if (options.addParents)
        for (const p of options.addParents.split(',')) if (!f.parents.includes(p)) f.parents.push(p);
      return project(f, options.fields, 'update');
    });
  }
}

/** A file as Drive v3 returns it: without `fields`, only kind, id, name and mimeType; with it, what it names. */
export type DriveFileResource = { kind?: string } & Partial<Pick<DriveFile, 'id' | 'name' | 'mimeType' | 'parents'>> &
  Partial<Pick<DriveFile, 'trashed' | 'appProperties'>>;
export interface DriveFileList {
  kind?: string;
  incompleteSearch?: boolean;
  nextPageToken?: string;
  files?: DriveFileResource[];
}

/** A file with what Drive keeps of it (appProperties always, an empty map when none were set). */
function fileOf(f: DriveFile): DriveFile {
  return { ...f, appProperties: f.appProperties ?? {} };
}

function project(f: DriveFile, fields: string | undefined, call: string): DriveFileResource {
  return driveCall(call, () => selectFile(fileOf(f), fields) as DriveFileResource);
}

/** A call of the Drive advanced service; its refusals read as Apps Script's GoogleJsonResponseException. */
/**
 * An injected Drive refusal (CallCounter's 'throw' fault) for a Drive files write. With answer 'storageQuotaExceeded',
 * Drive's 403 for a full Drive as the "Resolve errors" page shows it
 * (https://developers.google.com/workspace/drive/api/guides/handle-errors), thrown as Apps Script throws an advanced
 * service's HTTP error; without one, Apps Script's own "too many times" refusal, as for every other service.
 */
function driveRefusal(what: string, answer?: string): Error {
  if (answer === undefined)
    return new Error(
      `Service invoked too many times in a short time: drive ${what}. Try Utilities.sleep(1000) between calls.`,
    );
  if (answer !== 'storageQuotaExceeded') throw new Error(`no such Drive answer: ${answer}`);
  const message = "The user's Drive storage quota has been exceeded.";
  return Object.assign(new Error(`API call to drive.${what} failed with error: ${message}`), {
    name: 'GoogleJsonResponseException',
    details: { code: 403, message, errors: [{ domain: 'global', reason: answer, message }] },
  });
}

function driveCall<T>(call: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof QueryError || e instanceof FieldMaskError || e instanceof PageTokenError)
      e.message = `GoogleJsonResponseException: API call to drive.files.${call} failed with error: ${e.message}`;
    throw e;
  }
}

export class LocalDrive implements Emulated {
  readonly gasClass = 'Drive';
  readonly gasService = 'drive' as const;
  readonly Files: LocalDriveFiles;
  readonly Approvals: LocalDriveApprovals;
  constructor(drive: DriveStore, docs: DocStore, counter: CallCounter, runner?: () => string, user?: string) {
    this.Files = counter.track(new LocalDriveFiles(drive, docs, counter, runner, user));
    this.Approvals = counter.track(new LocalDriveApprovals(drive, counter));
  }
}
