/**
 * `--people FILE.csv` (a header row naming role and email, then language if wanted): fills the Roles sheet's Email and
 * Mail language cells the way a person would type them; a file without that header or with a malformed email is
 * refused whole. Plain `npm start` uses examples/people.csv, a fictional roster in the university's domain, so that a
 * newcomer sees real messages.
 */
import { parse } from 'csv-parse/sync';
import { join } from 'node:path';
import { asLang, LANGS, type Lang } from '../../core/i18n/lang';
import { isEmail, RoleDirectory, splitEmails } from '../../core/roles/directory';
import { InputError, readTextFile } from './read-input';
import { locateColumns, ROLES_SHEET, sheetNames } from '../../core/sheets/layout';
import { readRolesSheet } from '../../core/sheets/readers';
import { ROOT } from '../run-addon';
import type { Workspace } from '../workspace/workspace';

export const EXAMPLE_PEOPLE = join(ROOT, 'examples', 'people.csv');

export interface PersonRow {
  role: string;
  email: string;
  lang: Lang | '';
}

export function readPeopleCsv(path: string): { people: PersonRow[]; problems: string[] } {
  let rows: string[][];
  try {
    const text = readTextFile(path, '--people');
    const delimiter = (text.split(/\r?\n/, 1)[0].match(/;/g)?.length ?? 0) > 0 ? ';' : ',';
    rows = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (e) {
    if (e instanceof InputError) throw e;
    return { people: [], problems: [`${path}: ${(e as Error).message}`] };
  }
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  const problems: string[] = [];
  for (const name of ['role', 'email']) if (col(name) < 0) problems.push(`${path}, row 1: missing column "${name}"`);
  if (problems.length) return { people: [], problems };
  const people: PersonRow[] = [];
  rows.slice(1).forEach((r, i) => {
    const role = (r[col('role')] ?? '').trim();
    const email = (r[col('email')] ?? '').trim();
    const langText = col('language') >= 0 ? (r[col('language')] ?? '').trim().toLowerCase() : '';
    if (!role && !email) return;
    if (!role || !email) {
      problems.push(`${path}, row ${i + 2}: needs a role and an email`);
      return;
    }
    const bad = splitEmails(email).filter((e) => !isEmail(e));
    if (bad.length)
      problems.push(`${path}, row ${i + 2}, column "email": "${bad[0].slice(0, 80)}" is not an email address`);
    if (langText && !LANGS.includes(langText as Lang))
      problems.push(`${path}, row ${i + 2}, column "language": "${langText}" is not kk, ru or en`);
    people.push({ role, email, lang: langText && LANGS.includes(langText as Lang) ? asLang(langText) : '' });
  });
  return { people, problems };
}

/** Writes each role's emails and mail languages into the Roles sheet; roles it does not list are reported. */
export function applyPeople(ws: Workspace, people: PersonRow[]): string[] {
  const sheet = sheetNames(ROLES_SHEET)
    .map((n) => ws.spreadsheet.getSheetByName(n))
    .find(Boolean);
  if (!sheet) return ['--people: the spreadsheet has no Roles sheet (run Set up first)'];
  const values = sheet
    .getDataRange()
    .getValues()
    .map((r) => r.map((v) => String(v ?? '')));
  const header = values[0] ?? [];
  const entries = readRolesSheet({ name: sheet.getName(), values });
  const directory = new RoleDirectory(entries);
  const columns = locateColumns(ROLES_SHEET, header);
  const emailsCol = columns.get('emails') ?? -1;
  const langCol = columns.get('language') ?? -1;
  const problems: string[] = [];
  const byRow = new Map<number, PersonRow[]>();
  for (const p of people) {
    const entry = directory.find(p.role);
    if (!entry) {
      problems.push(`--people: no role "${p.role}" on the Roles sheet`);
      continue;
    }
    const row = entries.find((e) => e === entry)!.row;
    byRow.set(row, [...(byRow.get(row) ?? []), p]);
  }
  for (const [row, list] of byRow) {
    if (emailsCol >= 0) sheet.getRange(row + 1, emailsCol + 1).setValue(list.map((p) => p.email).join(', '));
    const langs = [...new Set(list.map((p) => p.lang))];
    const langCell =
      langs.length === 1
        ? langs[0]
        : list
            .filter((p) => p.lang)
            .map((p) => `${p.email}: ${p.lang}`)
            .join(', ');
    if (langCol >= 0) sheet.getRange(row + 1, langCol + 1).setValue(langCell);
  }
  return problems;
}
