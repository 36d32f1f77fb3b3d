/**
 * `jospar rollover --to 2026-2027 [--state S] [--out DIR] [--today YYYY-MM-DD]`: the add-on's "New academic year" on
 * a local Workspace (the one saved in S, updated in place; without S, a fresh one set up with the embedded plan
 * first), on the day given (the Log's date). Writes DIR/jospar.xlsx of the rolled plan.
 */
import { dayOption, option, parseArgs, UsageError } from './args';
import { openWorkspace, saveWorkspace } from './workspace-io';

export async function rolloverCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['to', 'state', 'out', 'today'], []);
  const to = option(args, 'to');
  if (!to || args.positionals.length)
    throw new UsageError('usage: jospar rollover --to 2026-2027 [--state FILE] [--out DIR] [--today YYYY-MM-DD]');
  const statePath = option(args, 'state');
  const { ws, addon } = await openWorkspace(statePath, dayOption(args));
  if (!statePath) addon.josparSetUpPlan();
  const out = addon.josparNewAcademicYear(to, false) as { ok: boolean; report: string[] };
  if (!out.ok) {
    process.stderr.write(`jospar: ${out.report.join('\n')}\n`);
    return 1;
  }
  const xlsx = await saveWorkspace(ws, option(args, 'out') ?? 'out', statePath);
  process.stdout.write(`${out.report.join('\n')}\n${xlsx}\n`);
  return 0;
}
