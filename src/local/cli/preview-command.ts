/**
 * `jospar preview` (= `npm start`): installs the add-on on a local Workspace (fresh, or --state FILE to continue a
 * saved
 * one), opens the spreadsheet, runs "Set up plan" on the embedded plan (or --plan FILE), and writes to --out (default
 * out/) the spreadsheet as .xlsx and summary.json. Exits 1 when a fault cut the run off (keeping --state), 0 otherwise.
 */
import { overviewChartSvg } from '../export/overview-chart-svg';
import { cannotDraw, drawPng } from '../export/page-picture';
import { writeCardPictures } from './card-pictures';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { PLAN_2025_2026 } from '../../core/plan/plan-2025-2026';
import { LANGS } from '../../core/i18n/lang';
import { t } from '../../core/i18n/messages';
import { previewDay } from './preview-today';
import { ROLES_SHEET, sheetNames, TEMPLATES_SHEET, type SheetSpec } from '../../core/sheets/layout';
import { cellReader } from '../../core/sheets/readers';
import { writeExampleRollup } from '../admin/example-rollup';
import { ensureBuilt, loadAddOn, manifestTimeZone } from '../run-addon';
import { fromWallClock, wallClock } from '../workspace/zone';
import { writeXlsx } from '../export/xlsx';
import { calendarToIcs } from '../export/ics';
import { documentToDocx } from '../export/docx';
import { canRender, firstPagePng, toPdf } from '../export/pdf';
import { GUIDE_LANGS, writeGuides } from '../export/guide-docx';
import { emlName, mailToEml } from '../export/eml';
import { CutOff, parseFault } from '../workspace/counter';
import { Workspace } from '../workspace/workspace';
import { buildSummary, printSummary, type Summary } from './summary';
import { staticSidebar } from '../serve/snapshot';
import { dayOption, option, parseArgs, UsageError } from './args';
import { applyPeople, EXAMPLE_PEOPLE, readPeopleCsv, type PersonRow } from './people';
import { InputError, readPlanFile, readStateFile } from './read-input';
import { boundedLines } from '../../core/text/bounded-lines';
import {
  clearEarlierOutputs,
  filesInTheWay,
  moveAsideEdited,
  OUTPUTS_RECORD,
  outputRecorder,
  type Wrote,
} from './out-dir';

export async function previewCommand(argv: string[]): Promise<number> {
  const args = parseArgs(
    argv,
    ['state', 'plan', 'out', 'today', 'fault', 'people'],
    ['json', 'quiet', 'screens', 'university'],
  );
  if (args.positionals.length) throw new UsageError(`unexpected argument "${args.positionals[0]}"`);
  const started = Date.now();
  const outDir = resolve(option(args, 'out') ?? 'out');
  const statePath = option(args, 'state');
  const faults = (args.options.get('fault') ?? []).map((f) => {
    try {
      return parseFault(f);
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  });
  const today = dayOption(args);
  // 09:00 in the add-on's zone (the manifest's, Asia/Almaty) on the given day: a working morning. Without --today, a
  // new workspace starts today there, or on the first day of the plan's year when today is outside it; a saved one
  // (--state) keeps its own clock. The zone's own rules, not a fixed offset: Almaty moved from UTC+6 to UTC+5 in 2024.
  const continuing = !!statePath && existsSync(statePath);
  const zone = manifestTimeZone();
  const w = wallClock(zone, Date.now());
  const zoneToday = `${w.year}-${String(w.month + 1).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
  const day = today ?? (continuing ? null : previewDay(PLAN_2025_2026.academicYear, zoneToday));
  const [y, m, d] = (day ?? '').split('-').map(Number);
  const now = day
    ? fromWallClock(zone, { year: y, month: m - 1, day: d, hour: 9, minute: 0, second: 0, ms: 0 })
    : undefined;
  const quiet = args.flags.has('json') || args.flags.has('quiet');
  const step = (n: number, text: string) => {
    if (!quiet) process.stderr.write(`[${n}/7] ${text}\n`);
  };

  let planItems: unknown[] | null = null;
  let firstRow = 1;
  const problems: string[] = [];
  const planFile = option(args, 'plan');
  if (planFile) {
    const parsed = readPlanFile(planFile);
    planItems = parsed.items;
    problems.push(...parsed.notes);
    firstRow = parsed.firstRow;
  }

  // The people: --people FILE, or the shipped fictional roster for a workspace whose Roles sheet has no email yet (a
  // new one, or one whose first run was cut off before the roster went in); a saved one with emails keeps its own.
  const loading = !!statePath && existsSync(statePath);
  const ws = loading ? loadState(statePath!, now, faults) : new Workspace({ now, faults });
  const peopleFile = option(args, 'people') ?? (loading && hasEmails(ws) ? undefined : EXAMPLE_PEOPLE);
  let people: PersonRow[] = [];
  if (peopleFile) {
    const read = readPeopleCsv(peopleFile);
    // A roster with a wrong email or no header would send mail to no one, or to the wrong one: refused whole.
    if (read.problems.length) throw new InputError(boundedLines(read.problems).join('\n'));
    people = read.people;
  }

  // Only this run's files in --out: the files the earlier run proved it wrote go first, and each file this run writes
  // is noted at once (out-dir.ts); the inputs and a person's files stay.
  const { wrote, changed } = startOutputs(outDir, [statePath, planFile, peopleFile]);
  const put = (file: string, data: string | Uint8Array) => {
    writeFileSync(file, data);
    wrote(file);
  };

  step(1, loading ? `loading workspace ${statePath}` : 'new local workspace');
  await ensureBuilt();
  const addon = loadAddOn(ws);

  // A saved workspace's Set up keeps the plan it holds (a rolled 2026-2027 one too): only a new one gets the embedded.
  step(
    2,
    planFile
      ? `Set up plan from ${planFile}`
      : loading
        ? 'Set up plan (the plan the workspace holds)'
        : 'Set up plan (embedded 2025-2026 plan)',
  );
  let cutOff: CutOff | null = null;
  let failure: string | null = null;
  let outcome: { report?: string[]; result?: unknown; problems?: string[] } = {};
  let sync: { calendar?: Record<string, number>; report?: string[]; calendarId?: string } = {};
  let documents: { created: number; skipped: number; errors: number } | null = null;
  let mail: { mail?: Record<string, number>; report?: string[] } = {};
  const sentBefore = ws.mail.sent.length;
  try {
    addon.onOpen({});
    outcome = (
      planItems ? addon.josparImportPlan(planItems, basename(planFile!), firstRow) : addon.josparSetUpPlan()
    ) as typeof outcome;
    problems.push(...(outcome.problems ?? []));
    if (people.length > 0) {
      // A role the example roster names but the plan lacks (a --plan of its own) is no one's mistake: only a roster
      // the person gave has its missing roles reported.
      const missing = applyPeople(ws, people);
      if (option(args, 'people')) problems.push(...missing);
      const refreshed = addon.josparRefreshDeadlines() as typeof outcome;
      outcome = { ...outcome, report: withCurrentRoster(outcome.report ?? [], refreshed.report ?? []) };
    }
    step(3, 'Sync calendar');
    sync = addon.josparSyncCalendar() as typeof sync;
    step(4, 'Generate the orders');
    if (!hasTemplates(ws)) addon.josparCreateTemplates();
    const generated = addon.josparGenerateDocuments({ kind: 'order', interactive: false }) as {
      created: number;
      skipped: number;
      errors: number;
    };
    documents = { created: generated.created, skipped: generated.skipped, errors: generated.errors };
    // With --today, the daily job as the schedule runs it (working days only); without, "Send reminders now".
    step(5, today ? `daily mail of ${today}` : 'Send reminders now');
    mail = (today ? addon.josparDailyMail() : addon.josparSendRemindersNow({ interactive: false })) as typeof mail;
  } catch (e) {
    // A cut-off is the run being stopped; anything else the add-on threw is its failure. Either way the state is kept
    // and the run reported, in one line, never as a stack trace.
    if (e instanceof CutOff || (e as Error)?.name === 'CutOff') cutOff = e as CutOff;
    else failure = String((e as Error)?.message ?? e).split('\n')[0];
  }

  step(6, `writing ${outDir}`);
  mkdirSync(outDir, { recursive: true });
  const calendar =
    ws.calendars.calendars.find((c) => c.id === sync.calendarId) ??
    ws.calendars.calendars.find((c) => c.id !== ws.calendars.defaultId);
  // Every document Jospar generated that is still in Drive (not the templates), as .docx; the messages this run sent.
  const generatedFiles = ws.drive.files.filter((f) => f.appProperties?.josparKey && !f.trashed && f.docId);
  const docName = (name: string) => `${name.replace(/[\\/:*?"<>|]+/g, ' ')}.docx`;
  const sent = ws.mail.sent.slice(sentBefore);
  // A file a person edited since the earlier run wrote it, and which this run writes again, is moved aside first.
  const writes = new Set([
    'jospar.xlsx',
    'summary.json',
    'calendar.ics',
    'sidebar.html',
    'overview-chart.svg',
    'plan.docx',
    'report.docx',
    ...GUIDE_LANGS.map((lang) => `guide-${lang}.docx`),
    ...generatedFiles.map((f) => `docs/${docName(f.name)}`),
    ...sent.map((m, i) => `mail/${emlName(m, i)}`),
    ...(args.flags.has('university') ? ['university.xlsx', 'university-report.docx'] : []),
  ]);
  const willWrite = (rel: string) => writes.has(rel) || (args.flags.has('screens') && rel.startsWith('screens/'));
  // A file at a name this run writes is a person's by now (the record's were removed): aside, never overwritten.
  const stuck = keepEdited(outDir, changed, filesInTheWay(outDir, willWrite, statePath ? [statePath] : []), willWrite);
  if (statePath) writeFileSync(statePath, JSON.stringify(ws.toJSON()));
  // A person's file that could not be moved aside would be overwritten by this run's: nothing is written then (the
  // workspace's state is, above), and the run says which files and what to do.
  if (stuck.length)
    throw new InputError(
      `nothing written to ${outDir}: ${stuck.join(', ')} could not be moved aside and this run writes ` +
        `${stuck.length === 1 ? 'its name' : 'their names'}; move or rename ${stuck.length === 1 ? 'it' : 'them'}, ` +
        `or choose another --out, and run again${statePath ? ` (the workspace is saved in ${statePath})` : ''}`,
    );
  await writeXlsx(ws.spreadsheet, join(outDir, 'jospar.xlsx'));
  wrote(join(outDir, 'jospar.xlsx'));
  if (calendar) put(join(outDir, 'calendar.ics'), calendarToIcs(calendar, ws.clock.now()));
  if (generatedFiles.length) mkdirSync(join(outDir, 'docs'), { recursive: true });
  for (const f of generatedFiles) {
    const doc = ws.docs.documents.find((d) => d.id === f.docId)!;
    put(join(outDir, 'docs', docName(f.name)), await documentToDocx(doc));
  }
  if (sent.length) mkdirSync(join(outDir, 'mail'), { recursive: true });
  for (const [i, m] of sent.entries()) put(join(outDir, 'mail', emlName(m, i)), await mailToEml(m));
  const summary = buildSummary(ws, outcome, problems, {
    cutOff: cutOff?.message ?? (failure ? `failed: ${failure}` : null),
    seconds: (Date.now() - started) / 1000,
    outDir,
    statePath: statePath ?? null,
    calendar: sync.calendar ?? null,
    calendarFile: !!calendar,
    documents,
    documentFiles: generatedFiles.length,
    mail: (mail.mail as Summary['mail']) ?? null,
    mailFiles: sent.length,
  });
  put(join(outDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  // The sidebar as a page a person can open (taken after the summary, whose call counts it must not change).
  const sidebar = cutOff ? null : staticSidebar(ws, addon);
  if (sidebar) put(join(outDir, 'sidebar.html'), sidebar);
  // The Overview's chart as a person sees it (the chart the add-on keeps on the Overview sheet, drawn as SVG).
  const chart = cutOff ? null : overviewChartSvg(ws);
  if (chart) put(join(outDir, 'overview-chart.svg'), chart);
  // The printed plan and the execution report of the year, as .docx (after the summary too, for the same reason).
  if (!cutOff && !failure)
    for (const [entry, file] of [
      [() => addon.josparPrintPlan(false), 'plan.docx'],
      [() => addon.josparExecutionReport('year', false), 'report.docx'],
    ] as const) {
      let made: { ok: boolean; docId?: string };
      try {
        made = entry() as typeof made;
      } catch (e) {
        // A --fault that falls in the printed plan or the report cuts the run there, like any other cut, and anything
        // else it throws (a rate limit) is the run's failure: the state after it is kept for the next run, and the
        // summary says where the run stopped, in one line, never as a stack trace.
        if (e instanceof CutOff || (e as Error)?.name === 'CutOff') cutOff = e as CutOff;
        else failure = String((e as Error)?.message ?? e).split('\n')[0];
        Object.assign(summary, { ok: false, cutOff: cutOff?.message ?? `failed: ${failure}` });
        if (statePath) writeFileSync(statePath, JSON.stringify(ws.toJSON()));
        put(join(outDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
        break;
      }
      const doc = made.ok ? ws.docs.documents.find((d) => d.id === made.docId) : undefined;
      if (doc) put(join(outDir, file), await documentToDocx(doc));
    }
  // The staff guides, printable (docs/staff-kk.md and staff-ru.md as .docx).
  await writeGuides(outDir, wrote);
  // With --screens (npm start): the first page of the printed plan, the report and four orders as pictures a person
  // can look at (LibreOffice is slow: the CLI's other callers, the tests among them, leave it out).
  if (args.flags.has('screens') && !cutOff && !failure) writeScreens(outDir, wrote);
  // With --screens too: the Overview chart as a browser draws it (headless Chromium), out/screens/overview.png.
  if (args.flags.has('screens') && chart) await writeChartPicture(outDir, chart, wrote);
  // And the Calendar and Gmail cards of the Workspace add-on, as their side panel draws them (card-pictures.ts).
  if (args.flags.has('screens') && !cutOff && !failure) await writeCardPictures(outDir, ws, wrote);
  // With --university (npm start): the university's view (jospar admin rollup) of a few example units, through the
  // googleapis client, on --today or mid-year (2 March 2026), when a roll-up has done and overdue items to show. The
  // tests' previews leave it out: building the units costs seconds, and test/local/admin covers it.
  if (args.flags.has('university') && !cutOff && !failure) {
    const rolled = await writeExampleRollup(outDir, today ?? '2026-03-02', wrote);
    if (!quiet) process.stderr.write(`  example university roll-up: ${rolled.join(', ')}\n`);
  }
  step(7, 'done');
  if (args.flags.has('json')) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  else printSummary(summary);
  if (failure) process.stderr.write(`jospar: the run failed: ${failure}\n`);
  return cutOff || failure ? 1 : 0;
}

/**
 * out/screens/<name>.png: the first page of plan.docx, report.docx and the first four orders, rendered by LibreOffice
 * (one run for all six) and drawn by pdftoppm. Without LibreOffice or poppler-utils it says so and goes on.
 */
function writeScreens(outDir: string, wrote: Wrote): void {
  if (!canRender()) {
    process.stderr.write('jospar: no LibreOffice or poppler-utils here: out/screens/ not drawn\n');
    return;
  }
  const docsDir = join(outDir, 'docs');
  const orders = existsSync(docsDir)
    ? readdirSync(docsDir)
        .filter((f) => /^\d+\.\d+ .*\.docx$/.test(f))
        .sort()
        .slice(0, 4)
        .map((f) => join(docsDir, f))
    : [];
  const files = [join(outDir, 'plan.docx'), join(outDir, 'report.docx'), ...orders].filter((f) => existsSync(f));
  const pdfDir = mkdtempSync(join(tmpdir(), 'jospar-screens-'));
  mkdirSync(join(outDir, 'screens'), { recursive: true });
  try {
    for (const pdf of toPdf(files, pdfDir)) {
      const png = join(outDir, 'screens', basename(pdf).replace(/\.pdf$/, '.png'));
      if (existsSync(pdf)) firstPagePng(pdf, png);
      if (existsSync(png)) wrote(png);
    }
  } catch (e) {
    process.stderr.write(`jospar: out/screens/ not drawn: ${String((e as Error)?.message ?? e).split('\n')[0]}\n`);
  }
}

/** out/screens/overview.png: the Overview chart's SVG drawn by Chromium; without it, a note and nothing else. */
async function writeChartPicture(outDir: string, svg: string, wrote: Wrote): Promise<void> {
  const why = cannotDraw();
  if (why) {
    process.stderr.write(`jospar: ${why}: out/screens/overview.png not drawn\n`);
    return;
  }
  mkdirSync(join(outDir, 'screens'), { recursive: true });
  try {
    await drawPng(svg, join(outDir, 'screens', 'overview.png'), Number(/width="(\d+)"/.exec(svg)?.[1] ?? 600));
    wrote(join(outDir, 'screens', 'overview.png'));
  } catch (e) {
    process.stderr.write(
      `jospar: out/screens/overview.png not drawn: ${String((e as Error)?.message ?? e).split('\n')[0]}\n`,
    );
  }
}

/**
 * Removes what the earlier run in `outDir` proved it wrote (never an input of this run), says on stderr what it could
 * not tell Jospar's, and returns the recorder of this run's files and the recorded files a person changed since.
 */
function startOutputs(outDir: string, inputs: Array<string | undefined>): { wrote: Wrote; changed: string[] } {
  const cleared = clearEarlierOutputs(
    outDir,
    inputs.filter((f): f is string => !!f),
  );
  if (cleared.unrecorded)
    process.stderr.write(
      `jospar: ${outDir} has no ${OUTPUTS_RECORD} (what a run wrote there): files already there stay (moved aside when this run writes their name), ` +
        'those of an earlier run among them; from this run on, each run removes only the files the one before wrote\n',
    );
  for (const why of cleared.stuck) process.stderr.write(`jospar: ${join(outDir, why)} (not removed)\n`);
  return { wrote: outputRecorder(outDir), changed: cleared.changed };
}

/**
 * Keeps each file a person changed since Jospar wrote it: aside when this run writes its name again; says where.
 * Returns the paths of those that could not be moved aside (this run must not write over them).
 */
function keepEdited(
  outDir: string,
  changed: readonly string[],
  inTheWay: readonly string[],
  willWrite: (rel: string) => boolean,
): string[] {
  const edited = new Set(changed);
  const stuck: string[] = [];
  for (const kept of moveAsideEdited(outDir, [...new Set([...changed, ...inTheWay])], willWrite)) {
    const at = join(outDir, kept.rel);
    const why = edited.has(kept.rel) ? 'changed since Jospar wrote it' : 'no record says Jospar wrote it';
    if ('error' in kept) {
      process.stderr.write(`jospar: ${at} ${why}, not moved aside: ${kept.error}\n`);
      stuck.push(at);
    } else if (kept.to === kept.rel) process.stderr.write(`jospar: ${at} kept: ${why}\n`);
    else
      process.stderr.write(`jospar: ${at} ${why}: moved to ${join(outDir, kept.to)} (this run writes ${kept.rel})\n`);
  }
  return stuck;
}

/** Whether any data row of the sheet (found by its name in any language) has text in the column of that key. */
function anyFilled(ws: Workspace, spec: SheetSpec, key: string): boolean {
  const sheet = sheetNames(spec)
    .map((n) => ws.spreadsheet.getSheetByName(n))
    .find(Boolean);
  if (!sheet) return false;
  const values = sheet
    .getDataRange()
    .getValues()
    .map((r) => r.map(String));
  const cell = cellReader(spec, values[0]);
  return values.slice(1).some((r) => cell(r, key).trim() !== '');
}

/** Whether the Templates sheet already points at templates (the preview makes Jospar's own once, like a user would). */
const hasTemplates = (ws: Workspace) => anyFilled(ws, TEMPLATES_SHEET, 'template');

/** Whether the Roles sheet holds any email (the roster was filled in, by the preview or by a person). */
const hasEmails = (ws: Workspace) => anyFilled(ws, ROLES_SHEET, 'emails');

/** A saved workspace, or an InputError naming the file if what it holds cannot be loaded. */
function loadState(path: string, now: number | undefined, faults: Workspace['counter']['faults']): Workspace {
  const json = readStateFile(path);
  try {
    return Workspace.fromJSON(json, { now, faults });
  } catch (e) {
    throw new InputError(`--state: ${path} is not a saved Jospar workspace (${(e as Error).message})`);
  }
}

/**
 * Set up reported the roles without an email before the roster was filled in; the refresh after it knows the truth.
 * Set up's line is replaced by the refresh's (or dropped when every role now has an email), the rest kept.
 */
export function withCurrentRoster(setupReport: string[], refreshReport: string[]): string[] {
  const isRosterLine = (line: string) => ROSTER_LINES.some((re) => re.test(line));
  const current = refreshReport.filter(isRosterLine);
  const out: string[] = [];
  for (const line of setupReport) {
    if (!isRosterLine(line)) out.push(line);
    else out.push(...current.splice(0));
  }
  return out;
}

/** The "roles without email" line in each language, its slots ({count}, {roles}) matching anything. */
const ROSTER_LINES = LANGS.map((lang) => {
  const text = t(lang, 'rolesWithoutEmail', { count: '\u0001', roles: '\u0001' });
  return new RegExp(
    `^${text
      .split('\u0001')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
});
