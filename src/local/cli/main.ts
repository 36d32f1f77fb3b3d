/** The `jospar` command: one file per command, dispatched here. Exit 0 on success, 1 on a failed run, 2 on a usage
 * error. */
import { benchCommand } from './bench-command';
import { deadlineCommand } from './deadline-command';
import { doctorCommand } from './doctor-command';
import { importCommand } from './import-command';
import { rolloverCommand } from './rollover-command';
import { planCommand } from './plan-command';
import { previewCommand } from './preview-command';
import { serveCommand } from './serve-command';
import { UsageError } from './args';
import { InputError } from './read-input';

const USAGE = `usage: jospar <command> [options]

  preview [--state FILE] [--plan FILE] [--out DIR] [--today YYYY-MM-DD] [--fault SERVICE:N[:throw]] [--screens] [--json]
          run the add-on on a local Google Workspace and write out/jospar.xlsx and out/summary.json
  plan [--json]
          print the embedded 2025-2026 plan
  deadline "<text>" [--year 2025-2026] [--policy previous|next|none] [--link PERIOD_ID] [--convention KEY=VALUE] [--json]
          show how Jospar reads one deadline
  deadline --file FILE [--year 2025-2026] [--lang kk|ru|en] [--json]
          read every deadline of FILE (one per line, or a CSV/XLSX plan's Deadline column) and count them
  bench   measure call counts and speed (npm run bench)
  serve [--state FILE] [--port N] [--today YYYY-MM-DD] [--empty]
          the sidebar on http://127.0.0.1:N (default 8080) beside a read-only view of the sheets
  import FILE [--state FILE] [--out DIR]
          merge an approved plan (.docx, .xlsx, .csv, .json) into the Plan sheet; writes DIR/jospar.xlsx
  rollover --to 2026-2027 [--state FILE] [--out DIR]
          start the next academic year from the current plan; writes DIR/jospar.xlsx
  doctor [--manifest FILE]... [--json]
          check the build, the manifest and its scopes against every call the add-on makes; list what remains on Google
`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'preview':
        return await previewCommand(rest);
      case 'plan':
        return planCommand(rest);
      case 'deadline':
        return await deadlineCommand(rest);
      case 'bench':
        return await benchCommand(rest);
      case 'serve':
        return await serveCommand(rest);
      case 'import':
        return await importCommand(rest);
      case 'rollover':
        return await rolloverCommand(rest);
      case 'doctor':
        return await doctorCommand(rest);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      // One line, and where the usage is: a wrong option is fixed by reading its message, not 14 lines of usage.
      process.stderr.write(`jospar: ${e.message} (jospar help: usage)\n`);
      return 2;
    }
    if (e instanceof InputError) {
      process.stderr.write(`jospar: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`jospar: ${(e as Error)?.stack ?? String(e)}\n`);
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
