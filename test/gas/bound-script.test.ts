/**
 * Issue 18, item 11: what a deployment lets an editor do. In a script bound to the spreadsheet an editor may change the
 * code the owner's trigger runs, so no guard in that code holds against them; in the add-on nobody but its developer
 * can. And drive.file is per user: an editor's run of Jospar does not see the templates the owner's run made.
 */
import { readFileSync } from 'node:fs';
import { ensureBuilt, loadAddOn } from '../../src/local/run-addon';
import { installed, sheetValues } from '../helpers';

const EDITOR = 'editor@edu.ektu.kz';

describe('who may change the code the owner’s trigger runs', () => {
  it('bound: an editor may, and the owner’s trigger then runs the editor’s code; the add-on: nobody may', async () => {
    const { ws } = await installed();
    ws.spreadsheet._editors = [EDITOR];
    ws.runAs = EDITOR;
    expect(ws.mayEditScript()).toBe(true);
    // The editor's change: the hourly handler mails an outsider, whatever the settings guard says.
    const code = readFileSync(await ensureBuilt(), 'utf8');
    const edited = `${code}\nfunction josparHourly() { MailApp.sendEmail('spy@gmail.com', 'owner', 'sent as the owner'); }`;
    ws.runAs = null; // the owner's trigger
    loadAddOn(ws, edited).josparHourly();
    expect(ws.mail.sent.map((m) => [m.from, m.to[0]])).toEqual([[ws.user, 'spy@gmail.com']]);
    ws.deployment = 'addon';
    expect(ws.mayEditScript(EDITOR)).toBe(false);
    expect(ws.mayEditScript(ws.user)).toBe(false); // the add-on's code is its developer's, not the owner's either
  });

  it('drive.file: an editor’s run of Jospar does not see the templates the owner’s run made', async () => {
    const { ws, addon } = await installed();
    addon.josparImportPlan(
      [
        {
          section: 1,
          sectionTitle: 'Бөлім',
          no: 1,
          activity: 'Бұйрық',
          responsible: 'ТО',
          deadline: '',
          deliverable: 'Бұйрық',
        },
      ],
      'small.json',
    );
    addon.josparCreateTemplates();
    ws.runAs = EDITOR;
    const out = addon.josparGenerateDocuments({ ids: ['1.01'], interactive: false }) as { created: number };
    expect(
      ws.drive.files.filter((f) => f.createdBy === EDITOR && f.appProperties?.josparKey?.startsWith('order')),
    ).toEqual([]);
    // The row says the template is missing or cannot be opened (it is the owner's: this run cannot see it).
    expect(out).toMatchObject({ created: 0, errors: 1 });
    const log = sheetValues(ws, 'Журнал').map((r) => String(r[4]));
    expect(log).toContain('қате: «Бұйрық» үлгісі жоқ немесе ашылмайды');
    ws.runAs = null;
    expect(addon.josparGenerateDocuments({ ids: ['1.01'], interactive: false })).toMatchObject({ created: 1 });
  });
});
