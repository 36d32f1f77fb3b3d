/**
 * What an imported table means as a plan: the header row (№, Іс-шаралар, Жауапты, Орындау мерзімі, Аяқталу түрі, in
 * kk, ru or en; a Unit column and the Plan's «Атауы (орысша)» where the file has them), unit heading rows (one cell
 * spanning the table, "1 Оқу процесін …"), the numbered item rows, and around the table the approval block, the title
 * (with its academic year) and the signature. Anything Jospar cannot read is an ImportError naming the file, row and
 * column: an import takes the whole file or nothing, because an item left out would look removed.
 */
import { CELL_CHARS_LIMIT } from '../../sheets/cell-limit';
import { nameRuColumn } from '../../sheets/layout';
import { normalizeSpace } from '../../text/normalize';
import { itemId } from '../item-id';
import { splitUnit } from '../plan-from-sheet';
import type { PlanDocument, PlanItem } from '../types';
import { ImportError, type ImportedTable, type TableCell } from './table';

/** The header of a plan's Deadline column, in kk, ru or en (also what `jospar deadline --file` looks for). */
export const DEADLINE_HEADER = /орындау мерзімі|^мерзім|срок исполнения|^срок|deadline|due/i;

type Key = 'unit' | 'no' | 'activity' | 'responsible' | 'deadline' | 'deliverable' | 'nameRu';

const HEADERS: Array<{ key: Key; pattern: RegExp; name: string }> = [
  { key: 'unit', pattern: /^(бөлім|подразделение|unit|section)$/i, name: 'Бөлім (unit)' },
  { key: 'no', pattern: /^(№.*|no\.?|n|#|номер|item)$/i, name: '№' },
  { key: 'activity', pattern: /іс-шара|мероприяти|activit/i, name: 'Іс-шаралар (activity)' },
  { key: 'responsible', pattern: /жауапты|ответствен|responsib/i, name: 'Жауапты (responsible)' },
  { key: 'deadline', pattern: DEADLINE_HEADER, name: 'Орындау мерзімі' },
  { key: 'deliverable', pattern: /аяқталу|форма заверш|deliverable|outcome/i, name: 'Аяқталу түрі (deliverable)' },
];
const REQUIRED: Key[] = ['no', 'activity', 'responsible', 'deadline', 'deliverable'];

/** Each cell with the grid column it starts at (a merged cell spans several). */
function gridded(row: TableCell[]): Array<TableCell & { col: number }> {
  let col = 0;
  return row.map((c) => {
    const at = { ...c, col };
    col += Math.max(1, c.span);
    return at;
  });
}

function findHeader(t: ImportedTable): { row: number; cols: Map<Key, number> } | null {
  for (let r = 0; r < Math.min(t.rows.length, 15); r++) {
    const cols = new Map<Key, number>();
    const cells = gridded(t.rows[r]);
    const texts = cells.map((c) => normalizeSpace(c.text));
    // The Russian name (optional), under the Plan's own title in any language, before the patterns look.
    const ru = nameRuColumn(texts);
    if (ru !== undefined) cols.set('nameRu', cells[ru].col);
    cells.forEach((c, i) => {
      const h = i === ru ? undefined : HEADERS.find((x) => !cols.has(x.key) && x.pattern.test(texts[i]));
      if (h) cols.set(h.key, c.col);
    });
    if (cols.has('activity') && cols.size >= 3) return { row: r, cols };
  }
  return null;
}

const isNumberingRow = (texts: string[]) => texts.length >= 3 && texts.every((x, i) => x === String(i + 1));

export function planFromTable(t: ImportedTable): PlanDocument {
  const problems: string[] = [];
  const header = findHeader(t);
  if (!header)
    throw new ImportError(t.file, [
      `${t.file}: no header row with the columns №, Іс-шаралар, Жауапты, Орындау мерзімі, Аяқталу түрі (or ru/en names)`,
    ]);
  const missing = REQUIRED.filter((k) => !header.cols.has(k));
  if (missing.length)
    throw new ImportError(
      t.file,
      missing.map(
        (k) => `${t.file}, ${t.where(header.row + 1, 0)}: no column "${HEADERS.find((h) => h.key === k)!.name}"`,
      ),
    );

  const items: PlanItem[] = [];
  const seen = new Map<string, number>();
  let section = 0;
  let sectionTitle = '';
  const width = Math.max(...header.cols.values()) + 1;
  for (let r = header.row + 1; r < t.rows.length; r++) {
    const cells = gridded(t.rows[r]);
    const texts = cells.map((c) => normalizeSpace(c.text)).filter(Boolean);
    if (texts.length === 0 || isNumberingRow(texts)) continue;
    const at = (k: Key) => {
      const col = header.cols.get(k);
      const c = col === undefined ? undefined : cells.find((x) => x.col === col);
      return c ? normalizeSpace(c.text) : '';
    };
    const merged = cells.length < width || cells.some((c) => c.span > 1);
    const heading =
      !header.cols.has('unit') &&
      (texts.length === 1 || (texts.length === 2 && merged && /^\d{1,2}\.?$/.test(texts[0])));
    if (heading) {
      const m = /^(\d{1,2})\s*[.)]?\s*(.*)$/s.exec(texts.join(' '));
      section = m ? Number(m[1]) : section + 1;
      sectionTitle = normalizeSpace(m ? m[2] : texts.join(' '));
      continue;
    }
    const say = (k: Key, message: string) =>
      problems.push(`${t.file}, ${t.where(r + 1, header.cols.get(k) ?? 0)}: ${message}`);
    const noText = at('no');
    const no = /^\d{1,3}\.?$/.test(noText) ? parseInt(noText, 10) : NaN;
    if (!Number.isInteger(no) || no < 1) {
      say('no', noText ? `"${noText}" is not an item number` : 'the item number is empty');
      continue;
    }
    let itemSection = section || 1;
    let itemTitle = sectionTitle;
    if (header.cols.has('unit')) {
      const unit = splitUnit(at('unit'));
      if (unit.section === null) {
        say('unit', `"${at('unit')}" does not start with the unit's number ("1. …")`);
        continue;
      }
      itemSection = unit.section;
      itemTitle = unit.title;
    }
    if (!at('activity')) {
      say('activity', `item ${no} has no activity`);
      continue;
    }
    const long = (['activity', 'responsible', 'deadline', 'deliverable', 'nameRu'] as Key[]).find(
      (k) => at(k).length > CELL_CHARS_LIMIT,
    );
    if (long) {
      say(long, `${at(long).length} characters, more than a cell holds (${CELL_CHARS_LIMIT})`);
      continue;
    }
    const id = itemId(itemSection, no);
    if (seen.has(id)) {
      say('no', `item ${id} is already in table row ${seen.get(id)}`);
      continue;
    }
    seen.set(id, r + 1);
    items.push({
      section: itemSection,
      sectionTitle: itemTitle || String(itemSection),
      no,
      activity: at('activity'),
      responsible: at('responsible'),
      deadline: at('deadline'),
      deliverable: at('deliverable'),
      // Optional: a file without the column (or an empty cell) leaves the sheet's Russian name as it is.
      ...(at('nameRu') ? { nameRu: at('nameRu') } : {}),
    });
  }
  if (problems.length) throw new ImportError(t.file, problems);
  if (items.length === 0) throw new ImportError(t.file, [`${t.file}: the table has no numbered items`]);

  const { approver, title } = readPreamble(t.before);
  const year = /(\d{4})\s*[-–—]\s*(\d{4})/.exec(title);
  const sections = [...new Map(items.map((i) => [i.section, { no: i.section, title: i.sectionTitle }])).values()];
  return {
    title,
    academicYear: year && Number(year[2]) === Number(year[1]) + 1 ? `${year[1]}-${year[2]}` : '',
    signatory: readSignature(t.after),
    approver,
    sections,
    items,
  };
}

const APPROVAL = /^(БЕКІТЕМІН|УТВЕРЖДАЮ|APPROVED)(?=$|[\s.:])/i;
const DATE_LINE = /«|»|_{3,}\s*20|20\d\d\s*(ж|г)(?=$|[\s.])|\d{1,2}\.\d{1,2}\.\d{4}/;

/** The approval block (keyword, position lines, name line, date line) and the title after it. */
function readPreamble(paragraphs: string[]): { approver?: { position: string; name: string }; title: string } {
  const lines = paragraphs.map(normalizeSpace).filter(Boolean);
  const at = lines.findIndex((l) => APPROVAL.test(l));
  if (at < 0) return { title: lines.join(' ') };
  let end = at + 1;
  while (end < lines.length && !DATE_LINE.test(lines[end]) && end - at <= 4) end++;
  const block = lines.slice(at + 1, end);
  const name = (block.pop() ?? '').replace(/^[_\s]+/, '');
  return {
    approver: { position: block.join(' '), name },
    title: lines.slice(Math.min(end + 1, lines.length)).join(' '),
  };
}

/** "Академиялық қызмет департаментінің директоры <tab or spaces> Э.С. Нурекенова". */
function readSignature(paragraphs: string[]): { position: string; name: string } {
  const last = paragraphs
    .map((p) => p.trim())
    .filter(Boolean)
    .pop();
  if (!last) return { position: '', name: '' };
  const split = /^(.*?)(?:\t+|\s{2,}|_{3,})\s*(\S.*)$/.exec(last);
  if (split) return { position: normalizeSpace(split[1]), name: normalizeSpace(split[2]) };
  const initials = /^(.*?)\s+((?:\p{Lu}\.\s?){1,2}\s?\p{Lu}[\p{L}-]+)$/u.exec(last);
  return initials
    ? { position: normalizeSpace(initials[1]), name: normalizeSpace(initials[2]) }
    : { position: normalizeSpace(last), name: '' };
}
