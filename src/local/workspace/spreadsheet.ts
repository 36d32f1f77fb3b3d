/**
 * SpreadsheetApp, in memory, as far as Jospar uses it, following the documented behaviour:
 * - setValues with data of the wrong size throws the same message as Apps Script;
 * - getValues gives '' for blanks, numbers, booleans and Date objects, never undefined;
 * - a string written to a cell is read the way Sheets reads typed input: "=…" is a formula, a leading apostrophe keeps
 *   the rest as text, and in a cell not formatted as plain text ("@") numbers, TRUE/FALSE and dates become values;
 * - data validation that rejects invalid input makes a script write of an invalid value throw.
 */
import type { Emulates } from './conforms';
import { formatSheetsDate, isDatePattern } from './sheets-date-format';
import { readTyped } from './typed-input';
import { wallClock, zoneOffsetMs } from './zone';
import { parseA1, toA1, type Box } from './a1';
import type { CallCounter, Emulated, ServiceName } from './counter';
import {
  LocalConditionalFormatRule,
  LocalConditionalFormatRuleBuilder,
  LocalFilter,
  type ConditionalRuleState,
} from './sheet-formatting';
import { LocalEmbeddedChart, newChartBuilder, type ChartState } from './charts';

export type Value = string | number | boolean | Date;
export interface Cell {
  v: Value;
  f?: string;
}
export interface Style {
  bold?: boolean;
  background?: string;
  fontColor?: string;
  wrap?: boolean;
  hAlign?: string;
  vAlign?: string;
}
export interface ValidationRule {
  kind: 'list' | 'date' | 'range';
  values: string[];
  allowInvalid: boolean;
  helpText: string;
}
export interface ProtectionState {
  a1: string;
  description: string;
  warningOnly: boolean;
  sheetLevel: boolean;
  /**
   * Who may edit besides the owner; absent: the spreadsheet's own editors, as a new protection has until a script
   * changes its list ("the permissions mirror those of the spreadsheet itself").
   */
  editors?: string[];
}

/** Google's message when a script edits cells a protection keeps it from (as scripts meet it; the pages quote none). */
export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if ' +
  'you need to edit.';

/**
 * What a script meets writing a spreadsheet its user may only view, and opening one they may not see (the reference
 * pages quote neither: the add-on never relies on the words, only on the call failing).
 */
export const VIEW_ONLY_MESSAGE = 'You do not have permission to edit this spreadsheet.';
export const NO_ACCESS_MESSAGE = 'You do not have permission to access the requested document.';

const DEFAULT_ROWS = 1000;
const DEFAULT_COLS = 26;
/**
 * Apps Script's message for a range past the sheet's last row or column. Google's reference pages do not quote it;
 * its wording is as scripts meet it in Google (the same sentence, word for word, is what public Apps Script code
 * logs and tests for when a range overruns a sheet).
 */
export const OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';
/** The most characters a cell holds (Sheets refuses more). */
export const MAX_CELL_CHARS = 50000;

abstract class SheetsObject implements Emulated {
  abstract readonly gasClass: string;
  readonly gasService: ServiceName = 'sheets';
}

export class LocalDataValidationBuilder
  extends SheetsObject
  implements
    Emulates<
      GoogleAppsScript.Spreadsheet.DataValidationBuilder,
      'requireValueInList' | 'requireDate' | 'requireValueInRange' | 'setAllowInvalid' | 'setHelpText' | 'build'
    >
{
  readonly gasClass = 'DataValidationBuilder';
  private rule: ValidationRule = { kind: 'list', values: [], allowInvalid: true, helpText: '' };
  requireValueInList(values: string[], _showDropdown?: boolean): this {
    this.rule = { ...this.rule, kind: 'list', values: values.map(String) };
    return this;
  }
  requireDate(): this {
    this.rule = { ...this.rule, kind: 'date', values: [] };
    return this;
  }
  requireValueInRange(range: LocalRange, _showDropdown?: boolean): this {
    this.rule = { ...this.rule, kind: 'range', values: [range.getA1Notation()] };
    return this;
  }
  setAllowInvalid(allow: boolean): this {
    this.rule = { ...this.rule, allowInvalid: allow };
    return this;
  }
  setHelpText(text: string): this {
    this.rule = { ...this.rule, helpText: text };
    return this;
  }
  build(): LocalDataValidation {
    return new LocalDataValidation({ ...this.rule });
  }
}

export class LocalDataValidation
  extends SheetsObject
  implements
    Emulates<GoogleAppsScript.Spreadsheet.DataValidation, 'getAllowInvalid' | 'getHelpText' | 'getCriteriaValues'>
{
  readonly gasClass = 'DataValidation';
  constructor(readonly rule: ValidationRule) {
    super();
  }
  getAllowInvalid(): boolean {
    return this.rule.allowInvalid;
  }
  getHelpText(): string {
    return this.rule.helpText;
  }
  getCriteriaValues(): unknown[] {
    return [this.rule.values];
  }
}

export class LocalProtection
  extends SheetsObject
  implements
    Emulates<
      GoogleAppsScript.Spreadsheet.Protection,
      | 'setDescription'
      | 'getDescription'
      | 'setWarningOnly'
      | 'isWarningOnly'
      | 'getRange'
      | 'setRange'
      | 'remove'
      | 'addEditor'
      | 'removeEditors'
      | 'getEditors'
      | 'canEdit'
    >
{
  readonly gasClass = 'Protection';
  constructor(
    readonly state: ProtectionState,
    private readonly sheet: LocalSheet,
  ) {
    super();
  }
  /** Everyone who may edit what it protects: the owner first, then the list (or the spreadsheet's editors). */
  private editorList(): string[] {
    const ss = this.sheet._spreadsheet;
    const owner = ss._owner ? [ss._owner] : [];
    return [...new Set([...owner, ...(this.state.editors ?? ss._editors)])];
  }
  getEditors(): Array<{ getEmail(): string }> {
    return this.editorList().map((email) => ({ getEmail: () => email }));
  }
  addEditor(who: string | { getEmail(): string }): this {
    const email = typeof who === 'string' ? who : who.getEmail();
    this.sheet._spreadsheet._counter.write('sheets', 'Protection.addEditor', () => {
      this.state.editors = [...new Set([...this.editorList(), email])].filter(
        (e) => e !== this.sheet._spreadsheet._owner,
      );
    });
    return this;
  }
  /** The owner (and the one running, Google says, if their rights come from being the owner) cannot be removed. */
  removeEditors(who: Array<string | { getEmail(): string }>): this {
    const gone = new Set(who.map((w) => (typeof w === 'string' ? w : w.getEmail())));
    this.sheet._spreadsheet._counter.write('sheets', 'Protection.removeEditors', () => {
      this.state.editors = this.editorList().filter((e) => !gone.has(e) && e !== this.sheet._spreadsheet._owner);
    });
    return this;
  }
  /** Whether the one running may edit what it protects. */
  canEdit(): boolean {
    // Until a script changes its list, a protection lets everyone who may edit the spreadsheet edit (the one running).
    const me = this.sheet._spreadsheet._runner();
    return !this.state.editors || me === this.sheet._spreadsheet._owner || this.state.editors.includes(me);
  }
  setDescription(d: string): this {
    this.sheet._spreadsheet._counter.write('sheets', 'Protection.setDescription', () => {
      this.state.description = d;
    });
    return this;
  }
  getDescription(): string {
    return this.state.description;
  }
  setWarningOnly(w: boolean): this {
    this.sheet._spreadsheet._counter.write('sheets', 'Protection.setWarningOnly', () => {
      this.state.warningOnly = w;
    });
    return this;
  }
  isWarningOnly(): boolean {
    return this.state.warningOnly;
  }
  getRange(): LocalRange {
    return this.sheet.getRange(this.state.a1);
  }
  /** Moves the protection to cover the range given instead (a range of the same sheet). */
  setRange(range: LocalRange): this {
    this.sheet._spreadsheet._counter.write('sheets', 'Protection.setRange', () => {
      this.state.a1 = range.getA1Notation();
    });
    return this;
  }
  remove(): void {
    this.sheet._spreadsheet._counter.write('sheets', 'Protection.remove', () => {
      this.sheet._protections = this.sheet._protections.filter((p) => p !== this.state);
    });
  }
}

export class LocalSpreadsheet
  extends SheetsObject
  implements
    Emulates<
      GoogleAppsScript.Spreadsheet.Spreadsheet,
      | 'getId'
      | 'getName'
      | 'getUrl'
      | 'getSpreadsheetTimeZone'
      | 'getSpreadsheetLocale'
      | 'setSpreadsheetLocale'
      | 'getSheets'
      | 'getSheetByName'
      | 'getActiveSheet'
      | 'getActiveRange'
      | 'setActiveRange'
      | 'setActiveSheet'
      | 'getRange'
      | 'insertSheet'
      | 'deleteSheet'
      | 'toast'
      | 'getOwner'
      | 'getEditors'
    >
{
  readonly gasClass = 'Spreadsheet';
  /** Its owner's email; null for a spreadsheet in a shared drive, which belongs to the drive, not to a person. */
  _owner: string | null = null;
  /** The people it is shared with to edit (besides the owner). */
  _editors: string[] = [];
  /** The people it is shared with to view only: they may open it (openById) and read, never write. */
  _viewers: string[] = [];
  /** Who runs the calls now (the Workspace's runAs, else its user): protections are checked against them. */
  _runner: () => string = () => this._owner ?? '';
  _sheets: LocalSheet[] = [];
  _toasts: Array<{ message: string; title: string }> = [];
  private active = 0;
  _activeRange: { sheet: string; a1: string } | null = null;
  constructor(
    readonly _counter: CallCounter,
    readonly _id: string,
    public _name: string,
    public _timeZone = 'Asia/Almaty',
    public _locale = 'kk_KZ',
  ) {
    super();
    this._sheets.push(new LocalSheet(this, 'Sheet1', 0));
  }
  getId(): string {
    return this._id;
  }
  getName(): string {
    return this._name;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._id}/edit`;
  }
  getOwner(): { getEmail(): string } | null {
    const owner = this._owner;
    return owner === null ? null : { getEmail: () => owner };
  }
  /**
   * "Gets the list of editors for this Spreadsheet" (the owner among them, as Drive lists a file's writers):
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getEditors()
   */
  getEditors(): Array<{ getEmail(): string }> {
    const all = [...(this._owner ? [this._owner] : []), ...this._editors];
    return [...new Set(all)].map((email) => ({ getEmail: () => email }));
  }
  /** Whether `who` may open it: its owner, an editor or a viewer. */
  _mayOpen(who: string): boolean {
    const w = who.toLowerCase();
    return [this._owner ?? '', ...this._editors, ...this._viewers].some((e) => e.toLowerCase() === w);
  }
  getSpreadsheetTimeZone(): string {
    return this._timeZone;
  }
  getSpreadsheetLocale(): string {
    return this._locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this._counter.write('sheets', 'setSpreadsheetLocale', () => {
      this._locale = locale;
    });
  }
  getSheets(): LocalSheet[] {
    return [...this._sheets];
  }
  getSheetByName(name: string): LocalSheet | null {
    return this._sheets.find((s) => s._name === name) ?? null;
  }
  getActiveSheet(): LocalSheet {
    return this._sheets[this.active] ?? this._sheets[0];
  }
  /** The user's selection (a test or the CLI sets it with setActiveRange). */
  getActiveRange(): LocalRange | null {
    const a = this._activeRange;
    const sheet = a ? this.getSheetByName(a.sheet) : null;
    return sheet && a ? sheet.getRange(a.a1) : null;
  }
  setActiveRange(range: LocalRange): LocalRange {
    this._activeRange = { sheet: range._sheet._name, a1: range.getA1Notation() };
    this.active = Math.max(0, this._sheets.indexOf(range._sheet));
    return range;
  }
  setActiveSheet(sheet: LocalSheet): LocalSheet {
    this.active = Math.max(0, this._sheets.indexOf(sheet));
    return sheet;
  }
  getRange(a1: string): LocalRange {
    const bang = a1.lastIndexOf('!');
    const sheet = bang > 0 ? this.getSheetByName(a1.slice(0, bang).replace(/^'|'$/g, '')) : this.getActiveSheet();
    if (!sheet) throw new Error(`Range not found: ${a1}`);
    return sheet.getRange(a1.slice(bang + 1));
  }
  /** insertSheet(), (index), (name), (name, index): the index is 0-based ("set it to 0" for the first sheet). */
  insertSheet(nameOrIndex?: string | number, sheetIndex?: number): LocalSheet {
    const name = typeof nameOrIndex === 'string' ? nameOrIndex : undefined;
    const index = typeof nameOrIndex === 'number' ? nameOrIndex : sheetIndex;
    const sheetName = name ?? `Sheet${this._sheets.length + 1}`;
    if (this.getSheetByName(sheetName))
      throw new Error(`A sheet with the name "${sheetName}" already exists. Please enter another name.`);
    return this._counter.write('sheets', `insertSheet ${sheetName}`, () => {
      const sheet = new LocalSheet(this, sheetName, this.nextSheetId());
      this._sheets.splice(Math.min(index ?? this._sheets.length, this._sheets.length), 0, sheet);
      this.active = this._sheets.indexOf(sheet);
      return sheet;
    });
  }
  deleteSheet(sheet: LocalSheet): void {
    if (this._sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this._counter.write('sheets', `deleteSheet ${sheet._name}`, () => {
      this._sheets = this._sheets.filter((s) => s !== sheet);
      this.active = 0;
    });
  }
  toast(message: string, title = '', _timeoutSeconds?: number | null): void {
    this._toasts.push({ message: String(message), title: String(title) });
  }
  private nextSheetId(): number {
    return Math.max(0, ...this._sheets.map((s) => s._sheetId)) + 1;
  }
}

export class LocalSheet
  extends SheetsObject
  implements
    Emulates<
      GoogleAppsScript.Spreadsheet.Sheet,
      | 'getName'
      | 'setName'
      | 'getSheetId'
      | 'getParent'
      | 'getIndex'
      | 'getMaxRows'
      | 'getMaxColumns'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getRange'
      | 'getDataRange'
      | 'appendRow'
      | 'setFrozenRows'
      | 'getFrozenRows'
      | 'hideSheet'
      | 'showSheet'
      | 'isSheetHidden'
      | 'setColumnWidth'
      | 'setColumnWidths'
      | 'getColumnWidth'
      | 'protect'
      | 'getProtections'
      | 'deleteRow'
      | 'deleteRows'
      | 'insertRowAfter'
      | 'insertRowsAfter'
      | 'insertRowBefore'
      | 'insertRowsBefore'
      | 'setFrozenColumns'
      | 'getFrozenColumns'
      | 'getFilter'
      | 'setConditionalFormatRules'
      | 'getConditionalFormatRules'
      | 'clearConditionalFormatRules'
      | 'moveColumns'
      | 'hideColumns'
      | 'showColumns'
      | 'isColumnHiddenByUser'
    >
{
  readonly gasClass = 'Sheet';
  _cells: Array<Array<Cell | undefined>> = [];
  _formats = new Map<string, string>();
  /** A cell's style is replaced whole, never changed in place: loaded workspaces may share style objects. */
  _styles = new Map<string, Style>();
  _validations: Array<{ box: Box; rule: ValidationRule }> = [];
  _protections: ProtectionState[] = [];
  _columnWidths = new Map<number, number>();
  _frozenRows = 0;
  _frozenColumns = 0;
  /** The sheet's one filter (its range), or null. */
  _filter: Box | null = null;
  _conditionalRules: ConditionalRuleState[] = [];
  _hidden = false;
  /** Columns a script or a person hid (1-based). */
  _hiddenColumns = new Set<number>();
  _maxRows = DEFAULT_ROWS;
  _maxCols = DEFAULT_COLS;
  _charts: ChartState[] = [];
  constructor(
    readonly _spreadsheet: LocalSpreadsheet,
    public _name: string,
    readonly _sheetId: number,
  ) {
    super();
  }

  getName(): string {
    return this._name;
  }
  setName(name: string): this {
    // Sheets refuses a second sheet of the same name, whether inserted or renamed (the same message as insertSheet).
    const taken = this._spreadsheet._sheets.find((s) => s !== this && s._name === String(name));
    if (taken) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this._spreadsheet._counter.write('sheets', 'setName', () => {
      this._name = name;
    });
    return this;
  }
  getSheetId(): number {
    return this._sheetId;
  }
  getParent(): LocalSpreadsheet {
    return this._spreadsheet;
  }
  // ---- embedded charts (see charts.ts) ----
  newChart() {
    return newChartBuilder(this);
  }
  insertChart(chart: LocalEmbeddedChart): void {
    this._spreadsheet._counter.write('sheets', `insertChart ${this._name}`, () => {
      chart._state.id = this._nextChartId();
      this._charts.push({ ...chart._state, ranges: [...chart._state.ranges], options: { ...chart._state.options } });
    });
  }
  getCharts(): LocalEmbeddedChart[] {
    return this._charts.map((c) => new LocalEmbeddedChart(this, c));
  }
  updateChart(chart: LocalEmbeddedChart): void {
    const i = this._charts.findIndex((c) => c.id === chart._state.id);
    if (i < 0) throw new Error('The chart is not on this sheet.');
    this._spreadsheet._counter.write('sheets', `updateChart ${this._name}`, () => {
      this._charts[i] = { ...chart._state };
    });
  }
  removeChart(chart: LocalEmbeddedChart): void {
    this._spreadsheet._counter.write('sheets', `removeChart ${this._name}`, () => {
      this._charts = this._charts.filter((c) => c.id !== chart._state.id);
    });
  }
  _nextChartId(): number {
    return Math.max(0, ...this._spreadsheet._sheets.flatMap((s) => s._charts.map((c) => c.id))) + 1;
  }
  getIndex(): number {
    return this._spreadsheet._sheets.indexOf(this) + 1;
  }
  getMaxRows(): number {
    return this._maxRows;
  }
  getMaxColumns(): number {
    return this._maxCols;
  }
  getLastRow(): number {
    for (let r = this._cells.length; r > 0; r--) if (this._cells[r - 1]?.some((c) => c && c.v !== '')) return r;
    return 0;
  }
  getLastColumn(): number {
    let last = 0;
    for (const row of this._cells)
      if (row)
        for (let c = row.length; c > last; c--)
          if (row[c - 1] && row[c - 1]!.v !== '') {
            last = c;
            break;
          }
    return last;
  }
  getRange(rowOrA1: number | string, col?: number, numRows = 1, numCols = 1): LocalRange {
    // Google's reference does not say what an A1 range past the grid does; it is refused here as the numeric form
    // is, so code that passes locally never leans on a range Sheets might refuse.
    const box =
      typeof rowOrA1 === 'string'
        ? parseA1(rowOrA1, this._maxRows, this._maxCols)
        : { row: rowOrA1, col: col!, rows: numRows, cols: numCols };
    const inside =
      box.row >= 1 &&
      box.col >= 1 &&
      box.rows >= 1 &&
      box.cols >= 1 &&
      box.row + box.rows - 1 <= this._maxRows &&
      box.col + box.cols - 1 <= this._maxCols;
    if (!inside) throw new Error(OUTSIDE);
    return new LocalRange(this, box);
  }
  getDataRange(): LocalRange {
    return new LocalRange(this, {
      row: 1,
      col: 1,
      rows: Math.max(1, this.getLastRow()),
      cols: Math.max(1, this.getLastColumn()),
    });
  }
  appendRow(values: unknown[]): this {
    this._spreadsheet._counter.write('sheets', 'appendRow', () =>
      // appendRow is the one write that grows the sheet when the row lies past its last one.
      this._set({ row: this.getLastRow() + 1, col: 1, rows: 1, cols: values.length }, [values], true),
    );
    return this;
  }
  setFrozenRows(n: number): void {
    this._spreadsheet._counter.write('sheets', 'setFrozenRows', () => {
      this._frozenRows = n;
    });
  }
  getFrozenRows(): number {
    return this._frozenRows;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#setFrozenColumns(Integer) */
  setFrozenColumns(n: number): void {
    if (!(n >= 0) || n > this._maxCols) throw new Error('The number of frozen columns is out of bounds.');
    this._spreadsheet._counter.write('sheets', 'setFrozenColumns', () => {
      this._frozenColumns = n;
    });
  }
  getFrozenColumns(): number {
    return this._frozenColumns;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#getFilter(): null when the sheet has none. */
  getFilter(): LocalFilter<LocalRange> | null {
    return this._filter ? this._filterObject() : null;
  }
  _filterObject(): LocalFilter<LocalRange> {
    return new LocalFilter(this._filter!, this, () =>
      this._spreadsheet._counter.write('sheets', 'removeFilter', () => {
        this._filter = null;
      }),
    );
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#setConditionalFormatRules(ConditionalFormatRule) */
  setConditionalFormatRules(rules: Array<LocalConditionalFormatRule<LocalRange>>): void {
    this._spreadsheet._counter.write('sheets', 'setConditionalFormatRules', () => {
      this._conditionalRules = rules.map((r) => ({ ...r._state, ranges: r._state.ranges.map((b) => ({ ...b })) }));
    });
  }
  getConditionalFormatRules(): Array<LocalConditionalFormatRule<LocalRange>> {
    return this._conditionalRules.map((r) => new LocalConditionalFormatRule({ ...r }, this));
  }
  clearConditionalFormatRules(): void {
    this.setConditionalFormatRules([]);
  }
  rangeOf(box: Box): LocalRange {
    return new LocalRange(this, { ...box });
  }
  /**
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#moveColumns(Range,Integer): moves the columns
   * the range spans to destinationIndex (1-based, in the coordinates before the move); values, formulas, formats,
   * styles, widths, validations, protections, conditional-format ranges and the filter move with their columns.
   */
  moveColumns(columnSpec: LocalRange, destinationIndex: number): void {
    const from = columnSpec._box.col;
    const n = columnSpec._box.cols;
    if (destinationIndex < 1 || destinationIndex > this._maxCols + 1) throw new Error(OUTSIDE);
    this._spreadsheet._counter.write('sheets', 'moveColumns', () => {
      // Where each old column ends up.
      const order = Array.from({ length: this._maxCols }, (_, i) => i + 1);
      const moving = order.splice(from - 1, n);
      const before = order.filter((c) => c < destinationIndex && (c < from || c >= from + n)).length;
      order.splice(before, 0, ...moving);
      const to = new Map(order.map((old, i) => [old, i + 1]));
      const col = (c: number) => to.get(c) ?? c;
      this._cells = this._cells.map((row) => {
        if (!row) return row;
        const out: Array<Cell | undefined> = [];
        row.forEach((cell, i) => {
          if (cell) out[col(i + 1) - 1] = cell;
        });
        return out;
      });
      for (const map of [this._formats, this._styles] as Array<Map<string, unknown>>) {
        const moved = [...map].map(([k, v]) => {
          const [r, c] = k.split(':').map(Number);
          return [cellKey(r, col(c)), v] as const;
        });
        map.clear();
        for (const [k, v] of moved) map.set(k, v);
      }
      this._columnWidths = new Map([...this._columnWidths].map(([c, w]) => [col(c), w]));
      this._hiddenColumns = new Set([...this._hiddenColumns].map(col));
      const span = (b: Box): Box => {
        const cols = Array.from({ length: b.cols }, (_, i) => col(b.col + i));
        const lo = Math.min(...cols);
        return { ...b, col: lo, cols: Math.max(...cols) - lo + 1 };
      };
      this._validations = this._validations.map((v) => ({ ...v, box: span(v.box) }));
      for (const p of this._protections)
        if (!p.sheetLevel) p.a1 = toA1(span(parseA1(p.a1, this._maxRows, this._maxCols)));
      this._conditionalRules = this._conditionalRules.map((r) => ({ ...r, ranges: r.ranges.map(span) }));
      if (this._filter) this._filter = span(this._filter);
    });
  }
  /**
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#hideColumns(Integer,Integer): hides
   * numColumns consecutive columns from columnIndex (1-based; one column when numColumns is not given).
   */
  hideColumns(columnIndex: number, numColumns = 1): void {
    this.columnSpan(columnIndex, numColumns);
    this._spreadsheet._counter.write('sheets', 'hideColumns', () => {
      for (let c = columnIndex; c < columnIndex + numColumns; c++) this._hiddenColumns.add(c);
    });
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#showColumns(Integer,Integer) */
  showColumns(columnIndex: number, numColumns = 1): void {
    this.columnSpan(columnIndex, numColumns);
    this._spreadsheet._counter.write('sheets', 'showColumns', () => {
      for (let c = columnIndex; c < columnIndex + numColumns; c++) this._hiddenColumns.delete(c);
    });
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#isColumnHiddenByUser(Integer) */
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this._hiddenColumns.has(columnPosition);
  }
  private columnSpan(columnIndex: number, numColumns: number): void {
    if (
      !Number.isInteger(columnIndex) ||
      columnIndex < 1 ||
      numColumns < 1 ||
      columnIndex + numColumns - 1 > this._maxCols
    )
      throw new Error('Those columns are out of bounds.');
  }
  hideSheet(): this {
    if (this._spreadsheet._sheets.filter((s) => !s._hidden).length <= 1)
      throw new Error("You can't hide all the sheets in a document.");
    this._spreadsheet._counter.write('sheets', 'hideSheet', () => {
      this._hidden = true;
    });
    return this;
  }
  showSheet(): this {
    this._spreadsheet._counter.write('sheets', 'showSheet', () => {
      this._hidden = false;
    });
    return this;
  }
  isSheetHidden(): boolean {
    return this._hidden;
  }
  setColumnWidth(col: number, width: number): this {
    return this.setColumnWidths(col, 1, width);
  }
  setColumnWidths(start: number, n: number, width: number): this {
    this._spreadsheet._counter.write('sheets', 'setColumnWidths', () => {
      for (let c = start; c < start + n; c++) this._columnWidths.set(c, width);
    });
    return this;
  }
  getColumnWidth(col: number): number {
    return this._columnWidths.get(col) ?? 100;
  }
  protect(): LocalProtection {
    return this._spreadsheet._counter.write('sheets', 'protect', () => {
      const state: ProtectionState = {
        a1: `A1:${toA1({ row: this._maxRows, col: this._maxCols, rows: 1, cols: 1 })}`,
        description: '',
        warningOnly: false,
        sheetLevel: true,
      };
      this._protections.push(state);
      return new LocalProtection(state, this);
    });
  }
  getProtections(type: unknown): LocalProtection[] {
    const sheetLevel = String(type) === 'SHEET';
    return this._protections.filter((p) => p.sheetLevel === sheetLevel).map((p) => new LocalProtection(p, this));
  }
  deleteRow(row: number): this {
    return this.deleteRows(row, 1);
  }
  deleteRows(row: number, n: number): this {
    this._spreadsheet._counter.write('sheets', 'deleteRows', () => {
      this._cells.splice(row - 1, n);
      this._shiftKeyed(row, -n);
      this._maxRows -= n;
    });
    return this;
  }
  insertRowAfter(afterPosition: number): this {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowsAfter(afterPosition: number, howMany: number): this {
    return this.insertRowsBefore(afterPosition + 1, howMany);
  }
  insertRowBefore(row: number): this {
    return this.insertRowsBefore(row, 1);
  }
  insertRowsBefore(row: number, n: number): this {
    this._spreadsheet._counter.write('sheets', 'insertRows', () => {
      this._cells.splice(row - 1, 0, ...Array.from({ length: n }, () => [] as Array<Cell | undefined>));
      this._shiftKeyed(row, n);
      this._maxRows += n;
    });
    return this;
  }

  /** Formats and styles are kept per cell; rows moving move them too. */
  _shiftKeyed(fromRow: number, by: number): void {
    for (const map of [this._formats, this._styles] as Array<Map<string, unknown>>) {
      const moved = new Map<string, unknown>();
      for (const [k, v] of map) {
        const [r, c] = k.split(':').map(Number);
        if (r < fromRow) moved.set(k, v);
        else if (by > 0 || r >= fromRow - by) moved.set(cellKey(r + by, c), v);
      }
      map.clear();
      for (const [k, v] of moved) map.set(k, v);
    }
  }

  _get(r: number, c: number): Cell | undefined {
    return this._cells[r - 1]?.[c - 1];
  }

  /** Writes values the way Sheets reads typed input; validates against rejecting rules first. */
  _set(box: Box, values: unknown[][], grow = false): void {
    if (!grow && (box.row + box.rows - 1 > this._maxRows || box.col + box.cols - 1 > this._maxCols))
      throw new Error(OUTSIDE);
    const parsed = values.map((row, i) => row.map((v, j) => this._parse(v, box.row + i, box.col + j)));
    parsed.forEach((row, i) => row.forEach((cell, j) => this._validate(box.row + i, box.col + j, cell)));
    parsed.forEach((row, i) =>
      row.forEach((cell, j) => {
        const r = box.row + i;
        const c = box.col + j;
        const { format, ...value } = cell;
        (this._cells[r - 1] ??= [])[c - 1] = value;
        if (format && !this._formats.has(cellKey(r, c))) this._formats.set(cellKey(r, c), format);
        if (r > this._maxRows) this._maxRows = r;
        if (c > this._maxCols) this._maxCols = c;
      }),
    );
  }

  private _parse(v: unknown, r: number, c: number): Cell & { format?: string } {
    if (v === null || v === undefined) return { v: '' };
    if (typeof v === 'string' && v.length > MAX_CELL_CHARS)
      throw new Error(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
    if (typeof v === 'number' || typeof v === 'boolean') return { v };
    if (Object.prototype.toString.call(v) === '[object Date]') return { v: new Date((v as Date).getTime()) };
    const s = String(v);
    if (s.startsWith("'")) return { v: s.slice(1) };
    if (s.startsWith('=') && s.length > 1) return { v: '', f: s };
    if (this._formats.get(cellKey(r, c)) === '@') return { v: s };
    // Numbers, percentages, money, booleans, dates and times typed are values (see typed-input.ts for the sources);
    // a date is midnight in the spreadsheet's time zone, whatever the host's.
    return readTyped(s, this._spreadsheet._locale, this._spreadsheet._timeZone);
  }

  private _validate(r: number, c: number, cell: Cell): void {
    for (const { box, rule } of this._validations) {
      if (rule.allowInvalid || rule.kind !== 'list' || cell.v === '' || cell.f) continue;
      if (r < box.row || r >= box.row + box.rows || c < box.col || c >= box.col + box.cols) continue;
      if (!rule.values.includes(String(cell.v))) {
        throw new Error(
          `The data you entered in cell ${toA1({ row: r, col: c, rows: 1, cols: 1 })} violates the data validation rules set on this cell.`,
        );
      }
    }
  }
}

export class LocalRange
  extends SheetsObject
  implements
    Emulates<
      GoogleAppsScript.Spreadsheet.Range,
      | 'getSheet'
      | 'getRow'
      | 'getColumn'
      | 'getNumRows'
      | 'getNumColumns'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getA1Notation'
      | 'getValues'
      | 'getValue'
      | 'getDisplayValues'
      | 'getFormulas'
      | 'setValues'
      | 'setValue'
      | 'clearContent'
      | 'setNumberFormat'
      | 'getNumberFormat'
      | 'getNumberFormats'
      | 'setFontWeight'
      | 'setBackground'
      | 'setFontColor'
      | 'setWrap'
      | 'getWrap'
      | 'setHorizontalAlignment'
      | 'setVerticalAlignment'
      | 'getFontWeight'
      | 'getBackground'
      | 'setDataValidation'
      | 'getDataValidation'
      | 'protect'
      | 'sort'
      | 'createFilter'
      | 'getFilter'
    >
{
  readonly gasClass = 'Range';
  constructor(
    readonly _sheet: LocalSheet,
    readonly _box: Box,
  ) {
    super();
  }
  private get counter(): CallCounter {
    return this._sheet._spreadsheet._counter;
  }
  getSheet(): LocalSheet {
    return this._sheet;
  }
  getRow(): number {
    return this._box.row;
  }
  getColumn(): number {
    return this._box.col;
  }
  getNumRows(): number {
    return this._box.rows;
  }
  getNumColumns(): number {
    return this._box.cols;
  }
  getLastRow(): number {
    return this._box.row + this._box.rows - 1;
  }
  getLastColumn(): number {
    return this._box.col + this._box.cols - 1;
  }
  getA1Notation(): string {
    return toA1(this._box);
  }

  getValues(): Value[][] {
    this.counter.sheetIo('read', this._sheet._name);
    return this.map((r, c) => {
      const cell = this._sheet._get(r, c);
      const v = cell?.v ?? '';
      return v instanceof Date || Object.prototype.toString.call(v) === '[object Date]'
        ? new Date((v as Date).getTime())
        : v;
    });
  }
  getValue(): Value {
    return this.getValues()[0][0];
  }
  getDisplayValues(): string[][] {
    return this.map((r, c) => {
      const v = this._sheet._get(r, c)?.v ?? '';
      if (typeof v === 'object') {
        const t = (v as Date).getTime();
        const zone = this._sheet._spreadsheet._timeZone;
        const w = wallClock(zone, t);
        // A date shows as its cell's date format says; without one, as the day in ISO form.
        const format = this._sheet._formats.get(cellKey(r, c));
        if (isDatePattern(format)) return formatSheetsDate(w, new Date(t + zoneOffsetMs(zone, t)).getUTCDay(), format);
        return `${w.year}-${String(w.month + 1).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
      }
      return String(v);
    });
  }
  getFormulas(): string[][] {
    return this.map((r, c) => this._sheet._get(r, c)?.f ?? '');
  }

  setValues(values: unknown[][]): this {
    if (!Array.isArray(values) || values.length !== this._box.rows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${Array.isArray(values) ? values.length : 0} but the range has ${this._box.rows}.`,
      );
    }
    for (const row of values) {
      if (!Array.isArray(row) || row.length !== this._box.cols) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${Array.isArray(row) ? row.length : 0} but the range has ${this._box.cols}.`,
        );
      }
    }
    this._mayEdit();
    this.counter.write('sheets', `setValues ${this._sheet._name}!${this.getA1Notation()}`, () =>
      this._sheet._set(this._box, values),
    );
    this.counter.sheetIo('write', this._sheet._name);
    return this;
  }
  setValue(value: unknown): this {
    this._mayEdit();
    this.counter.write('sheets', `setValue ${this._sheet._name}!${this.getA1Notation()}`, () =>
      this._sheet._set(
        this._box,
        Array.from({ length: this._box.rows }, () => Array.from({ length: this._box.cols }, () => value)),
      ),
    );
    return this;
  }
  /**
   * A script edits as the one running it: cells a protection covers (not only warning) that they may not edit are
   * refused, the whole call, before anything is written. A protected sheet's unprotected ranges are not modelled.
   */
  _mayEdit(): void {
    const ss = this._sheet._spreadsheet;
    const me = ss._runner().toLowerCase();
    if (ss._viewers.some((v) => v.toLowerCase() === me)) throw new Error(VIEW_ONLY_MESSAGE);
    for (const p of this._sheet._protections) {
      if (p.warningOnly) continue;
      const b = parseA1(p.a1, this._sheet._maxRows, this._sheet._maxCols);
      const r = this._box;
      const overlaps =
        r.row < b.row + b.rows && b.row < r.row + r.rows && r.col < b.col + b.cols && b.col < r.col + r.cols;
      if (overlaps && !new LocalProtection(p, this._sheet).canEdit()) throw new Error(PROTECTED_MESSAGE);
    }
  }
  clearContent(): this {
    this._mayEdit();
    this.counter.write('sheets', 'clearContent', () =>
      this.each((r, c) => {
        const row = this._sheet._cells[r - 1];
        if (row) row[c - 1] = undefined;
      }),
    );
    return this;
  }
  setNumberFormat(format: string): this {
    this.counter.write('sheets', 'setNumberFormat', () =>
      this.each((r, c) => this._sheet._formats.set(cellKey(r, c), format)),
    );
    return this;
  }
  getNumberFormats(): string[][] {
    return this.map((r, c) => this._sheet._formats.get(cellKey(r, c)) ?? 'General');
  }
  getNumberFormat(): string {
    return this._sheet._formats.get(cellKey(this._box.row, this._box.col)) ?? 'General';
  }
  setFontWeight(w: string | null): this {
    return this.style({ bold: w === 'bold' });
  }
  setBackground(color: string | null): this {
    return this.style({ background: color ?? undefined });
  }
  setFontColor(color: string | null): this {
    return this.style({ fontColor: color ?? undefined });
  }
  setWrap(wrap: boolean): this {
    return this.style({ wrap });
  }
  setHorizontalAlignment(a: string | null): this {
    return this.style({ hAlign: a ?? undefined });
  }
  setVerticalAlignment(a: string | null): this {
    return this.style({ vAlign: a ?? undefined });
  }
  /** Whether the top-left cell's text wraps (what a cell never set shows is not relied on: see the test). */
  getWrap(): boolean {
    return !!this._sheet._styles.get(cellKey(this._box.row, this._box.col))?.wrap;
  }
  getFontWeight(): 'bold' | 'normal' {
    return this._sheet._styles.get(cellKey(this._box.row, this._box.col))?.bold ? 'bold' : 'normal';
  }
  getBackground(): string {
    return this._sheet._styles.get(cellKey(this._box.row, this._box.col))?.background ?? '#ffffff';
  }
  setDataValidation(rule: LocalDataValidation | null): this {
    this.counter.write('sheets', 'setDataValidation', () => {
      this._sheet._validations = this._sheet._validations.filter((v) => !sameBox(v.box, this._box));
      if (rule) this._sheet._validations.push({ box: { ...this._box }, rule: { ...rule.rule } });
    });
    return this;
  }
  getDataValidation(): LocalDataValidation | null {
    const v = this._sheet._validations.find((x) => contains(x.box, this._box.row, this._box.col));
    return v ? new LocalDataValidation(v.rule) : null;
  }
  protect(): LocalProtection {
    return this.counter.write('sheets', 'protect', () => {
      const state: ProtectionState = {
        a1: this.getA1Notation(),
        description: '',
        warningOnly: false,
        sheetLevel: false,
      };
      this._sheet._protections.push(state);
      return new LocalProtection(state, this._sheet);
    });
  }
  /**
   * https://developers.google.com/apps-script/reference/spreadsheet/range#createFilter(): a sheet has at most one
   * filter; creating a second one fails.
   */
  createFilter(): LocalFilter<LocalRange> {
    if (this._sheet._filter) throw new Error('You cannot create a filter in a sheet that already has a filter.');
    return this.counter.write('sheets', 'createFilter', () => {
      this._sheet._filter = { ...this._box };
      return this._sheet._filterObject();
    });
  }
  /** The sheet's filter when it overlaps this range, else null. */
  getFilter(): LocalFilter<LocalRange> | null {
    const f = this._sheet._filter;
    if (!f) return null;
    const b = this._box;
    const overlaps =
      b.row < f.row + f.rows && f.row < b.row + b.rows && b.col < f.col + f.cols && f.col < b.col + b.cols;
    return overlaps ? this._sheet._filterObject() : null;
  }
  /** Sorts the rows of the range by one or more columns, as a user's Data → Sort range does. */
  sort(spec: number | { column: number; ascending?: boolean } | Array<{ column: number; ascending?: boolean }>): this {
    const specs = (Array.isArray(spec) ? spec : [spec]).map((s) =>
      typeof s === 'number' ? { column: s, ascending: true } : { ascending: true, ...s },
    );
    this.counter.write('sheets', 'sort', () => {
      const rows = Array.from({ length: this._box.rows }, (_, i) => this._sheet._cells[this._box.row - 1 + i] ?? []);
      rows.sort((a, b) => {
        for (const s of specs) {
          const x = a[s.column - 1]?.v ?? '';
          const y = b[s.column - 1]?.v ?? '';
          const cmp = x < y ? -1 : x > y ? 1 : 0;
          if (cmp) return s.ascending ? cmp : -cmp;
        }
        return 0;
      });
      rows.forEach((row, i) => {
        this._sheet._cells[this._box.row - 1 + i] = row;
      });
    });
    return this;
  }

  private style(s: Style): this {
    this.counter.write('sheets', 'style', () => {
      // One new style per style the cells had (most cells of a column share one): fewer objects, the same looks.
      const styles = this._sheet._styles;
      const merged = new Map<Style | undefined, Style>();
      this.each((r, c) => {
        const k = cellKey(r, c);
        const old = styles.get(k);
        let next = merged.get(old);
        if (!next) merged.set(old, (next = { ...old, ...s }));
        styles.set(k, next);
      });
    });
    return this;
  }
  private map<T>(f: (r: number, c: number) => T): T[][] {
    return Array.from({ length: this._box.rows }, (_, i) =>
      Array.from({ length: this._box.cols }, (_, j) => f(this._box.row + i, this._box.col + j)),
    );
  }
  private each(f: (r: number, c: number) => void): void {
    for (let i = 0; i < this._box.rows; i++)
      for (let j = 0; j < this._box.cols; j++) f(this._box.row + i, this._box.col + j);
  }
}

const CELL_KEYS: string[][] = [];

/**
 * A cell's key in a sheet's per-cell maps of formats and styles ("row:col"), made once and reused: Set up formats whole
 * columns of a thousand rows, and a reused key is a string whose hash is already known.
 */
export function cellKey(r: number, c: number): string {
  const row = (CELL_KEYS[r] ??= []);
  return (row[c] ??= `${r}:${c}`);
}

function sameBox(a: Box, b: Box): boolean {
  return a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;
}
function contains(b: Box, r: number, c: number): boolean {
  return r >= b.row && r < b.row + b.rows && c >= b.col && c < b.col + b.cols;
}

export class LocalSpreadsheetApp
  extends SheetsObject
  implements
    Emulates<
      GoogleAppsScript.Spreadsheet.SpreadsheetApp,
      | 'getActive'
      | 'getActiveSpreadsheet'
      | 'getUi'
      | 'newDataValidation'
      | 'flush'
      | 'newConditionalFormatRule'
      | 'openById'
    >
{
  readonly gasClass = 'SpreadsheetApp';
  readonly ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' };
  readonly WrapStrategy = { WRAP: 'WRAP', CLIP: 'CLIP', OVERFLOW: 'OVERFLOW' };
  /**
   * `active`: the spreadsheet the script runs in, null where it runs in none (a Workspace add-on in Calendar or Gmail);
   * `byId`: the spreadsheets it may open, checked against who runs the call.
   */
  constructor(
    private readonly active: () => LocalSpreadsheet | null,
    private readonly ui: () => object,
    private readonly byId: (id: string) => LocalSpreadsheet | null = () => null,
  ) {
    super();
  }
  getActive(): LocalSpreadsheet {
    return this.active() as LocalSpreadsheet;
  }
  getActiveSpreadsheet(): LocalSpreadsheet {
    return this.active() as LocalSpreadsheet;
  }
  /**
   * "Opens the spreadsheet with the given ID" (https://developers.google.com/apps-script/reference/spreadsheet/
   * spreadsheet-app#openById(String)); one that does not exist, or that the user running the script may not open,
   * throws (the user's access is Drive's: owner, editor or viewer).
   */
  openById(id: string): LocalSpreadsheet {
    const ss = this.byId(String(id));
    if (!ss || !ss._mayOpen(ss._runner())) throw new Error(NO_ACCESS_MESSAGE);
    return ss;
  }
  getUi(): object {
    return this.ui();
  }
  newDataValidation(): LocalDataValidationBuilder {
    return new LocalDataValidationBuilder();
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#newConditionalFormatRule() */
  newConditionalFormatRule(): LocalConditionalFormatRuleBuilder<LocalRange> {
    return new LocalConditionalFormatRuleBuilder<LocalRange>();
  }
  flush(): void {
    /* writes take effect at once here */
  }
}
