/**
 * The Overview's chart as a person sees it, for `npm start` (out/overview-chart.svg): the emulated chart's own range
 * (the per-unit table the add-on gave it: unit, then a column per status) drawn as its options say, stacked
 * horizontal bars with its title and a legend. SVG, so any browser shows it with its words; null without a chart.
 */
import type { Workspace } from '../workspace/workspace';

// One a status, in the order of core/sheets/status.ts (the last: submitted for review).
const COLOURS = ['#8ab4f8', '#fbbc04', '#34a853', '#ea4335', '#bdc1c6', '#a142f4'];
/** Legend entries a line (the longest status words need about 140 px). */
const LEGEND_PER_LINE = 3;

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
    const most = Math.max(1, ...counts.map((c) => c.reduce((a, b) => a + b, 0)));
    const [left, top, width, bar, gap] = [150, 40, 420, 26, 14];
    const legendLines = Math.ceil(series.length / LEGEND_PER_LINE);
    const height = top + rows.length * (bar + gap) + 30 + 20 * legendLines;
    const out = [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${left + width + 30}" height="${height}" font-family="Arial"`,
      ` font-size="12"><rect width="100%" height="100%" fill="#fff"/>`,
      `<text x="${left}" y="22" font-size="15" font-weight="bold">${esc(title)}</text>`,
    ];
    rows.forEach((r, i) => {
      const y = top + i * (bar + gap);
      out.push(`<text x="${left - 8}" y="${y + bar / 2 + 4}" text-anchor="end">${esc(r[0])}</text>`);
      let x = left;
      counts[i].forEach((n, s) => {
        const w = (width * n) / most;
        if (n > 0)
          out.push(
            `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${bar}" fill="${COLOURS[s % COLOURS.length]}">` +
              `<title>${esc(series[s])}: ${n}</title></rect>`,
          );
        x += w;
      });
    });
    series.forEach((name, s) => {
      const x = left + (s % LEGEND_PER_LINE) * 145;
      const legendY = height - 20 * (legendLines - Math.floor(s / LEGEND_PER_LINE));
      out.push(`<rect x="${x}" y="${legendY - 10}" width="10" height="10" fill="${COLOURS[s % COLOURS.length]}"/>`);
      out.push(`<text x="${x + 14}" y="${legendY}">${esc(name)}</text>`);
    });
    out.push('</svg>');
    return `${out.join('\n')}\n`;
  }
  return null;
}
