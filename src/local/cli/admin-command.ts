/**
 * `jospar admin rollup | provision | backup`: the university's side of Jospar, through Google's APIs with the
 * googleapis client, acting as a service account for a named domain user (--credentials KEY.json --as EMAIL) or as the
 * person who consents (--credentials CLIENT.json --token FILE). `--api-root URL` points the client at another server
 * (the local one the tests and `npm start` use). googleapis is loaded only here, so the other commands do not pay for
 * it.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { GoogleApis } from 'googleapis';
import { isValidYmd, type IsoDate } from '../../core/calendar/dates';
import type { Lang } from '../../core/i18n/lang';
import { adminAuth, SCOPES, type AdminAuth } from '../admin/auth';
import { backup } from '../admin/backup';
import { googleApis, type Apis } from '../admin/google-apis';
import { realClock, type Clock } from '../admin/pace';
import { provision } from '../admin/provision';
import { rollup } from '../admin/rollup';
import { writeUniversityFiles } from '../admin/university-files';
import { writeUniversitySheet } from '../admin/university-sheet';
import { manifestTimeZone } from '../run-addon';
import { wallClock } from '../workspace/zone';
import { option, parseArgs, UsageError, type Args } from './args';

const AUTH = ['credentials', 'as', 'token', 'api-root'];
const USAGE = `usage:
  jospar admin rollup --folder FOLDER_ID [--out DIR|SPREADSHEET_ID] [--today YYYY-MM-DD] [--from YYYY-MM-DD --to YYYY-MM-DD] [--lang kk|ru|en]
  jospar admin provision --unit NAME --from SPREADSHEET_ID --folder FOLDER_ID [--owner EMAIL] [--editor EMAIL]...
  jospar admin backup --folder FOLDER_ID --out DIR
each with --credentials FILE (or JOSPAR_ADMIN_CREDENTIALS) and --as EMAIL (service account) or --token FILE (OAuth client)`;

/** What a test (or `npm start`) hands in instead of credentials and the real clock. */
export interface AdminDeps {
  auth?: AdminAuth;
  clock?: Clock;
  rootUrl?: string;
  log?: (line: string) => void;
}

export async function adminCommand(argv: string[], deps: AdminDeps = {}): Promise<number> {
  const [sub, ...rest] = argv;
  const log = deps.log ?? ((line: string) => void process.stderr.write(`${line}\n`));
  if (sub === 'rollup') {
    const args = parseArgs(rest, [...AUTH, 'folder', 'out', 'today', 'from', 'to', 'lang'], []);
    const folder = required(args, 'folder');
    const today = date(args, 'today') ?? todayInAlmaty(deps.clock ?? realClock);
    const period = periodOf(args, today);
    const lang = option(args, 'lang') ?? 'kk';
    if (!isLang(lang)) throw new UsageError('--lang takes kk, ru or en');
    // --out names a folder, or a Google spreadsheet by its id (then the files and the progress go to out/university).
    const target = option(args, 'out');
    const sheetOut = target && isSpreadsheetId(target) ? target : null;
    const out = resolve(sheetOut || !target ? 'out/university' : target);
    const apis = await connect(args, sheetOut ? SCOPES.rollupToSheet : SCOPES.rollup, deps, log);
    const summary = await rollup({ apis, folder, outDir: out, today, period, lang, log });
    const files = await writeUniversityFiles(summary, out, lang);
    if (sheetOut) await writeUniversitySheet(apis, sheetOut, summary, lang);
    log(
      `${summary.units.length} units rolled up, ${summary.unreadable.length} not read; ` +
        `${apis.calls.sheets} Sheets and ${apis.calls.drive} Drive calls, ${apis.calls.retries} retried; ` +
        `${sheetOut ? `spreadsheet ${sheetOut} and ` : ''}${files.xlsx}`,
    );
    return 0;
  }
  if (sub === 'provision') {
    const args = parseArgs(rest, [...AUTH, 'unit', 'from', 'folder', 'owner', 'editor'], []);
    const apis = await connect(args, SCOPES.provision, deps, log);
    const done = await provision({
      apis,
      unit: required(args, 'unit'),
      from: required(args, 'from'),
      folder: required(args, 'folder'),
      ...(option(args, 'owner') ? { owner: option(args, 'owner') } : {}),
      editors: args.options.get('editor') ?? [],
      log,
    });
    log(`${done.created ? 'made' : 'found'} ${done.id}; shared with ${done.shared.join(', ') || 'nobody'}`);
    return 0;
  }
  if (sub === 'backup') {
    const args = parseArgs(rest, [...AUTH, 'folder', 'out'], []);
    const folder = required(args, 'folder');
    const out = resolve(required(args, 'out'));
    const apis = await connect(args, SCOPES.backup, deps, log);
    const done = await backup({ apis, folder, outDir: out, log });
    for (const s of done.skipped) log(`not saved: ${s}`);
    log(`${done.saved} saved, ${done.kept} unchanged since the last backup, ${done.skipped.length} not saved`);
    return 0;
  }
  throw new UsageError(sub ? `unknown admin command "${sub}"\n${USAGE}` : USAGE);
}

async function connect(args: Args, scopes: string[], deps: AdminDeps, log: (s: string) => void): Promise<Apis> {
  const { google } = (await import('googleapis')) as { google: GoogleApis };
  const auth =
    deps.auth ??
    (await adminAuth(
      google,
      {
        credentials: option(args, 'credentials'),
        subject: option(args, 'as'),
        tokenFile: option(args, 'token'),
        scopes,
      },
      log,
    ));
  const rootUrl = deps.rootUrl ?? option(args, 'api-root');
  return googleApis(google, { auth, clock: deps.clock ?? realClock, ...(rootUrl ? { rootUrl } : {}) });
}

const isLang = (v: string): v is Lang => v === 'kk' || v === 'ru' || v === 'en';

/** A Drive file id (letters, digits, - and _, 25 or more) that is not also a path on this machine. */
function isSpreadsheetId(v: string): boolean {
  return /^[A-Za-z0-9_-]{25,}$/.test(v) && !existsSync(v);
}

function required(args: Args, key: string): string {
  const v = option(args, key);
  if (!v) throw new UsageError(`--${key} is required\n${USAGE}`);
  return v;
}

function date(args: Args, key: string): IsoDate | undefined {
  const v = option(args, key);
  if (v === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m || !isValidYmd(Number(m[1]), Number(m[2]), Number(m[3])))
    throw new UsageError(`--${key} takes a date YYYY-MM-DD`);
  return v;
}

/** --from/--to, else the academic year (1 September – 31 August) that holds today. */
function periodOf(args: Args, today: IsoDate): { start: IsoDate; end: IsoDate } {
  const from = date(args, 'from');
  const to = date(args, 'to');
  if (from && to) {
    if (from > to) throw new UsageError('--from must not be after --to');
    return { start: from, end: to };
  }
  if (from || to) throw new UsageError('--from and --to go together');
  const y = Number(today.slice(0, 4)) - (today.slice(5) < '09-01' ? 1 : 0);
  return { start: `${y}-09-01`, end: `${y + 1}-08-31` };
}

/** Today in the manifest's time zone (the plans' own), whatever the host's. */
function todayInAlmaty(clock: Clock): IsoDate {
  const w = wallClock(manifestTimeZone(), clock.now());
  return `${w.year}-${String(w.month + 1).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}
