import { PLAN_2025_2026 } from '../../core/plan/plan-2025-2026';
import { parseArgs } from './args';

/** `jospar plan [--json]`: the embedded 2025-2026 plan, in document order. */
export function planCommand(argv: string[]): number {
  const args = parseArgs(argv, [], ['json']);
  const items = PLAN_2025_2026.items.map(
    ({ section, sectionTitle, no, activity, responsible, deadline, deliverable }) => ({
      section,
      sectionTitle,
      no,
      activity,
      responsible,
      deadline,
      deliverable,
    }),
  );
  if (args.flags.has('json')) {
    process.stdout.write(`${JSON.stringify(items, null, 2)}\n`);
    return 0;
  }
  process.stdout.write(`${PLAN_2025_2026.title}\n`);
  for (const s of PLAN_2025_2026.sections) {
    const list = items.filter((i) => i.section === s.no);
    process.stdout.write(`\n${s.no}. ${s.title} (${list.length})\n`);
    for (const i of list)
      process.stdout.write(
        `  ${String(i.no).padStart(2)}  ${i.deadline.padEnd(34).slice(0, 34)}  ${i.activity.slice(0, 70)}\n`,
      );
  }
  process.stdout.write(`\n${PLAN_2025_2026.signatory.position} ${PLAN_2025_2026.signatory.name}\n`);
  return 0;
}
