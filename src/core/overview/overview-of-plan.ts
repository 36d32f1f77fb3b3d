/** The overview of a Set up result's rows: each row's state computed once (item-state.ts), then projected. */
import type { RowResult } from '../setup/plan-setup';
import { horizonOf, itemState } from '../plan/item-state';
import { overviewOf, type Overview } from './overview';

export function overviewOfRows(rows: readonly RowResult[], today: string, roleWarnings: string[] = []): Overview {
  const ctx = { today, horizon: horizonOf(today) };
  return overviewOf(
    rows.map((r) => ({
      id: r.id,
      unit: r.cells.unit ?? '',
      activity: r.cells.activity ?? '',
      warnings: r.evaluation.warnings,
      state: itemState(
        { schedule: r.evaluation.schedule, status: r.cells.status ?? '', doneOn: r.cells.doneOn ?? '' },
        ctx,
      ),
    })),
    today,
    roleWarnings,
  );
}
