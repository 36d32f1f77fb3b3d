/**
 * The Overview's chart as a person sees it, for `npm start` (out/overview-chart.svg): the emulated chart's own range
 * (the per-unit table the add-on gave it: unit, then a column per status) drawn as its options say, stacked
 * horizontal bars with each part's count where it fits, each bar's total, its title and a legend. SVG, so any browser
 * shows it with its words (npm start draws it as out/screens/overview.png too); null without a chart.
 */
import type { Workspace } from '../workspace/workspace';

/**
 * A colour per status column, in the Overview table's order (core/sheets/status.ts; the last, purple, is submitted for
 * review); the .xlsx chart takes the same (xlsx.ts).
 */
export const CHART_COLOURS = ['#8ab4f8', '#fbbc04', '#34a853', '#ea4335', '#bdc1c6', '#a142f4'];

const esc = (t: string) => t.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function overviewChartSvg(ws: Workspace): string | null {
  for (const sheet of ws.spreadsheet.getSheets()) {
    const chart = sheet.getCharts()[0];
    if (!chart) continue;
    const range = chart.getRanges()[0] as { getValues(): unknown[][] } | undefined;
    if (!range) continue;
    const [header, ...rows] = range.getValues().map((r) => r.map((v) => String(v ?? '').replace(/^'/, '')));
    const series = header.slice(1);
    const title = String(chart.getOptions().get('title') ?? '');
    const counts = rows.map((r) => r.slice(1).map((v) => Number(v) || 0));
    const totals = counts.map((c) => c.reduce((a, b) => a + b, 0));
    const most = Math.max(1, ...totals);
    const [left, top, width, bar, gap] = [150, 40, 420, 26, 14];
    // The legend in lines as wide as the plot: each entry its swatch and its name (about 7 px a letter at 12 px).
    const legend: Array<{ x: number; line: number }> = [];
    let [lx, line] = [0, 0];
    for (const name of series) {
      const w = 14 + name.length * 7 + 18;
      if (lx > 0 && lx + w > width + 30) [lx, line] = [0, line + 1];
      legend.push({ x: left + lx, line });
      lx += w;
    }
    const plotBottom = top + rows.length * (bar + gap);
    const height = plotBottom + 24 + (line + 1) * 18;
    const out = [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${left + width + 60}" height="${height}" font-family="Arial"`,
      ` font-size="12"><rect width="100%" height="100%" fill="#fff"/>`,
      `<text x="${left}" y="22" font-size="15" font-weight="bold">${esc(title)}</text>`,
    ];
    rows.forEach((r, i) => {
      const y = top + i * (bar + gap);
      out.push(`<text x="${left - 8}" y="${y + bar / 2 + 4}" text-anchor="end">${esc(r[0])}</text>`);
      let x = left;
      counts[i].forEach((n, s) => {
        const w = (width * n) / most;
        if (n > 0) {
          const fill = CHART_COLOURS[s % CHART_COLOURS.length];
          out.push(
            `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${bar}" fill="${fill}">` +
              `<title>${esc(series[s])}: ${n}</title></rect>`,
          );
          // The count on its part where it fits, as a person reads a stacked bar.
          if (w >= 20)
            out.push(`<text x="${(x + w / 2).toFixed(1)}" y="${y + bar / 2 + 4}" text-anchor="middle">${n}</text>`);
        }
        x += w;
      });
      out.push(`<text x="${(x + 6).toFixed(1)}" y="${y + bar / 2 + 4}" font-weight="bold">${totals[i]}</text>`);
    });
    series.forEach((name, s) => {
      const { x, line: l } = legend[s];
      const y = plotBottom + 20 + l * 18;
      const fill = CHART_COLOURS[s % CHART_COLOURS.length];
      out.push(`<rect x="${x}" y="${y - 10}" width="10" height="10" fill="${fill}"/>`);
      out.push(`<text x="${x + 14}" y="${y}">${esc(name)}</text>`);
    });
    out.push('</svg>');
    return `${out.join('\n')}\n`;
  }
  return null;
}
