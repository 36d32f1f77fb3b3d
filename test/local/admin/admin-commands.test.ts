/** `jospar admin provision` and `backup`, and how `jospar admin` finds its credentials, with no network. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { google } from 'googleapis';
import { adminAuth, SCOPES } from '../../../src/local/admin/auth';
import { exampleUniversity, type ExampleUniversity } from '../../../src/local/admin/example-university';
import { VirtualClock } from '../../../src/local/workspace/clock';
import { adminCommand } from '../../../src/local/cli/admin-command';
import { UsageError } from '../../../src/local/cli/args';
import { GoogleApiServer } from '../../../src/local/google-api/rest-server';
import { Workspace } from '../../../src/local/workspace/workspace';

const ADMIN = 'admin@edu.ektu.kz';
let uni: ExampleUniversity;
let server: GoogleApiServer;
let rootUrl = '';
const lines: string[] = [];

function deps() {
  const auth = new google.auth.OAuth2();
  auth.setCredentials({ access_token: 'tok', expiry_date: Date.now() + 3600_000 });
  return { auth, clock: new VirtualClock(0), rootUrl, log: (l: string) => void lines.push(l) };
}

beforeAll(async () => {
  uni = await exampleUniversity(2, { itemsPerUnit: 4 });
  server = new GoogleApiServer(uni.tree, { tokens: new Map([['tok', ADMIN]]) });
  rootUrl = await server.start();
}, 60_000);
afterAll(() => server.stop());

describe('jospar admin backup', () => {
  it('keeps every readable plan as .xlsx and JSON, and a second run fetches nothing unchanged', async () => {
    const out = mkdtempSync(join(tmpdir(), 'jospar-backup-'));
    // A Russian name the department typed into the first unit's «Атауы (орысша)»: the JSON keeps it as nameRu.
    const plan = uni.units[0].ws.spreadsheet.getSheetByName('Жоспар')!;
    const header = plan.getRange(1, 1, 1, plan.getLastColumn()).getValues()[0].map(String);
    const firstId = String(plan.getRange(2, header.indexOf('ID') + 1).getValue());
    plan.getRange(2, header.indexOf('Атауы (орысша)') + 1).setValue('Наименование на русском');
    expect(await adminCommand(['backup', '--folder', uni.root, '--out', out], deps())).toBe(0);
    const files = readdirSync(out).sort();
    expect(files.filter((f) => f.endsWith('.xlsx'))).toHaveLength(2);
    const json = JSON.parse(
      readFileSync(
        join(
          out,
          files.find((f) => f.endsWith('.json') && f !== 'backup-manifest.json')!,
        ),
        'utf8',
      ),
    );
    expect(json.items.length).toBeGreaterThan(0);
    expect(json.items[0]).toEqual(
      expect.objectContaining({ section: expect.any(Number), deadline: expect.any(String) }),
    );
    const first = JSON.parse(
      readFileSync(
        join(
          out,
          files.find((f) => f.includes(uni.units[0].id))!,
        ),
        'utf8',
      ),
    );
    const named = first.items.filter((i: { nameRu?: string }) => i.nameRu);
    expect(named.map((i: { section: number; no: number; nameRu: string }) => [i.section, i.no, i.nameRu])).toEqual([
      [...firstId.split('.').map(Number), 'Наименование на русском'],
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(
      join(
        out,
        files.find((f) => f.endsWith('.xlsx'))!,
      ),
    );
    expect(book.worksheets.map((w) => w.name)).toContain('Жоспар');
    const exports = () => server.calls.filter((c) => c.path.endsWith('/export')).length;
    const before = exports();
    lines.length = 0;
    expect(await adminCommand(['backup', '--folder', uni.root, '--out', out], deps())).toBe(0);
    expect(exports()).toBe(before);
    // The three it cannot read (no access, not a plan, an older Jospar) are tried again: they may have changed.
    expect(lines.at(-1)).toBe('0 saved, 2 unchanged since the last backup, 3 not saved');
  });
});

describe('jospar admin provision', () => {
  it('copies the template plan into the folder, shares it, and a re-run finds the copy instead of copying again', async () => {
    const template = uni.units[0].id;
    const args = ['provision', '--unit', 'Жаңа бөлімше', '--from', template, '--folder', uni.root];
    const editors = ['--editor', 'head@edu.ektu.kz', '--editor', 'deputy@edu.ektu.kz'];
    expect(await adminCommand([...args, ...editors], deps())).toBe(0);
    const made = [...uni.tree.entries.values()].filter((e) => e.name === 'Жаңа бөлімше');
    expect(made).toHaveLength(1);
    expect(made[0].parents).toEqual([uni.root]);
    expect(made[0].writers).toEqual(expect.arrayContaining(['head@edu.ektu.kz', 'deputy@edu.ektu.kz']));
    // The copy is the template's spreadsheet: its Plan and Jospar's records came along.
    expect(made[0].workspace!.spreadsheet.getSheetByName('_jospar')).not.toBeNull();
    const copies = () => server.calls.filter((c) => c.path.endsWith('/copy')).length;
    const before = copies();
    expect(await adminCommand([...args, ...editors], deps())).toBe(0);
    expect(copies()).toBe(before);
    expect([...uni.tree.entries.values()].filter((e) => e.name === 'Жаңа бөлімше')).toHaveLength(1);
  });
});

describe('jospar admin rollup --out SPREADSHEET_ID', () => {
  it("writes the tables and one chart into the office's spreadsheet, and a re-run replaces them", async () => {
    const office = new Workspace({ now: Date.parse('2026-03-02T04:00:00Z') });
    const id = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
    uni.tree.spreadsheet('Ректорат: жоспарлар', uni.root, office, { id, writers: [ADMIN] });
    const args = ['rollup', '--folder', uni.root, '--out', id, '--today', '2026-03-02'];
    const cwd = process.cwd();
    process.chdir(mkdtempSync(join(tmpdir(), 'jospar-sheet-out-')));
    try {
      expect(await adminCommand(args, deps())).toBe(0);
      const units = office.spreadsheet.getSheetByName('Бөлімшелер')!;
      const rows = units.getDataRange().getValues();
      expect(rows[1][0]).toBe('Бөлімше');
      expect(
        rows
          .slice(2, -1)
          .map((r) => r[0])
          .sort(),
      ).toEqual(['Бөлімше 01', 'Бөлімше 02', 'Жаңа бөлімше']); // the unit provisioned above rolls up too
      expect(units._charts).toHaveLength(1);
      expect(units._charts[0]).toMatchObject({
        type: 'BAR',
        options: { isStacked: true },
        ranges: ['A3:A5', 'E3:E5', 'G3:G5'],
      });
      // A stale row from an earlier run is cleared; the chart is updated, not doubled.
      units.getRange(40, 1).setValue('старая строка');
      expect(await adminCommand(args, deps())).toBe(0);
      expect(units.getRange(40, 1).getValue()).toBe('');
      expect(units._charts).toHaveLength(1);
      expect(office.spreadsheet.getSheetByName('Мерзімі өткен')).not.toBeNull();
    } finally {
      process.chdir(cwd);
    }
  });
});

describe('credentials', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jospar-creds-'));
  const log = () => undefined;

  it('are required, from a file the user names', async () => {
    const saved = process.env.JOSPAR_ADMIN_CREDENTIALS;
    delete process.env.JOSPAR_ADMIN_CREDENTIALS;
    await expect(adminAuth(google, { scopes: SCOPES.rollup }, log)).rejects.toThrow(UsageError);
    await expect(adminAuth(google, { credentials: join(dir, 'none.json'), scopes: [] }, log)).rejects.toThrow(
      /no such file/,
    );
    if (saved !== undefined) process.env.JOSPAR_ADMIN_CREDENTIALS = saved;
  });

  it('as a service account act for the named domain user with the least scopes', async () => {
    const key = join(dir, 'sa.json');
    writeFileSync(
      key,
      JSON.stringify({ type: 'service_account', client_email: 'jospar@p.iam.gserviceaccount.com', private_key: 'x' }),
    );
    await expect(adminAuth(google, { credentials: key, scopes: SCOPES.rollup }, log)).rejects.toThrow(/--as EMAIL/);
    const jwt = (await adminAuth(
      google,
      { credentials: key, subject: ADMIN, scopes: SCOPES.rollup },
      log,
    )) as unknown as {
      subject: string;
      scopes: string[];
    };
    expect(jwt.subject).toBe(ADMIN);
    expect(jwt.scopes).toEqual([
      'https://www.googleapis.com/auth/drive.readonly',
      'https://www.googleapis.com/auth/spreadsheets.readonly',
    ]);
  });

  it("as an OAuth client reuse the person's saved consent", async () => {
    const key = join(dir, 'client.json');
    writeFileSync(
      key,
      JSON.stringify({ installed: { client_id: 'id.apps.googleusercontent.com', client_secret: 's' } }),
    );
    await expect(adminAuth(google, { credentials: key, scopes: [] }, log)).rejects.toThrow(/--token FILE/);
    const token = join(dir, 'token.json');
    writeFileSync(token, JSON.stringify({ refresh_token: 'r', access_token: 'a' }));
    const client = (await adminAuth(google, { credentials: key, tokenFile: token, scopes: [] }, log)) as unknown as {
      credentials: { refresh_token: string };
    };
    expect(client.credentials.refresh_token).toBe('r');
  });

  it('a bad command line is one message', async () => {
    await expect(adminCommand(['rollup'], deps())).rejects.toThrow(/--folder is required/);
    await expect(adminCommand(['rollup', '--folder', 'x', '--today', '2026-13-45'], deps())).rejects.toThrow(
      /YYYY-MM-DD/,
    );
    await expect(adminCommand(['rollup', '--folder', 'x', '--lang', 'de'], deps())).rejects.toThrow(/kk, ru or en/);
    await expect(adminCommand(['sync'], deps())).rejects.toThrow(/unknown admin command/);
  });
});
