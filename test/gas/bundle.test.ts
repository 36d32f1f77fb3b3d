import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { entryExports } from '../../scripts/build';
import { ensureBuilt, entryPoints } from '../../src/local/run-addon';
import { Workspace } from '../../src/local/workspace/workspace';

describe('dist/Code.js', () => {
  let code: string;
  beforeAll(async () => {
    code = readFileSync(await ensureBuilt(), 'utf8');
  });

  it('declares every export of the entry module as a top-level function, and nothing else', async () => {
    const exported = await entryExports();
    expect(exported).toEqual(
      expect.arrayContaining([
        'onOpen',
        'onInstall',
        'onEdit',
        'josparSetUpPlan',
        'josparImportPlan',
        'josparRefreshDeadlines',
        'josparAbout',
      ]),
    );
    expect(entryPoints(code).sort()).toEqual(exported);
  });

  it('runs in a bare context that has only the Apps Script globals', () => {
    const ws = new Workspace();
    const context = vm.createContext({ ...ws.globals() });
    vm.runInContext(code, context);
    for (const name of ['require', 'module', 'process', 'Buffer', '__dirname'])
      expect(vm.runInContext(`typeof ${name}`, context)).toBe('undefined');
    for (const name of entryPoints(code)) expect(vm.runInContext(`typeof ${name}`, context)).toBe('function');
    vm.runInContext('onOpen({})', context);
    expect(ws.ui.menus).toHaveLength(1);
    const menu = ws.ui.menus[0];
    expect(menu.caption).toBe('Jospar');
    const items = menu.items.filter((i): i is { caption: string; fn: string } => 'fn' in i);
    expect(items.map((i) => i.caption)).toContain('Жоспарды орнату');
    // Every menu item calls a function Apps Script can see.
    for (const i of items) expect(vm.runInContext(`typeof ${i.fn}`, context)).toBe('function');
  });

  it('has a manifest with V8, Asia/Almaty, Stackdriver logging and explicit scopes without Gmail', () => {
    const manifest = JSON.parse(readFileSync('dist/appsscript.json', 'utf8'));
    expect(manifest).toMatchObject({ runtimeVersion: 'V8', timeZone: 'Asia/Almaty', exceptionLogging: 'STACKDRIVER' });
    expect(manifest.oauthScopes.length).toBeGreaterThan(0);
    expect(manifest.oauthScopes).not.toContain('https://mail.google.com/');
    expect(code).not.toMatch(/GmailApp/);
  });

  it('reaches Calendar only through the advanced service with the calendar.app.created scope', () => {
    const manifest = JSON.parse(readFileSync('dist/appsscript.json', 'utf8'));
    expect(manifest.dependencies.enabledAdvancedServices).toContainEqual({
      userSymbol: 'Calendar',
      serviceId: 'calendar',
      version: 'v3',
    });
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/calendar.app.created');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/calendar');
    expect(code).not.toMatch(/CalendarApp/);
  });

  it('fills documents through the Docs advanced service (v1), which the documents scope covers', () => {
    const manifest = JSON.parse(readFileSync('dist/appsscript.json', 'utf8'));
    expect(manifest.dependencies.enabledAdvancedServices).toContainEqual({
      userSymbol: 'Docs',
      serviceId: 'docs',
      version: 'v1',
    });
    expect(code).toMatch(/\bDocs\b/);
    expect(code).toMatch(/\.Documents\.batchUpdate\(/);
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/documents');
  });
});
