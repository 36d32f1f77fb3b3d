import { documented, GAS, workspace } from './reference';

interface ChartGas {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  Charts: GoogleAppsScript.Charts.Charts;
}

const BUILDER = `${GAS}spreadsheet/embedded-chart-builder`;
const CHART = `${GAS}spreadsheet/embedded-chart`;
const SHEET = `${GAS}spreadsheet/sheet`;

function sheetWithData() {
  const ws = workspace();
  const g = ws.globals() as unknown as ChartGas;
  const sheet = g.SpreadsheetApp.getActive().getSheets()[0];
  sheet.getRange(1, 1, 3, 2).setValues([
    ['unit', 'done'],
    ['A', 1],
    ['B', 2],
  ]);
  return { g, sheet };
}

describe('Embedded charts', () => {
  documented(`${SHEET}#newChart()`, 'a built chart is on the sheet only after insertChart', () => {
    const { g, sheet } = sheetWithData();
    const chart = sheet.newChart().setChartType(g.Charts.ChartType.BAR).addRange(sheet.getRange('A1:B3')).build();
    expect(sheet.getCharts()).toHaveLength(0);
    sheet.insertChart(chart);
    expect(sheet.getCharts()).toHaveLength(1);
  });

  documented(`${CHART}#getChartId()`, 'the id is null until the chart is in the spreadsheet', () => {
    const { g, sheet } = sheetWithData();
    const chart = sheet.newChart().setChartType(g.Charts.ChartType.BAR).addRange(sheet.getRange('A1:B3')).build();
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    expect(sheet.getCharts()[0].getChartId()).not.toBeNull();
  });

  documented(`${CHART}#getRanges()`, "the chart's ranges are the ones added", () => {
    const { g, sheet } = sheetWithData();
    sheet.insertChart(sheet.newChart().setChartType(g.Charts.ChartType.BAR).addRange(sheet.getRange('A1:B3')).build());
    expect(
      sheet
        .getCharts()[0]
        .getRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A1:B3']);
  });

  documented(`${BUILDER}`, 'changes made through modify() are saved only by updateChart', () => {
    const { g, sheet } = sheetWithData();
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(g.Charts.ChartType.BAR)
        .addRange(sheet.getRange('A1:B3'))
        .setOption('title', 'Old')
        .build(),
    );
    const changed = sheet.getCharts()[0].modify().setOption('title', 'New').build();
    expect(sheet.getCharts()[0].getOptions().get('title')).toBe('Old');
    sheet.updateChart(changed);
    expect(sheet.getCharts()[0].getOptions().get('title')).toBe('New');
    expect(sheet.getCharts()).toHaveLength(1);
  });

  documented(`${BUILDER}#clearRanges()`, 'clearRanges removes every range from the chart being built', () => {
    const { g, sheet } = sheetWithData();
    sheet.insertChart(sheet.newChart().setChartType(g.Charts.ChartType.BAR).addRange(sheet.getRange('A1:B3')).build());
    sheet.updateChart(sheet.getCharts()[0].modify().clearRanges().addRange(sheet.getRange('A1:B2')).build());
    expect(
      sheet
        .getCharts()[0]
        .getRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A1:B2']);
  });

  documented(`${SHEET}#removeChart(EmbeddedChart)`, 'removeChart takes the chart off the sheet', () => {
    const { g, sheet } = sheetWithData();
    sheet.insertChart(sheet.newChart().setChartType(g.Charts.ChartType.PIE).addRange(sheet.getRange('A1:B3')).build());
    sheet.removeChart(sheet.getCharts()[0]);
    expect(sheet.getCharts()).toHaveLength(0);
  });
});
