/**
 * `jospar admin rollup` against the local Google API server: the real googleapis client, the real add-on's unit
 * spreadsheets, paced under Sheets' read quota on a virtual clock (minutes of pacing in no time).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { google } from 'googleapis';
import { unzipSync } from 'fflate';
import { exampleUniversity, type ExampleUniversity } from '../../../src/local/admin/example-university';
import { VirtualClock } from '../../../src/local/workspace/clock';
import { adminCommand } from '../../../src/local/cli/admin-command';
import { GoogleApiServer, type Fault } from '../../../src/local/google-api/rest-server';
import type { UniversitySummary } from '../../../src/core/rollup/university';

const ADMIN = 'admin@edu.ektu.kz';
const TODAY = '2026-03-02';

function token() {
  const auth = new google.auth.OAuth2();
  auth.setCredentials({ access_token: 'local-token', expiry_date: Date.now() + 3600_000 });
  return auth;
}

async function run(uni: ExampleUniversity, out: string, faults = new Map<number, Fault>()) {
  const clock = new VirtualClock(Date.parse('2026-03-02T04:00:00Z'));
  const server = new GoogleApiServer(uni.tree, {
    tokens: new Map([['local-token', ADMIN]]),
    faults,
    now: () => clock.now(),
  });
  const rootUrl = await server.start();
  const lines: string[] = [];
  try {
    const code = await adminCommand(['rollup', '--folder', uni.root, '--out', out, '--today', TODAY], {
      auth: token(),
      clock,
      rootUrl,
      log: (l) => lines.push(l),
    }).catch((e) => (lines.push(String((e as Error)?.stack ?? e), String((e as { cause?: Error }).cause?.stack)), 1));
    return { code, server, clock, lines };
  } finally {
    await server.stop();
  }
}

const summaryIn = (dir: string) => JSON.parse(readFileSync(join(dir, 'university.json'), 'utf8')) as UniversitySummary;

describe('the university roll-up', () => {
  let uni: ExampleUniversity;
  let out: string;
  let first: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    uni = await exampleUniversity(40);
    out = mkdtempSync(join(tmpdir(), 'jospar-rollup-'));
    first = await run(uni, out);
  }, 180_000);

  it('rolls up every readable plan and lists the others with the reason', () => {
    expect(first.code).toBe(0);
    const s = summaryIn(out);
    expect(s.units).toHaveLength(40);
    expect(Object.fromEntries(s.unreadable.map((u) => [u.name, u.reason]))).toEqual({
      'Жабық жоспар': 'no-access',
      'Бюджет 2026': 'not-jospar',
      'Ескі жоспар': 'older-version',
    });
  });

  it("says of each unit what the unit's own Overview says", () => {
    const s = summaryIn(out);
    for (const unit of uni.units) {
      const line = s.units.find((l) => l.id === unit.id)!;
      const reply = unit.addon!.josparSidebarOverview() as {
        value: {
          overview: {
            units: Array<{ total: number; counts: { done: number; cancelled: number } }>;
            overdue: Array<{ id: string }>;
            next14: Array<{ id: string }>;
          };
        };
      };
      const own = reply.value.overview;
      const sum = (f: (u: (typeof own.units)[number]) => number) => own.units.reduce((n, u) => n + f(u), 0);
      const overdueIds = s.overdue.filter((o) => o.unitId === unit.id).map((o) => o.id);
      expect([line.name, line.items, line.done, line.cancelled, line.overdue, line.dueIn14, overdueIds.sort()]).toEqual(
        [
          unit.name,
          sum((u) => u.total),
          sum((u) => u.counts.done),
          sum((u) => u.counts.cancelled),
          own.overdue.length,
          own.next14.length,
          own.overdue.map((o) => o.id).sort(),
        ],
      );
    }
    expect(s.totals.overdue).toBe(s.overdue.length);
    expect(s.totals.overdue).toBeGreaterThan(0);
  });

  it('reads each plan with one titles get and one batchGet, paced under 60 reads a minute', () => {
    const calls = first.server.countBy();
    // 40 plans and the old one: a get and a batchGet each; the closed one and the budget: a get only.
    expect(calls['GET v4/spreadsheets/:id/values:batchGet']).toBe(41);
    expect(calls['GET v4/spreadsheets/:id']).toBe(43);
    expect(first.server.calls.every((c) => c.status === 200 || c.status === 404)).toBe(true);
    // 84 reads at 60 a minute: the client waited rather than being refused.
    expect(first.clock.slept).toBeGreaterThanOrEqual(60_000);
  });

  it('writes a workbook with the units, the overdue items, the plans not read, and a chart', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out, 'university.xlsx'));
    expect(book.worksheets.map((w) => w.name)).toEqual(['Бөлімшелер', 'Мерзімі өткен', 'Оқылмағандар']);
    expect(book.worksheets[0].rowCount).toBe(2 + 40 + 1);
    expect(book.worksheets[1].rowCount).toBe(1 + summaryIn(out).overdue.length);
    const parts = unzipSync(new Uint8Array(readFileSync(join(out, 'university.xlsx'))));
    expect(Object.keys(parts)).toEqual(expect.arrayContaining(['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml']));
  });

  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
  (soffice && existsSync('/usr/bin/pdftotext') ? it : it.skip)(
    'opens in LibreOffice: the report shows the units and the chart is drawn',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'jospar-rollup-pdf-'));
      const files = ['university-report.docx', 'university.xlsx'].map((f) => join(out, f));
      execFileSync(
        soffice!,
        ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, ...files],
        {
          timeout: 180_000,
          stdio: 'ignore',
        },
      );
      const text = (f: string) =>
        execFileSync('/usr/bin/pdftotext', [join(dir, f), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      const report = text('university-report.pdf');
      expect(report).toContain('Бөлімшелердің жұмыс жоспарларының орындалуы туралы есеп');
      expect(report).toContain('Бөлімше 40');
      expect(report).toContain('Жабық жоспар');
      // The chart's title and its unit axis are drawn as text beside the table's only when the chart itself is drawn.
      const sheet = text('university.pdf');
      expect(sheet.match(/Бөлімшелердің жұмыс жоспарлары: 02\.03\.2026/g)).toHaveLength(2);
      expect(sheet.match(/Бөлімше 40/g)?.length).toBeGreaterThanOrEqual(3); // the table, the axis, the overdue list
    },
    200_000,
  );
});

describe('a roll-up cut off at any call', () => {
  // Two small units are every kind of call a roll-up makes; both cases compare with the same uncut roll-up of them.
  let uni: ExampleUniversity;
  let uncut: Awaited<ReturnType<typeof run>>;
  let expected: UniversitySummary;
  beforeAll(async () => {
    uni = await exampleUniversity(2, { itemsPerUnit: 4 });
    const whole = mkdtempSync(join(tmpdir(), 'jospar-rollup-whole-'));
    uncut = await run(uni, whole);
    expect(uncut.code).toBe(0);
    expected = summaryIn(whole);
  }, 60_000);

  it('resumes without reading a finished unit again and ends as an uncut one', async () => {
    const total = uncut.server.calls.length;
    expect(total).toBeGreaterThan(6);
    for (let k = 1; k <= total; k++) {
      const dir = mkdtempSync(join(tmpdir(), `jospar-rollup-cut${k}-`));
      const cut = await run(uni, dir, new Map([[k, 'cut']]));
      expect(cut.code).toBe(1);
      const readBefore = new Set(
        cut.server.calls.filter((c) => c.n < k && c.path.includes('values:batchGet')).map((c) => c.path.split('/')[2]),
      );
      const again = await run(uni, dir);
      expect([k, again.code]).toEqual([k, 0]);
      expect(summaryIn(dir)).toEqual(expected);
      // A unit whose batchGet had answered before the cut was recorded then, and is not read again.
      const reread = again.server.calls.filter((c) => readBefore.has(c.path.split('/')[2]));
      expect([k, reread]).toEqual([k, []]);
    }
  }, 120_000);

  it('waits and tries again when Google answers 429', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jospar-rollup-429-'));
    const limited = await run(
      uni,
      dir,
      new Map([
        [5, 'rateLimit'],
        [6, 'rateLimit'],
      ]),
    );
    expect(limited.code).toBe(0);
    expect(limited.server.calls.filter((c) => c.status === 429)).toHaveLength(2);
    expect(limited.lines.join('\n')).toMatch(/2 retried/);
    expect(summaryIn(dir)).toEqual(expected);
  }, 60_000);
});
