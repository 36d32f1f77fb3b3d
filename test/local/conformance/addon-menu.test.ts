import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../../../scripts/build';
import { loadAddOn } from '../../../src/local/run-addon';
import { documented, gas, GAS, workspace } from './reference';

describe('Ui.createAddonMenu', () => {
  documented(
    `${GAS}base/ui#createAddonMenu()`,
    "createAddonMenu() makes a sub-menu of the editor's Extensions menu; addToUi() shows it",
    () => {
      const ws = workspace();
      gas(ws).SpreadsheetApp.getUi().createAddonMenu().addItem('Бүйір панелін ашу', 'josparShowSidebar').addToUi();
      expect(ws.ui.menus).toEqual([
        { caption: 'Add-ons', items: [{ caption: 'Бүйір панелін ашу', fn: 'josparShowSidebar' }] },
      ]);
    },
  );
});

test('the build published as an Editor add-on puts its menu under Extensions; the bound build has its own menu', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'jospar-addon-build-'));
  await build({ outDir: dir, addon: true });
  const ws = workspace();
  loadAddOn(ws, readFileSync(join(dir, 'Code.js'), 'utf8')).onOpen({});
  expect(ws.counter.counts.get('Ui.createAddonMenu')).toBeGreaterThan(0);
  expect(ws.counter.counts.get('Ui.createMenu')).toBeUndefined();
  expect(ws.ui.menus.at(-1)!.items.length).toBeGreaterThan(5);
});
