/**
 * `jospar serve` answers only its own pages: a request with a foreign Host (DNS rebinding), a foreign Origin (a
 * cross-site POST) or without the run's token is refused and changes nothing; the served pages carry the token and
 * their calls work. Plain HTTP requests (node:http sets any Host and Origin, as an attacker's page or resolver would).
 */
import { request } from 'node:http';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type Served } from '../../../src/local/serve/server';
import type { Workspace } from '../../../src/local/workspace/workspace';
import type { AddOn } from '../../../src/local/run-addon';
import { installed } from '../../helpers';

let ws: Workspace;
let addon: AddOn;
let served: Served;
let port: number;
const statePath = join(mkdtempSync(join(tmpdir(), 'jospar-guard-')), 'state.json');

function call(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const own = () => ({ Host: `127.0.0.1:${port}` });
const tokenOf = (html: string) => /var TOKEN = "([0-9a-f]+)"/.exec(html)?.[1] ?? '';

beforeAll(async () => {
  ({ ws, addon } = await installed());
  // A Roles sheet with an email: what a rebinding page would want to read.
  ws.spreadsheet
    .insertSheet('Рөлдер')
    .getRange(1, 1, 2, 2)
    .setValues([
      ['Рөл', 'Email'],
      ['Директор', 'director@edu.ektu.kz'],
    ]);
  served = await startServer({ ws, addon, statePath });
  port = Number(new URL(served.url).port);
});

afterAll(() => served.close());

describe('jospar serve refuses what its own pages did not send', () => {
  const unchanged = () => {
    expect(ws.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Рөлдер']);
    expect(existsSync(statePath)).toBe(false);
  };

  it('a text/plain POST from a foreign Origin changes nothing', async () => {
    const r = await call(
      'POST',
      '/run/josparSetUpPlan',
      { ...own(), Origin: 'http://evil.example', 'Content-Type': 'text/plain' },
      '[]',
    );
    expect(r.status).toBe(403);
    expect(r.text).toMatch(/Origin/);
    unchanged();
  });

  it('a GET with a foreign Host (DNS rebinding) reads neither the sheets nor the token', async () => {
    for (const path of ['/sheets?sheet=Рөлдер', '/sidebar', '/']) {
      const r = await call('GET', encodeURI(path), { Host: `evil.example:${port}` });
      expect(r.status).toBe(403);
      expect(r.text).not.toMatch(/director@|TOKEN/);
    }
  });

  it('a call without the token (or with a wrong one) changes nothing, even from the own origin', async () => {
    const json = { ...own(), Origin: `http://127.0.0.1:${port}`, 'Content-Type': 'application/json' };
    const tries: Record<string, string>[] = [{}, { 'X-Jospar-Token': 'f'.repeat(48) }];
    for (const extra of tries) {
      const r = await call('POST', '/run/josparSetUpPlan', { ...json, ...extra }, '[]');
      expect(r.status).toBe(403);
      const s = await call('POST', '/select', { ...json, ...extra }, '{"sheet":"Рөлдер","row":2}');
      expect(s.status).toBe(403);
    }
    expect(ws.spreadsheet.getActiveRange()?.getRow() ?? 1).toBe(1);
    unchanged();
  });

  it('the served pages carry the token, and their calls with it work', async () => {
    const sidebar = await call('GET', '/sidebar', { Host: `localhost:${port}` });
    const page = await call('GET', '/', own());
    const token = tokenOf(sidebar.text);
    expect(token).toHaveLength(48);
    expect(tokenOf(page.text)).toBe(token);
    const sheets = await call('GET', encodeURI('/sheets?sheet=Рөлдер'), { ...own(), 'X-Jospar-Token': token });
    expect(sheets.text).toContain('director@edu.ektu.kz');
    const headers = { ...own(), Origin: `http://127.0.0.1:${port}`, 'X-Jospar-Token': token };
    const r = await call('POST', '/run/josparSetUpPlan', headers, '[]');
    expect(r.status).toBe(200);
    expect(ws.spreadsheet.getSheetByName('Жоспар')).toBeTruthy();
    expect(existsSync(statePath)).toBe(true);
  });
});
