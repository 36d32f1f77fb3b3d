import { itemId } from '../../core/plan/item-id';
import { NAMES_RU_2025_2026 } from '../../core/plan/names-ru-2025-2026';
import { PLAN_2025_2026 } from '../../core/plan/plan-2025-2026';
import { parseArgs } from './args';

/**
 * `jospar plan [--json]`: the embedded 2025-2026 plan, in document order, with the Russian names set up writes into
 * the Plan's «Атауы (орысша)» (as `nameRu`, the field import reads: the JSON imports back with them). Only the items
 * Jospar drafts orders for have one; the others have no `nameRu` key, as a file without the column would have.
 */
export function planCommand(argv: string[]): number {
  const args = parseArgs(argv, [], ['json']);
  const items = PLAN_2025_2026.items.map(
    ({ section, sectionTitle, no, activity, responsible, deadline, deliverable }) => {
      const nameRu = NAMES_RU_2025_2026[itemId(section, no)];
      return {
        section,
        sectionTitle,
        no,
        activity,
        responsible,
        deadline,
        deliverable,
        ...(nameRu ? { nameRu } : {}),
      };
    },
  );
  if (args.flags.has('json')) {
    process.stdout.write(`${JSON.stringify(items, null, 2)}\n`);
    return 0;
  }
  process.stdout.write(`${PLAN_2025_2026.title}\n`);
  for (const s of PLAN_2025_2026.sections) {
    const list = items.filter((i) => i.section === s.no);
    process.stdout.write(`\n${s.no}. ${s.title} (${list.length})\n`);
    for (const i of list) {
      process.stdout.write(
        `  ${String(i.no).padStart(2)}  ${i.deadline.padEnd(34).slice(0, 34)}  ${i.activity.slice(0, 70)}\n`,
      );
      // The Russian name under the Kazakh activity, in the same column and cut at the same width.
      if (i.nameRu) process.stdout.write(`${' '.repeat(42)}${i.nameRu.slice(0, 70)}\n`);
    }
  }
  process.stdout.write(`\n${PLAN_2025_2026.signatory.position} ${PLAN_2025_2026.signatory.name}\n`);
  return 0;
}
