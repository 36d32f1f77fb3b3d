/**
 * Files Jospar cannot use: one clear message naming the file (and row and column where there is one), a non-zero exit,
 * never a stack trace and never "exit 0, nothing imported". Run in-process through the CLI's main (fast: every case
 * fails before the add-on is loaded), and through read-input's functions for files that are read.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeText, readPlanFile, readStateFile } from '../../src/local/cli/read-input';
import { STATE_VERSION, Workspace } from '../../src/local/workspace/workspace';
import { jospar } from '../cli-run';

const dir = mkdtempSync(join(tmpdir(), 'jospar-bad-'));
const HEADER = 'section,sectionTitle,no,activity,responsible,deadline,deliverable';
const GOOD_CSV = `${HEADER}\n1,Unit,1,Write the report,Head of unit,by 1 October 2025,report\n`;

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** The CLI in-process (test/cli-run.ts), its result under this file's short names. */
async function cli(...args: string[]): Promise<{ code: number; err: string; out: string }> {
  const r = await jospar(...args);
  return { code: r.status, err: r.stderr, out: r.stdout };
}

function utf16(text: string, order: 'le' | 'be', bom: boolean): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const bytes = order === 'le' ? le : Buffer.from(le).swap16();
  const mark = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return bom ? Buffer.concat([Buffer.from(mark), bytes]) : bytes;
}

const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3,
]);
const deep = `${'['.repeat(100000)}${']'.repeat(100000)}`;

describe.each([
  ['empty', 'empty.csv', '', /empty\.csv is empty/],
  ['blank', 'blank.csv', '  \n\n ', /blank\.csv holds only blanks/],
  ['binary', 'image.csv', PNG, /image\.csv is not text/],
  [
    'wrong headers',
    'headers.csv',
    'a,b,c\n1,2,3\n',
    /headers\.csv, row 1: missing columns "section", "no", "activity"/,
  ],
  ['JSON not a list', 'object.json', '{"a": 1}', /object\.json: expected a JSON list of plan items/],
  ['{"toString":1}', 'tostring.json', '{"toString":1}', /tostring\.json: expected a JSON list/],
  ['a list of {"toString":1}', 'tostrings.json', '[{"toString":1}]', /tostrings\.json: no usable plan item/],
  ['broken JSON', 'broken.json', '[{"section": 1,', /broken\.json: not valid JSON/],
  ['deep nesting', 'deep.json', deep, /deep\.json: no usable plan item[\s\S]*row 1: not an object/],
  [
    'an unterminated quote',
    'quote.csv',
    `${HEADER}\n1,Unit,1,Fine,Head,by 1 October 2025,report\n1,Unit,2,"Never closed,Head,x,y\n1,Unit,3,a,b,c,d\n`,
    /quote\.csv, row 3: a quoted field opened here is never closed/,
  ],
  ['a field that is an object', 'field.json', '[{"section":1,"no":1,"activity":{"toString":1}}]', /column "activity"/],
])('--plan with %s', (_what, name, content, message) => {
  it('exits non-zero with one clear message and no stack trace', async () => {
    const r = await cli('preview', '--plan', file(name, content), '--out', join(dir, 'out'));
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at |Error:/);
    expect(r.out).toBe('');
  });
});

describe('--plan that is a directory or missing', () => {
  it('says so and exits non-zero', async () => {
    mkdirSync(join(dir, 'plans.csv'), { recursive: true });
    const r = await cli('preview', '--plan', join(dir, 'plans.csv'));
    expect([r.code, r.err]).toEqual([2, expect.stringMatching(/plans\.csv is a directory/)]);
    const m = await cli('preview', '--plan', join(dir, 'nothing.csv'));
    expect([m.code, m.err]).toEqual([2, expect.stringMatching(/no such file .*nothing\.csv/)]);
  });
});

describe('UTF-16 files are read, with or without a byte order mark', () => {
  it.each([
    ['LE with BOM', 'le', true],
    ['BE with BOM', 'be', true],
    ['LE without BOM', 'le', false],
    ['BE without BOM', 'be', false],
  ] as const)('%s', (_what, order, bom) => {
    const path = file(
      `utf16-${order}-${bom}.csv`,
      utf16(`${GOOD_CSV}1,Unit,2,Қазақша мәтін,Бөлім басшысы,x,y\n`, order, bom),
    );
    const read = readPlanFile(path);
    expect(read.items).toHaveLength(2);
    expect((read.items[1] as Record<string, string>).activity).toBe('Қазақша мәтін');
  });

  it('a UTF-8 BOM is dropped and ";" files are read', () => {
    const path = file('bom.csv', `\ufeff${GOOD_CSV.replace(/,/g, ';')}`);
    expect(readPlanFile(path).items).toEqual([
      expect.objectContaining({ section: '1', activity: 'Write the report', deadline: 'by 1 October 2025' }),
    ]);
    expect(decodeText(Buffer.from('plain text'))).toBe('plain text');
  });
});

describe('--state that cannot be used', () => {
  const good = JSON.stringify(new Workspace({ now: Date.parse('2025-10-01T04:00:00Z') }).toJSON());
  it.each([
    ['truncated', good.slice(0, Math.floor(good.length / 2)), /not valid JSON, perhaps cut short/],
    [
      'of the wrong shape',
      `{"version": ${STATE_VERSION}, "clock": 0, "user": "u"}`,
      /not a saved Jospar workspace: "spreadsheet"/,
    ],
    ['of another version', '{"version": 777}', new RegExp(`"version" is 777, expected ${STATE_VERSION}`)],
    ['a list', '[1, 2]', /not a JSON object/],
    ['empty', '', /is empty/],
    ['binary', PNG, /is not text/],
  ])('%s: one message, exit 2', async (what, content, message) => {
    const path = file(`state-${what.replace(/\W+/g, '-')}.json`, content);
    const r = await cli('preview', '--state', path, '--out', join(dir, 'out'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('a directory', async () => {
    mkdirSync(join(dir, 'state-dir'), { recursive: true });
    const r = await cli('preview', '--state', join(dir, 'state-dir'));
    expect([r.code, r.err]).toEqual([2, expect.stringMatching(/state-dir is a directory/)]);
  });

  it('a good state passes the check', () => {
    expect(readStateFile(file('good.json', good))).toMatchObject({ version: STATE_VERSION });
  });
});

describe('jospar deadline -- "--json"', () => {
  it('reads what follows -- as the text, not an option', async () => {
    const r = await cli('deadline', '--json', '--', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ input: '--json' });
  });
});
