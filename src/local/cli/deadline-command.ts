import { calendarEstimate } from '../../core/calendar/calendar-estimate';
import { planYear, planYearOf } from '../../core/calendar/dates';
import type { WorkingDayPolicy } from '../../core/calendar/working-days';
import { daysOffFor } from '../../core/calendar/year-days-off';
import { parseDeadline } from '../../core/deadline/engine';
import { readSettings } from '../../core/sheets/settings';
import { asLang } from '../../core/i18n/lang';
import { option, parseArgs, UsageError } from './args';
import { wallClock } from '../workspace/zone';

/** Today's date in Asia/Almaty, the department's zone (UTC+5 since 2024-03-01; tzdata's rules, not a fixed offset). */
function todayInAlmaty(): string {
  const w = wallClock('Asia/Almaty', Date.now());
  return `${w.year}-${String(w.month + 1).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

/**
 * `jospar deadline "<text>" [--year 2026-2027] [--policy previous|next|none] [--link ID]... [--convention KEY=VALUE]...
 * [--json]`: what the engine reads in one deadline, against the default academic calendar and the Kazakh days off.
 * `jospar deadline --file FILE [--lang kk|ru|en] …`: every phrase of a file (deadline-file.ts).
 */
export async function deadlineCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['year', 'policy', 'link', 'convention', 'file', 'lang'], ['json']);
  const file = option(args, 'file');
  if (args.positionals.length !== (file ? 0 : 1))
    throw new UsageError(
      'usage: jospar deadline "<text>" | --file FILE [--year 2026-2027] [--policy previous|next|none] [--link ID] ' +
        '[--convention KEY=VALUE] [--lang kk|ru|en] [--json]',
    );
  // Without --year, the academic year of today where the department is (a keeper asking late in 2026 means the
  // 2026-2027 plan, not the embedded 2025-2026 one).
  const givenYear = option(args, 'year');
  const year = givenYear ? planYear(givenYear) : planYearOf(todayInAlmaty());
  if (!year) throw new UsageError('--year takes an academic year such as 2026-2027');
  const policy = (option(args, 'policy') ?? 'previous') as WorkingDayPolicy;
  if (!['previous', 'next', 'none'].includes(policy)) throw new UsageError('--policy takes previous, next or none');
  const daysOff = new Set(daysOffFor(year));
  // Conventions are read exactly as the Settings sheet is (monthDueDay=25, wholeYearDue=none, …).
  const pairs = (args.options.get('convention') ?? []).map((kv) => {
    const m = /^(\w+)=(.*)$/.exec(kv);
    if (!m) throw new UsageError('--convention takes KEY=VALUE, e.g. monthDueDay=25');
    return [m[1], m[2]] as [string, string];
  });
  const read = readSettings(new Map(pairs));
  if (read.problems.length) throw new UsageError(`--convention: ${read.problems.join(', ')}`);
  const calendar = calendarEstimate(year);
  const ctx = { year, calendar, links: args.options.get('link') ?? [], daysOff, policy, conventions: read.conventions };
  if (file) {
    // Loaded only for --file: it reads CSV and XLSX files through the emulated Workspace, which one phrase never needs
    // (`jospar deadline "<text>"` then starts in a third of the time).
    const { deadlinePhrases, fileJson, fileReport, readPhrases } =
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- main.ts says why: require under tsx
      require('./deadline-file') as typeof import('./deadline-file');
    const lang = asLang(option(args, 'lang') ?? 'en');
    const readings = readPhrases(await deadlinePhrases(file), ctx);
    process.stdout.write(args.flags.has('json') ? fileJson(readings, lang) : fileReport(readings, lang));
    return 0;
  }
  const schedule = parseDeadline(args.positionals[0], ctx);
  if (args.flags.has('json')) {
    process.stdout.write(`${JSON.stringify(schedule, null, 2)}\n`);
    return 0;
  }
  const lines = [
    `input:    ${schedule.input}`,
    `year:     ${year.label}${givenYear ? '' : " (today's academic year; --year for another)"}`,
    `kind:     ${schedule.kind}${schedule.onDemand ? ' (on demand)' : ''}`,
    `due:      ${schedule.due.join(', ') || '—'}`,
    `working:  ${schedule.dueWorking.join(', ') || '—'}`,
    `windows:  ${schedule.windows.map((w) => `${w.start}…${w.end}`).join(', ') || '—'}`,
    `rrule:    ${schedule.rrule ?? '—'}`,
    ...(schedule.anchors.length ? [`anchors:  ${schedule.anchors.join(', ')}`] : []),
    // The periods chosen ("қысқы сессия" is only the winter one) and the offsets counted from them.
    ...schedule.anchors.map((id) => {
      const p = calendar.find((x) => x.id === id);
      return `period:   ${id} ${p ? `${p.name.en} (${p.start}…${p.end})` : ''}`;
    }),
    ...(schedule.offsets ?? []).map(
      (o) =>
        `offset:   ${o.offset.n} ${o.offset.unit.replace('-', ' ')}${o.offset.n === 1 ? '' : 's'} ${o.offset.dir} the ${o.from} of ` +
        `${o.period} → ${o.due}`,
    ),
    ...schedule.notes.map((w) => `note:     ${w.code} at ${w.start}-${w.end} «${w.text}»`),
    ...schedule.warnings.map((w) => `warning:  ${w.code} at ${w.start}-${w.end} «${w.text}»`),
    ...schedule.errors.map((w) => `error:    ${w.code} at ${w.start}-${w.end} «${w.text}»`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
