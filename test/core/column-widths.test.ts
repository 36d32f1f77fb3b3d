import { columnWidths } from '../../src/core/documents/column-widths';
import { PLAN_2025_2026 } from '../../src/core/plan/plan-2025-2026';

const rows = PLAN_2025_2026.items.map((i) => [String(i.no), i.activity, i.responsible, i.deadline, i.deliverable]);

describe('column widths of a printed table', () => {
  it('fit the plan: № narrow, the activity widest and at least the share asked, the sum exact', () => {
    const w = columnWidths(rows, { total: 756.8, minShare: { column: 1, share: 0.36 } });
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(756.8, 5);
    expect(w[1]).toBe(Math.max(...w));
    expect(w[1] / 756.8).toBeGreaterThanOrEqual(0.36);
    expect(w[0]).toBeLessThan(40);
    // The deadline column holds its longest word whole ("Академиялық", "28.08.2025").
    const longest = Math.max(...rows.flatMap((r) => r[3].split(/\s+/).map((x) => x.length)));
    expect(w[3]).toBeGreaterThanOrEqual(longest * 6);
  });

  it('gives the asked share to a column whose text alone would not earn it', () => {
    const short = [['1', 'a', 'a long responsible cell with many words in it'.repeat(3)]];
    const w = columnWidths(short, { total: 300, minShare: { column: 1, share: 0.4 } });
    expect(w[1]).toBeCloseTo(120, 1);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(300, 5);
  });

  it('an empty table has no columns', () => {
    expect(columnWidths([], { total: 100 })).toEqual([]);
  });
});
