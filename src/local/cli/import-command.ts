/**
 * `jospar import FILE [--state S] [--out DIR] [--today YYYY-MM-DD]`: the add-on's "Import plan" on a local Workspace
 * (a fresh one, or the one saved in S, which is updated), with FILE (.docx, .xlsx, .csv, .json) as the upload, on the
 * day given. Writes DIR/jospar.xlsx.
 * A file Jospar cannot read: the message, exit 1, nothing written.
 */
import { basename } from 'node:path';
import { dayOption, option, parseArgs, UsageError } from './args';
import { openWorkspace, saveWorkspace } from './workspace-io';
import { readUploadFile } from './read-input';

export async function importCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['state', 'out', 'today'], []);
  if (args.positionals.length !== 1)
    throw new UsageError('usage: jospar import FILE [--state FILE] [--out DIR] [--today YYYY-MM-DD]');
  const file = args.positionals[0];
  const bytes = readUploadFile(file);
  const statePath = option(args, 'state');
  const { ws, addon } = await openWorkspace(statePath, dayOption(args));
  const out = addon.josparImportPlanFile(basename(file), bytes.toString('base64'), false) as {
    ok: boolean;
    report: string[];
  };
  if (!out.ok) {
    process.stderr.write(`jospar: ${out.report.join('\n')}\n`);
    return 1;
  }
  const xlsx = await saveWorkspace(ws, option(args, 'out') ?? 'out', statePath);
  process.stdout.write(`${out.report.join('\n')}\n${xlsx}\n`);
  return 0;
}
