/**
 * `jospar deadline --file FILE`: every deadline of a file read in one process, each with its reading and the same
 * words the sidebar's live reading and Set up's warnings show (core's d_* messages), then how many were read fully,
 * partly and not at all. FILE is one phrase per line, or a CSV/XLSX plan whose Deadline column is read (the header
 * names an import knows: Орындау мерзімі, Срок исполнения, Deadline …).
 */
import { extname } from 'node:path';
import { parseDeadline } from '../../core/deadline/engine';
import type { DeadlineContext, Schedule } from '../../core/deadline/types';
import { deadlineIssueText } from '../../core/i18n/deadline-issue-text';
import type { Lang } from '../../core/i18n/lang';
import { t } from '../../core/i18n/messages';
import { DEADLINE_HEADER } from '../../core/plan/import/plan-from-table';
import { InputError, localCsvReader, readTextFile } from './read-input';

export type Verdict = 'fully' | 'partly' | 'not';

export interface FileReading {
  line: number;
  text: string;
  verdict: Verdict;
  schedule: Schedule;
}

/** Read fully: no warning, no error; not at all: an error, or nothing dated and not on demand; else partly. */
export function verdictOf(s: Schedule): Verdict {
  if (s.errors.length > 0 || (s.due.length === 0 && !s.onDemand)) return 'not';
  return s.warnings.length > 0 ? 'partly' : 'fully';
}

/** The deadline phrases of FILE, each with the line (or spreadsheet row) it came from. */
export async function deadlinePhrases(path: string): Promise<Array<{ line: number; text: string }>> {
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx') return column(path, await xlsxRows(path));
  const text = readTextFile(path, '--file');
  if (ext === '.csv') {
    const header = text.split(/\r?\n/, 1)[0];
    const delimiter = (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
    return column(path, localCsvReader(text, delimiter));
  }
  return text
    .split(/\r?\n/)
    .map((line, i) => ({ line: i + 1, text: line.trim() }))
    .filter((p) => p.text !== '');
}

/** The cells under the first header cell that names the deadline, in the first 15 rows. */
function column(path: string, rows: string[][]): Array<{ line: number; text: string }> {
  for (let r = 0; r < Math.min(rows.length, 15); r++) {
    const c = rows[r].findIndex((cell) => DEADLINE_HEADER.test(String(cell ?? '').trim()));
    if (c < 0) continue;
    return rows
      .slice(r + 1)
      .map((row, i) => ({ line: r + i + 2, text: String(row[c] ?? '').trim() }))
      .filter((p) => p.text !== '');
  }
  throw new InputError(`--file: ${path} has no Deadline column (Орындау мерзімі, Срок исполнения, Deadline)`);
}

/** The first worksheet as text; exceljs is loaded only here, so other commands never pay for it. */
async function xlsxRows(path: string): Promise<string[][]> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.readFile(path);
  } catch {
    throw new InputError(`--file: ${path} is not an .xlsx workbook`);
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw new InputError(`--file: ${path} has no worksheet`);
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = (row.values as unknown[]).slice(1).map((v) => cellText(v));
  });
  return Array.from(rows, (r) => r ?? []);
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && 'richText' in v)
    return (v as { richText: Array<{ text: string }> }).richText.map((x) => x.text).join('');
  if (typeof v === 'object' && 'text' in v) return String((v as { text: unknown }).text);
  if (typeof v === 'object' && 'result' in v) return String((v as { result: unknown }).result ?? '');
  return String(v);
}

export function readPhrases(phrases: Array<{ line: number; text: string }>, ctx: DeadlineContext): FileReading[] {
  return phrases.map((p) => {
    const schedule = parseDeadline(p.text, ctx);
    return { ...p, schedule, verdict: verdictOf(schedule) };
  });
}

export function countVerdicts(readings: FileReading[]): Record<Verdict, number> {
  const counts: Record<Verdict, number> = { fully: 0, partly: 0, not: 0 };
  for (const r of readings) counts[r.verdict]++;
  return counts;
}

export function fileReport(readings: FileReading[], lang: Lang): string {
  const lines: string[] = [];
  for (const r of readings) {
    const s = r.schedule;
    const due = s.due.length > 6 ? `${s.due.slice(0, 3).join(', ')} … ${s.due[s.due.length - 1]}` : s.due.join(', ');
    lines.push(`${r.line}: ${r.text}`);
    lines.push(`  ${t(lang, `deadline_${r.verdict}`)}: ${s.kind}${s.onDemand ? ' (on demand)' : ''}; ${due || '—'}`);
    for (const w of [...s.errors, ...s.warnings]) lines.push(`  ! ${deadlineIssueText(lang, w)}`);
  }
  const c = countVerdicts(readings);
  lines.push(
    t(lang, 'deadline_file_counts', {
      n: String(readings.length),
      fully: String(c.fully),
      partly: String(c.partly),
      not: String(c.not),
    }),
  );
  return `${lines.join('\n')}\n`;
}

export function fileJson(readings: FileReading[], lang: Lang): string {
  const out = {
    readings: readings.map((r) => ({
      line: r.line,
      text: r.text,
      read: r.verdict,
      kind: r.schedule.kind,
      due: r.schedule.due,
      dueWorking: r.schedule.dueWorking,
      windows: r.schedule.windows,
      rrule: r.schedule.rrule,
      onDemand: r.schedule.onDemand,
      warnings: [...r.schedule.errors, ...r.schedule.warnings].map((w) => ({
        ...w,
        message: deadlineIssueText(lang, w),
      })),
    })),
    counts: countVerdicts(readings),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
