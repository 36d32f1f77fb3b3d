/** The `jospar` command: one file per command, dispatched here. Exit 0 on success, 1 on a failed run, 2 on a usage
 * error. */
import { UsageError } from './args';

type Command = (argv: string[]) => number | Promise<number>;

/**
 * Each command's module, loaded only when that command runs: `jospar deadline` needs the deadline engine, not exceljs,
 * docx, nodemailer and the emulated Workspace that preview and import load (about a second at every launch).
 */
/* eslint-disable @typescript-eslint/no-require-imports -- require, not import(): the CLI runs as CommonJS under tsx,
   whose import() would go through Node's ESM loader, which does not resolve extensionless TypeScript paths. */
const COMMANDS: Record<string, () => Command> = {
  preview: () => (require('./preview-command') as typeof import('./preview-command')).previewCommand,
  plan: () => (require('./plan-command') as typeof import('./plan-command')).planCommand,
  deadline: () => (require('./deadline-command') as typeof import('./deadline-command')).deadlineCommand,
  bench: () => (require('./bench-command') as typeof import('./bench-command')).benchCommand,
  serve: () => (require('./serve-command') as typeof import('./serve-command')).serveCommand,
  import: () => (require('./import-command') as typeof import('./import-command')).importCommand,
  rollover: () => (require('./rollover-command') as typeof import('./rollover-command')).rolloverCommand,
  doctor: () => (require('./doctor-command') as typeof import('./doctor-command')).doctorCommand,
  admin: () => (require('./admin-command') as typeof import('./admin-command')).adminCommand,
};
/* eslint-enable @typescript-eslint/no-require-imports */

const USAGE = `usage: jospar <command> [options]

  preview [--state FILE] [--plan FILE] [--people FILE.csv] [--out DIR] [--today YYYY-MM-DD]
          [--fault SERVICE:N[:throw[:ANSWER]]] [--screens] [--university] [--json]
          run the add-on on a local Google Workspace and write out/jospar.xlsx and out/summary.json
          (--people: a CSV with the columns role, email, language, for the Roles sheet)
  plan [--json]
          print the embedded 2025-2026 plan
  deadline "<text>" [--year 2026-2027] [--policy previous|next|none] [--link PERIOD_ID] [--convention KEY=VALUE] [--json]
          show how Jospar reads one deadline (in today's academic year unless --year names another)
  deadline --file FILE [--year 2026-2027] [--lang kk|ru|en] [--json]
          read every deadline of FILE (one per line, or a CSV/XLSX plan's Deadline column) and count them
  bench   measure call counts and speed (npm run bench)
  serve [--state FILE] [--port N] [--today YYYY-MM-DD] [--empty]
          the sidebar on http://127.0.0.1:N (default 8080) beside a read-only view of the sheets
  import FILE [--state FILE] [--out DIR] [--today YYYY-MM-DD]
          merge an approved plan (.docx, .xlsx, .csv, .json) into the Plan sheet; writes DIR/jospar.xlsx
  rollover --to 2026-2027 [--state FILE] [--out DIR] [--today YYYY-MM-DD]
          start the next academic year from the current plan; writes DIR/jospar.xlsx
          (a saved workspace keeps its own clock: --today sets the day, as preview's does)
  doctor [--manifest FILE]... [--json]
          check the build, the manifest and its scopes against every call the add-on makes; list what remains on Google
  admin rollup|provision|backup ...
          the university's view of every unit's plan through Google's APIs (jospar admin for its options)
`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || ['help', '--help', '-h'].includes(command)) {
      process.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    }
    const load = Object.prototype.hasOwnProperty.call(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!load) throw new UsageError(`unknown command "${command}"`);
    return await load()(rest);
  } catch (e) {
    if (e instanceof UsageError) {
      // One line, and where the usage is: a wrong option is fixed by reading its message, not 14 lines of usage.
      process.stderr.write(`jospar: ${e.message} (jospar help: usage)\n`);
      return 2;
    }
    // read-input's InputError, known by its name so that main need not load read-input (and the Workspace it checks
    // states against) for commands that read no file.
    if (e instanceof Error && e.name === 'InputError') {
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
