/**
 * The Overview chart as a person sees it (issue 19): the add-on's chart range drawn as stacked bars, one per unit, as
 * `npm start` writes it (out/overview-chart.svg, and out/screens/overview.png drawn by Chromium), and the same chart in
 * the exported .xlsx, read back. Every check compares with the Overview sheet's own per-unit table on 10 October 2025,
 * when items are overdue.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { CHART_COLOURS, overviewChartSvg } from '../../src/local/export/overview-chart-svg';
import { drawPng } from '../../src/local/export/page-picture';
import { writeXlsxBuffer } from '../../src/local/export/xlsx';
import type { Workspace } from '../../src/local/workspace/workspace';
import { launch } from './serve/browser';
import { installed, sheetValues } from '../helpers';

let ws: Workspace;
/**
 * The Overview's per-unit table: unit, then the counts Planned, In progress, Done, Overdue, Cancelled, Submitted for
 * review (one column a status, core/sheets/status.ts).
 */
let table: Array<{ unit: string; counts: number[] }>;

beforeAll(async () => {
  let addon;
  ({ ws, addon } = await installed({ now: Date.parse('2025-10-10T04:00:00Z') }));
  addon.josparSetUpPlan();
  table = sheetValues(ws, 'Шолу')
    .slice(3, 7)
    .map((r) => ({ unit: String(r[0]), counts: r.slice(1, 1 + CHART_COLOURS.length).map(Number) }));
});

it('draws each unit of the Overview table as a bar whose parts are its counts, with the chart title', () => {
  const svg = overviewChartSvg(ws)!;
  expect(svg).toContain('Бөлімдер бойынша мәртебе');
  const parts = [...svg.matchAll(/<title>([^<]+): (\d+)<\/title>/g)].map((m) => Number(m[2]));
  // every non-zero status count of the four units' rows, in order
  expect(parts).toEqual(table.flatMap((r) => r.counts.filter((n) => n > 0)));
  expect(svg).toMatch(/Мерзімі өткен: [1-9]/); // overdue items on 10 October show in the chart
});

it('out/screens/overview.png: the picture shows one bar a unit, its colours in the shares of its counts', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'jospar-chart-'));
  try {
    const file = join(dir, 'overview.png');
    await drawPng(overviewChartSvg(ws)!, file, 600);
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // Read the picture's pixels back in a browser (a canvas), as a person looks at the picture itself.
    const browser = await launch();
    try {
      const page = await browser.context.newPage();
      await page.setContent(`<img id="p" src="data:image/png;base64,${png.toString('base64')}">`);
      const rows = await page.evaluate(async (colours) => {
        const img = document.getElementById('p') as HTMLImageElement;
        await img.decode();
        const canvas = document.createElement('canvas');
        [canvas.width, canvas.height] = [img.naturalWidth, img.naturalHeight];
        const g = canvas.getContext('2d')!;
        g.drawImage(img, 0, 0);
        const { data } = g.getImageData(0, 0, canvas.width, canvas.height);
        const rgb = colours.map((c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)));
        // Per pixel row: how many pixels of each chart colour it holds.
        return Array.from({ length: canvas.height }, (_, y) =>
          rgb.map(([r, gr, b]) => {
            let n = 0;
            for (let x = 0; x < canvas.width; x++) {
              const at = (y * canvas.width + x) * 4;
              if (data[at] === r && data[at + 1] === gr && data[at + 2] === b) n++;
            }
            return n;
          }),
        );
      }, CHART_COLOURS);
      // The bars: runs of pixel rows holding chart colours, top down (the legend's swatches come after them); each
      // read on its second row, above the count written on it.
      const bars: number[][] = [];
      for (let y = 1; y < rows.length; y++)
        if (rows[y].some(Boolean) && !rows[y - 1].some(Boolean)) bars.push(rows[y + 1]);
      expect(bars.length).toBeGreaterThanOrEqual(table.length);
      const longest = Math.max(...bars.slice(0, table.length).map((b) => b.reduce((a, n) => a + n, 0)));
      const most = Math.max(...table.map((r) => r.counts.reduce((a, n) => a + n, 0)));
      for (const [i, { unit, counts }] of table.entries()) {
        // Each part as wide as its count (within 2 px of antialiased edges), on the scale of the longest bar.
        const want = counts.map((n) => (n * longest) / most);
        for (const [s, px] of bars[i].entries())
          expect({ unit, s, off: Math.abs(px - want[s]) <= 2 }).toEqual({ unit, s, off: true });
      }
      expect(bars.slice(0, table.length).some((b) => b[3] > 0)).toBe(true); // the overdue part is drawn
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('the exported .xlsx holds the chart: a stacked bar chart over the Overview table, its series the statuses', async () => {
  const xlsx = await writeXlsxBuffer(ws.spreadsheet);
  const files = unzipSync(new Uint8Array(xlsx));
  const chart = strFromU8(files['xl/charts/chart1.xml']);
  expect(chart).toContain('<c:barDir val="bar"/><c:grouping val="stacked"/>');
  expect(chart).toContain('Бөлімдер бойынша мәртебе');
  // The sheet that anchors it is the Overview.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
  const withDrawing = Object.keys(files).find(
    (f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f) && strFromU8(files[f]).includes('<drawing '),
  )!;
  const index = Number(/sheet(\d+)\.xml$/.exec(withDrawing)![1]);
  expect(wb.worksheets[index - 1].name).toBe('Шолу');
  // Each series: its name a status, its categories the units, its values the cells that hold that status's counts.
  const sheet = wb.getWorksheet('Шолу')!;
  const cells = (ref: string) => {
    const m = /!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(ref)!;
    const out: unknown[] = [];
    for (let r = Number(m[2]); r <= Number(m[4]); r++) out.push(sheet.getCell(`${m[1]}${r}`).value);
    return out;
  };
  const series = [
    ...chart.matchAll(/<c:ser>.*?<c:v>([^<]+)<\/c:v>.*?<c:cat>.*?<c:f>([^<]+)<\/c:f>.*?<c:val>.*?<c:f>([^<]+)<\/c:f>/g),
  ];
  expect(series.map((m) => m[1])).toEqual([
    'Жоспарланған',
    'Орындалуда',
    'Орындалды',
    'Мерзімі өткен',
    'Тоқтатылды',
    'Тексеруге жіберілді',
  ]);
  const unescape = (s: string) => s.replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  for (const [s, m] of series.entries()) {
    expect(cells(unescape(m[2]))).toEqual(table.map((r) => r.unit));
    expect(cells(unescape(m[3]))).toEqual(table.map((r) => r.counts[s]));
  }
});
