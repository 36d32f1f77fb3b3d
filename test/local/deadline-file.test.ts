/**
 * `jospar deadline --file`, called in-process: one phrase per line, or a CSV/XLSX plan's Deadline column; per phrase
 * the reading and the same warning words the sidebar and Set up show, then the counts.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { deadlineCommand } from '../../src/local/cli/deadline-command';

const dir = mkdtempSync(join(tmpdir(), 'jospar-deadline-file-'));

async function run(...argv: string[]): Promise<string> {
  let out = '';
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    expect(await deadlineCommand(argv)).toBe(0);
  } finally {
    write.mockRestore();
  }
  return out;
}

describe('jospar deadline --file', () => {
  it('reads one phrase a line and counts them read fully, partly and not at all', async () => {
    const file = join(dir, 'phrases.txt');
    writeFileSync(file, 'с 2 февраля до 13 февраля\n28.08.2025 ж. дейін\n\nбірдеңе\n');
    const out = await run('--file', file, '--year', '2025-2026');
    expect(out).toMatch(/^1: с 2 февраля до 13 февраля\n {2}read fully: date; 2026-02-13$/m);
    expect(out).toMatch(/^ {2}! "28\.08\.2025 ж\." is outside the plan year/m);
    expect(out).toMatch(/^4: бірдеңе\n {2}not read: unknown; —$/m);
    expect(out.trimEnd().split('\n').pop()).toBe('deadlines: 3; read fully 1, partly 1, not at all 1');
    expect((await run('--file', file, '--year', '2025-2026', '--lang', 'kk')).trimEnd().split('\n').pop()).toBe(
      'мерзімдер: 3; толық оқылды 1, ішінара 1, мүлде оқылмады 1',
    );
  });

  it("reads a CSV plan's Deadline column, as JSON with each warning's words", async () => {
    const file = join(dir, 'plan.csv');
    writeFileSync(file, '№;Іс-шаралар;Жауапты;Орындау мерзімі\n1;Есеп;ТО;Ай сайын\n2;Кесте;ТО;03/04/2026\n');
    const json = JSON.parse(await run('--file', file, '--json', '--year', '2025-2026'));
    expect(json.readings.map((r: { line: number; read: string }) => [r.line, r.read])).toEqual([
      [2, 'fully'],
      [3, 'partly'],
    ]);
    expect(json.readings[1].warnings[0].message).toBe(
      '"03/04/2026": day and month could be either way round (Settings: numeric date order)',
    );
    expect(json.counts).toEqual({ fully: 1, partly: 1, not: 0 });
  });

  it("reads an XLSX plan's Deadline column", async () => {
    const file = join(dir, 'plan.xlsx');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Plan');
    sheet.addRow(['№', 'Мероприятия', 'Ответственный', 'Срок исполнения']);
    sheet.addRow([1, 'Отчёт', 'ОПУ', 'ежеквартально']);
    await book.xlsx.writeFile(file);
    const out = await run('--file', file, '--year', '2025-2026');
    expect(out).toMatch(
      /^2: ежеквартально\n {2}read fully: recurring; 2025-09-30, 2025-12-31, 2026-03-31, 2026-06-30$/m,
    );
  });
});
