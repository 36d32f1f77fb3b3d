/**
 * Embedded charts, as far as Jospar uses them, following
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder,
 * .../spreadsheet/embedded-chart and .../spreadsheet/sheet#newChart(): Sheet.newChart() gives a builder; build() makes
 * an EmbeddedChart that is not on the sheet until Sheet.insertChart(chart); chart.modify() gives a builder again whose
 * changes are saved only by Sheet.updateChart(chart); Sheet.removeChart(chart) takes it off.
 */
import type { Emulates } from './conforms';
import type { Emulated } from './counter';

/** Charts.ChartType (https://developers.google.com/apps-script/reference/charts/chart-type). */
export const CHART_TYPES = [
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TIMELINE',
  'TREEMAP',
  'WATERFALL',
] as const;
export type ChartType = (typeof CHART_TYPES)[number];

export const LocalCharts = {
  ChartType: Object.fromEntries(CHART_TYPES.map((t) => [t, t])) as Record<ChartType, ChartType>,
};

/** What is saved of a chart: its ranges as A1 notation on its sheet. */
export interface ChartState {
  id: number;
  /** Null until setChartType: the reference gives no default type. */
  type: ChartType | null;
  ranges: string[];
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
}

/** The part of a sheet a chart needs: its name and its saved charts. */
export interface ChartHost {
  _name: string;
  _charts: ChartState[];
  _nextChartId(): number;
  getRange(a1: string): object;
}

interface RangeLike {
  getA1Notation(): string;
  getSheet(): { getName(): string };
}

export class LocalEmbeddedChartBuilder
  implements
    Emulated,
    Emulates<
      GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder,
      'addRange' | 'removeRange' | 'clearRanges' | 'setChartType' | 'setOption' | 'setPosition' | 'build'
    >
{
  readonly gasClass = 'EmbeddedChartBuilder';
  readonly gasService = 'sheets' as const;
  constructor(
    private readonly host: ChartHost,
    private state: ChartState,
  ) {}
  addRange(range: RangeLike): this {
    if (range.getSheet().getName() !== this.host._name) throw new Error('The range must be on the chart’s sheet.');
    this.state.ranges.push(range.getA1Notation());
    return this;
  }
  removeRange(range: RangeLike): this {
    this.state.ranges = this.state.ranges.filter((a1) => a1 !== range.getA1Notation());
    return this;
  }
  clearRanges(): this {
    this.state.ranges = [];
    return this;
  }
  /** Charts.ChartType values print as their names (the typings declare a numeric enum). */
  setChartType(type: string | number): this {
    const name = String(type);
    if (!(CHART_TYPES as readonly string[]).includes(name)) throw new Error(`Invalid argument: type (${name})`);
    this.state.type = name as ChartType;
    return this;
  }
  getChartType(): ChartType | null {
    return this.state.type;
  }
  setOption(option: string, value: unknown): this {
    this.state.options[String(option)] = value;
    return this;
  }
  /** Anchors the chart's top left corner at a cell (1-based), offset in pixels. */
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.state.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }
  build(): LocalEmbeddedChart {
    return new LocalEmbeddedChart(this.host, cloneState(this.state));
  }
}

export class LocalEmbeddedChart
  implements Emulated, Emulates<GoogleAppsScript.Spreadsheet.EmbeddedChart, 'getRanges' | 'modify' | 'getOptions'>
{
  readonly gasClass = 'EmbeddedChart';
  readonly gasService = 'sheets' as const;
  constructor(
    private readonly host: ChartHost,
    readonly _state: ChartState,
  ) {}
  /** Null until the chart is inserted in a sheet, as in Sheets. */
  getChartId(): number | null {
    return this.host._charts.some((c) => c.id === this._state.id) ? this._state.id : null;
  }
  getOptions(): { get(option: string): unknown } {
    const options = { ...this._state.options };
    return { get: (option: string) => options[option] ?? null };
  }
  getRanges(): object[] {
    return this._state.ranges.map((a1) => this.host.getRange(a1));
  }
  getChartType(): ChartType | null {
    return this._state.type;
  }
  modify(): LocalEmbeddedChartBuilder {
    return new LocalEmbeddedChartBuilder(this.host, cloneState(this._state));
  }
}

export function newChartBuilder(host: ChartHost): LocalEmbeddedChartBuilder {
  return new LocalEmbeddedChartBuilder(host, {
    id: host._nextChartId(),
    type: null,
    ranges: [],
    options: {},
    position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
  });
}

function cloneState(s: ChartState): ChartState {
  return { ...s, ranges: [...s.ranges], options: { ...s.options }, position: { ...s.position } };
}
