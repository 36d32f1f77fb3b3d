/** The Overview chart `npm start` writes as a picture: the add-on's chart range drawn as stacked bars, one per unit. */
import { overviewChartSvg } from '../../src/local/export/overview-chart-svg';
import { installed, sheetValues } from '../helpers';

it('draws each unit of the Overview table as a bar whose parts are its counts, with the chart title', async () => {
  const { ws, addon } = await installed({ now: Date.parse('2025-10-10T04:00:00Z') });
  addon.josparSetUpPlan();
  const svg = overviewChartSvg(ws)!;
  expect(svg).toContain('Бөлімдер бойынша мәртебе');
  const table = sheetValues(ws, 'Шолу').slice(3, 7);
  const parts = [...svg.matchAll(/<title>([^<]+): (\d+)<\/title>/g)].map((m) => Number(m[2]));
  // every non-zero status count of the four units' rows, in order (the columns after the unit, up to the total)
  expect(parts).toEqual(
    table.flatMap((r) =>
      r
        .slice(1, 6)
        .map(Number)
        .filter((n) => n > 0),
    ),
  );
  expect(svg).toMatch(/Мерзімі өткен: [1-9]/); // overdue items on 10 October show in the chart
});
