/**
 * `jospar preview` (`npm start`) leaves in --out only this run's outputs: each file it writes is noted at once
 * (.jospar-outputs, with a SHA-256 of what was written), and the next run removes exactly those that still hold it.
 * Before, out/docs kept every earlier run's orders beside the new ones. Nothing Jospar cannot prove it wrote goes:
 * not a person's file (there before, saved during a run, or saved over a Jospar file), not an input, nothing outside.
 */
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createHash } from 'node:crypto';
import * as docx from '../../src/local/export/docx';
import * as guides from '../../src/local/export/guide-docx';
import { clearEarlierOutputs, OUTPUTS_RECORD, outputRecorder } from '../../src/local/cli/out-dir';
import { EXAMPLE_PEOPLE } from '../../src/local/cli/people';
import { jospar } from '../cli-run';
import { SMALL_PLAN } from '../warm-fixtures';

// The module object itself (an `import * as` namespace cannot be spied on): root may rename anything, so a refused
// rename is made by hand.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const nodeFs = require('node:fs') as typeof import('node:fs');

/** Every file under `dir`, relative to it, sorted. */
function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** The paths the directory's record names (what the last run wrote). */
const recorded = (dir: string) =>
  readFileSync(join(dir, OUTPUTS_RECORD), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('['))
    .map((line) => (JSON.parse(line) as [string, string])[0]);

/** The orders in out/docs made on `day` (their names end with it, as DD.MM.YYYY). */
const ordersOf = (dir: string, day: string) =>
  readdirSync(join(dir, 'docs')).filter((f) => f.endsWith(`${day.split('-').reverse().join('.')}.docx`));

function put(dir: string, rel: string, text = 'x'): string {
  mkdirSync(join(dir, rel, '..'), { recursive: true });
  writeFileSync(join(dir, rel), text);
  return join(dir, rel);
}

/** An out/ holding the smallest plan (two orders) as an input. */
function outWithPlan(): { dir: string; plan: string } {
  const dir = mkdtempSync(join(tmpdir(), 'jospar-out-'));
  return { dir, plan: put(dir, 'plan.json', JSON.stringify(SMALL_PLAN)) };
}

const preview = (dir: string, plan: string, today: string, ...more: string[]) =>
  jospar('preview', '--out', dir, '--plan', plan, '--today', today, '--quiet', ...more);

afterEach(() => jest.restoreAllMocks());

describe('the --out directory of jospar preview', () => {
  it("a second run on another day leaves only its own files, a person's and the inputs", async () => {
    const { dir, plan } = outWithPlan();
    const people = join(dir, 'people.csv');
    copyFileSync(EXAMPLE_PEOPLE, people);
    // A person's order in out/docs before any run (no record: it cannot be told from an older Jospar's, so it stays),
    // and one a person saves there while the first run writes its files.
    put(dir, 'docs/notes.docx');
    const writeGuides = guides.writeGuides;
    jest.spyOn(guides, 'writeGuides').mockImplementationOnce(async (out, wrote) => {
      put(out, 'docs/Менің бұйрығым.docx');
      return writeGuides(out, wrote);
    });
    const first = await preview(dir, plan, '2025-10-01', '--state', join(dir, 'a.json'), '--people', people);
    expect(first.status).toBe(0);
    expect(first.stderr).toMatch(`has no ${OUTPUTS_RECORD}`);
    expect(ordersOf(dir, '2025-10-01')).toHaveLength(2);
    expect(recorded(dir)).not.toContain('docs/Менің бұйрығым.docx');

    // Another day, another workspace: other order and mail names.
    const second = await preview(dir, plan, '2025-10-02', '--state', join(dir, 'b.json'), '--people', people);
    expect(second.status).toBe(0);
    expect(second.stderr).not.toMatch(OUTPUTS_RECORD);
    expect(ordersOf(dir, '2025-10-02')).toHaveLength(2);
    expect(ordersOf(dir, '2025-10-01')).toEqual([]);
    // Every other file is the second run's (its record), an input, or a state a run saved.
    const ours = new Set(recorded(dir));
    expect(ours).toContain('summary.json');
    expect(allFiles(dir).filter((f) => !ours.has(f))).toEqual(
      [
        OUTPUTS_RECORD,
        'a.json',
        'b.json',
        'docs/notes.docx',
        'docs/Менің бұйрығым.docx',
        'people.csv',
        'plan.json',
      ].sort(),
    );
  });

  it('a run cut off after some writes, then re-run on another day, leaves only the second run', async () => {
    const { dir, plan } = outWithPlan();
    // The export of the document after the first order throws: the spreadsheet, the calendar, the templates and one
    // order are written, and the run stops there.
    const documentToDocx = docx.documentToDocx;
    jest.spyOn(docx, 'documentToDocx').mockImplementation(async (doc) => {
      if (ordersOf(dir, '2025-10-01').length === 1) throw new Error('disk full');
      return documentToDocx(doc);
    });
    expect((await preview(dir, plan, '2025-10-01')).status).toBe(1);
    const [order] = ordersOf(dir, '2025-10-01');
    expect(recorded(dir)).toEqual(expect.arrayContaining(['jospar.xlsx', 'calendar.ics', `docs/${order}`]));
    expect(recorded(dir)).not.toContain('summary.json');
    jest.restoreAllMocks();

    expect((await preview(dir, plan, '2025-10-02')).status).toBe(0);
    expect(ordersOf(dir, '2025-10-01')).toEqual([]);
    expect(ordersOf(dir, '2025-10-02')).toHaveLength(2);
    const ours = new Set(recorded(dir));
    expect(allFiles(dir).filter((f) => !ours.has(f))).toEqual([OUTPUTS_RECORD, 'plan.json']);
  });

  it('moves aside a file a person edited that this run writes again, and leaves one it does not write', async () => {
    const { dir, plan } = outWithPlan();
    expect((await preview(dir, plan, '2025-10-01')).status).toBe(0);
    const [order] = ordersOf(dir, '2025-10-01');
    writeFileSync(join(dir, 'summary.json'), 'my notes on the summary');
    writeFileSync(join(dir, 'docs', order), 'my edited order');
    put(dir, 'summary (edited).json', 'an earlier edit'); // the first free name is taken

    const second = await preview(dir, plan, '2025-10-02');
    expect(second.status).toBe(0);
    expect(readFileSync(join(dir, 'summary (edited 2).json'), 'utf8')).toBe('my notes on the summary');
    expect(readFileSync(join(dir, 'summary (edited).json'), 'utf8')).toBe('an earlier edit');
    expect(JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'))).toHaveProperty('ok', true);
    expect(second.stderr).toContain(
      `${join(dir, 'summary.json')} changed since Jospar wrote it: moved to ${join(dir, 'summary (edited 2).json')}`,
    );
    // Another day's order: this run does not write its name, so it stays where it is.
    expect(readFileSync(join(dir, 'docs', order), 'utf8')).toBe('my edited order');
    expect(second.stderr).toContain(`${join(dir, 'docs', order)} kept: changed since Jospar wrote it`);
    expect(recorded(dir)).not.toContain('summary (edited 2).json');

    // The order kept above is the person's still when a later run writes its name; and a run stopped before it wrote
    // anything leaves no record (startOutputs removes it first), so an edit found then is not Jospar's to overwrite.
    rmSync(join(dir, OUTPUTS_RECORD));
    writeFileSync(join(dir, 'jospar.xlsx'), 'my edited workbook');
    const third = await preview(dir, plan, '2025-10-01');
    expect(third.status).toBe(0);
    expect(readFileSync(join(dir, 'docs', order.replace('.docx', ' (edited).docx')), 'utf8')).toBe('my edited order');
    expect(readFileSync(join(dir, 'jospar (edited).xlsx'), 'utf8')).toBe('my edited workbook');
    expect(third.stderr).toContain(`${join(dir, 'jospar.xlsx')} no record says Jospar wrote it: moved to`);
  });

  it("writes nothing over a person's file it cannot move aside, says so, and keeps the workspace", async () => {
    const { dir, plan } = outWithPlan();
    expect((await preview(dir, plan, '2025-10-01')).status).toBe(0);
    writeFileSync(join(dir, 'summary.json'), 'my notes on the summary');
    const state = join(dir, 'work.state.json');
    // A rename refused (a directory the person may write files in but not rename in, a file held open on Windows).
    const rename = jest.spyOn(nodeFs, 'renameSync').mockImplementation(() => {
      throw new Error('EPERM: operation not permitted');
    });
    let second;
    try {
      second = await preview(dir, plan, '2025-10-02', '--state', state);
    } finally {
      rename.mockRestore();
    }
    expect(second.status).toBe(2);
    expect(readFileSync(join(dir, 'summary.json'), 'utf8')).toBe('my notes on the summary');
    expect(second.stderr).toContain(
      `${join(dir, 'summary.json')} changed since Jospar wrote it, not moved aside: EPERM`,
    );
    expect(second.stderr).toContain(`nothing written to ${dir}: ${join(dir, 'summary.json')} could not be moved aside`);
    expect(second.stderr).toContain(`(the workspace is saved in ${state})`);
    // Nothing of the second run was written: not its calendar, not its orders; the run's work is in the state file.
    // (the first run's own files went first, as the record proves they were Jospar's)
    expect(allFiles(dir)).not.toContain('calendar.ics');
    expect(allFiles(dir).filter((f) => f.startsWith('docs') || f.startsWith('mail'))).toEqual([]);
    expect(JSON.parse(readFileSync(state, 'utf8'))).toBeTruthy();
  });

  it('removes only what the record proves: not an input, a changed file, a path outside or through a symlink', () => {
    const base = mkdtempSync(join(tmpdir(), 'jospar-out-'));
    const dir = join(base, 'out');
    const outside = put(base, 'elsewhere/x.txt');
    mkdirSync(dir);
    symlinkSync(join(base, 'elsewhere'), join(dir, 'link'));
    const wrote = outputRecorder(dir);
    for (const f of ['docs/a.docx', 'plan.json', 'changed.txt', 'link/x.txt']) wrote(put(dir, f));
    wrote(outside); // outside --out: never noted
    writeFileSync(join(dir, 'changed.txt'), 'a person saved over it');
    // A record edited by hand cannot reach outside either.
    const sum = createHash('sha256').update('x').digest('hex');
    writeFileSync(
      join(dir, OUTPUTS_RECORD),
      `${readFileSync(join(dir, OUTPUTS_RECORD), 'utf8')}${JSON.stringify(['../elsewhere/x.txt', sum])}\nnot json\n`,
    );
    expect(recorded(dir)).toEqual(['docs/a.docx', 'plan.json', 'changed.txt', 'link/x.txt', '../elsewhere/x.txt']);

    const cleared = clearEarlierOutputs(dir, [join(dir, 'plan.json')]);
    expect(cleared).toEqual({ removed: ['docs/a.docx'], changed: ['changed.txt'], stuck: [], unrecorded: false });
    expect(readdirSync(dir).sort()).toEqual(['changed.txt', 'link', 'plan.json']); // docs/ emptied, record gone
    expect(readFileSync(outside, 'utf8')).toBe('x');
    // Without a record, nothing goes.
    expect(clearEarlierOutputs(dir, [])).toEqual({ removed: [], changed: [], stuck: [], unrecorded: true });
    expect(readdirSync(dir).sort()).toEqual(['changed.txt', 'link', 'plan.json']);
  });
});
