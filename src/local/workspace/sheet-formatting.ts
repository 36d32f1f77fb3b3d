/**
 * The parts of SpreadsheetApp that shape how a sheet looks rather than what it holds, as Google documents them:
 * - Filter (https://developers.google.com/apps-script/reference/spreadsheet/filter): one per sheet, made by
 *   Range.createFilter(), read by Sheet.getFilter() (null when there is none), gone after remove();
 * - ConditionalFormatRuleBuilder / ConditionalFormatRule / BooleanCondition
 *   (https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder): a boolean
 *   condition (a custom formula, or a number comparison) with a format (background, font colour, bold) over ranges;
 *   Sheet.setConditionalFormatRules(rules) replaces every rule of the sheet.
 */
import type { Box } from './a1';
import type { Emulates } from './conforms';
import type { ServiceName } from './counter';

export interface ConditionalRuleState {
  /** The criteria type's name (SpreadsheetApp.BooleanCriteria). */
  criteria: 'CUSTOM_FORMULA' | 'NUMBER_GREATER_THAN' | 'NUMBER_LESS_THAN' | 'NUMBER_BETWEEN' | 'TEXT_CONTAINS';
  values: Array<string | number>;
  background?: string;
  fontColor?: string;
  bold?: boolean;
  ranges: Box[];
}

/** The sheet-side of a rule's ranges: how a Range is made from a stored box. */
export interface RangeMaker<R> {
  rangeOf(box: Box): R;
}

abstract class SheetsPart {
  readonly gasService: ServiceName = 'sheets';
}

export class LocalBooleanCondition
  extends SheetsPart
  implements
    Emulates<
      GoogleAppsScript.Spreadsheet.BooleanCondition,
      'getCriteriaType' | 'getCriteriaValues' | 'getBackground' | 'getFontColor' | 'getBold'
    >
{
  readonly gasClass = 'BooleanCondition';
  constructor(private readonly state: ConditionalRuleState) {
    super();
  }
  getCriteriaType(): string {
    return this.state.criteria;
  }
  getCriteriaValues(): Array<string | number> {
    return [...this.state.values];
  }
  /** The background colour as a hex string, or null (the older, still documented accessor). */
  getBackground(): string | null {
    return this.state.background ?? null;
  }
  getFontColor(): string | null {
    return this.state.fontColor ?? null;
  }
  getBackgroundObject(): { asRgbColor(): { asHexString(): string } } | null {
    const bg = this.state.background;
    return bg ? { asRgbColor: () => ({ asHexString: () => bg }) } : null;
  }
  getFontColorObject(): { asRgbColor(): { asHexString(): string } } | null {
    const fc = this.state.fontColor;
    return fc ? { asRgbColor: () => ({ asHexString: () => fc }) } : null;
  }
  getBold(): boolean | null {
    return this.state.bold ?? null;
  }
}

export class LocalConditionalFormatRule<R extends { _box: Box }>
  extends SheetsPart
  implements
    Emulates<
      GoogleAppsScript.Spreadsheet.ConditionalFormatRule,
      'getBooleanCondition' | 'getGradientCondition' | 'getRanges' | 'copy'
    >
{
  readonly gasClass = 'ConditionalFormatRule';
  constructor(
    readonly _state: ConditionalRuleState,
    private readonly maker: RangeMaker<R> | null,
  ) {
    super();
  }
  getBooleanCondition(): LocalBooleanCondition {
    return new LocalBooleanCondition(this._state);
  }
  getGradientCondition(): null {
    return null;
  }
  getRanges(): R[] {
    return this.maker ? this._state.ranges.map((b) => this.maker!.rangeOf(b)) : [];
  }
  copy(): LocalConditionalFormatRuleBuilder<R> {
    return new LocalConditionalFormatRuleBuilder<R>({ ...this._state, ranges: [...this._state.ranges] }, this.maker);
  }
}

export class LocalConditionalFormatRuleBuilder<R extends { _box: Box }>
  extends SheetsPart
  implements
    Emulates<
      GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder,
      | 'whenFormulaSatisfied'
      | 'whenNumberGreaterThan'
      | 'whenNumberLessThan'
      | 'whenNumberBetween'
      | 'whenTextContains'
      | 'setBackground'
      | 'setFontColor'
      | 'setBold'
      | 'setRanges'
      | 'getRanges'
      | 'build'
    >
{
  readonly gasClass = 'ConditionalFormatRuleBuilder';
  constructor(
    private state: Partial<ConditionalRuleState> & { ranges: Box[] } = { ranges: [] },
    private maker: RangeMaker<R> | null = null,
  ) {
    super();
  }
  /** "Sets the conditional format rule to trigger when that the given formula evaluates to true." */
  whenFormulaSatisfied(formula: string): this {
    return this.criteria('CUSTOM_FORMULA', [formula]);
  }
  whenNumberGreaterThan(n: number): this {
    return this.criteria('NUMBER_GREATER_THAN', [n]);
  }
  whenNumberLessThan(n: number): this {
    return this.criteria('NUMBER_LESS_THAN', [n]);
  }
  whenNumberBetween(a: number, b: number): this {
    return this.criteria('NUMBER_BETWEEN', [a, b]);
  }
  whenTextContains(text: string): this {
    return this.criteria('TEXT_CONTAINS', [text]);
  }
  /** A null colour clears it, as in Google's builder. */
  setBackground(color: string | null): this {
    this.state.background = color ?? undefined;
    return this;
  }
  setFontColor(color: string | null): this {
    this.state.fontColor = color ?? undefined;
    return this;
  }
  setBold(bold: boolean | null): this {
    this.state.bold = bold ?? undefined;
    return this;
  }
  setRanges(ranges: R[]): this {
    this.state.ranges = ranges.map((r) => ({ ...r._box }));
    this.maker = (ranges[0] as unknown as { _sheet?: RangeMaker<R> })?._sheet ?? this.maker;
    return this;
  }
  getRanges(): R[] {
    return this.maker ? this.state.ranges.map((b) => this.maker!.rangeOf(b)) : [];
  }
  /** Google throws when a rule has no condition; a rule without ranges is allowed (and applies nowhere). */
  build(): LocalConditionalFormatRule<R> {
    if (!this.state.criteria) throw new Error('Conditional format rule must have a condition.');
    return new LocalConditionalFormatRule<R>(
      { ...(this.state as ConditionalRuleState), ranges: [...this.state.ranges] },
      this.maker,
    );
  }
  private criteria(c: ConditionalRuleState['criteria'], values: Array<string | number>): this {
    this.state.criteria = c;
    this.state.values = values;
    return this;
  }
}

export class LocalFilter<R extends object>
  extends SheetsPart
  implements Emulates<GoogleAppsScript.Spreadsheet.Filter, 'getRange' | 'getColumnFilterCriteria' | 'remove'>
{
  readonly gasClass = 'Filter';
  constructor(
    private readonly box: Box,
    private readonly maker: RangeMaker<R>,
    private readonly onRemove: () => void,
  ) {
    super();
  }
  getRange(): R {
    return this.maker.rangeOf(this.box);
  }
  getColumnFilterCriteria(_columnPosition: number): null {
    return null;
  }
  remove(): void {
    this.onRemove();
  }
}
