/**
 * The permissions that matter when a second user (an editor of the spreadsheet) runs the script: protections, and
 * `drive.file`'s per-user view of Drive. `ws.runAs` is that user.
 */
import { documented, gas, GAS, workspace } from './reference';

const PROTECTION = `${GAS}spreadsheet/protection`;
const EDITOR = 'editor@edu.ektu.kz';
const PROTECTED = /^You are trying to edit a protected cell or object\./;

function sharedSheet() {
  const ws = workspace();
  ws.spreadsheet._editors = [EDITOR];
  const { SpreadsheetApp, Session } = gas(ws);
  return { ws, SpreadsheetApp, Session, sheet: SpreadsheetApp.getActive().getActiveSheet() };
}

describe('Protection for a second user', () => {
  documented(
    `${GAS}spreadsheet/range#protect()`,
    'a new protection mirrors the spreadsheet’s permissions until its editors are changed: an editor still edits',
    () => {
      const { ws, sheet } = sharedSheet();
      const p = sheet.getRange('A1:B2').protect();
      expect(p.getEditors().map((u) => u.getEmail())).toEqual([ws.user, EDITOR]);
      ws.runAs = EDITOR;
      sheet.getRange('A1').setValue('x');
      expect(sheet.getRange('A1').getValue()).toBe('x');
    },
  );

  documented(
    `${PROTECTION}#removeEditors(String)`,
    'after removeEditors(getEditors()) an editor’s write into the range is refused with Google’s message (as scripts ' +
      'meet it), nothing written; the owner writes; cells outside stay editable',
    () => {
      const { ws, sheet, Session } = sharedSheet();
      const p = sheet.getRange('A1:B2').protect().setDescription('owner only');
      p.addEditor(Session.getEffectiveUser().getEmail());
      p.removeEditors(p.getEditors().map((u) => u.getEmail()));
      expect(p.getEditors().map((u) => u.getEmail())).toEqual([ws.user]); // the owner cannot be removed
      ws.runAs = EDITOR;
      expect(p.canEdit()).toBe(false);
      expect(() =>
        sheet.getRange('B2:C3').setValues([
          ['a', 'b'],
          ['c', 'd'],
        ]),
      ).toThrow(PROTECTED);
      expect(() => sheet.getRange('A1').setValue('x')).toThrow(PROTECTED);
      expect(sheet.getRange('A1:C3').getValues().flat()).toEqual(Array(9).fill(''));
      sheet.getRange('C3').setValue('outside');
      ws.runAs = null;
      expect(p.canEdit()).toBe(true);
      sheet.getRange('A1').setValue('owner');
      expect(sheet.getRange('A1').getValue()).toBe('owner');
    },
  );

  documented(
    `${PROTECTION}#setWarningOnly(Boolean)`,
    'a warning-only protection does not stop an edit (the warning is for people in the Sheets UI)',
    () => {
      const { ws, sheet } = sharedSheet();
      const p = sheet.protect().setWarningOnly(true);
      p.removeEditors(p.getEditors().map((u) => u.getEmail()));
      ws.runAs = EDITOR;
      sheet.getRange('D4').setValue('typed');
      expect(sheet.getRange('D4').getValue()).toBe('typed');
    },
  );

  documented(
    `${PROTECTION}#addEditor(String)`,
    'an editor added to a protection’s list edits what it protects; a protected sheet refuses the others',
    () => {
      const { ws, sheet } = sharedSheet();
      const p = sheet.protect();
      p.removeEditors(p.getEditors().map((u) => u.getEmail()));
      ws.runAs = EDITOR;
      expect(() => sheet.getRange('Z1000').setValue(1)).toThrow(PROTECTED);
      ws.runAs = null;
      p.addEditor(EDITOR);
      ws.runAs = EDITOR;
      sheet.getRange('Z1000').setValue(1);
      expect(sheet.getRange('Z1000').getValue()).toBe(1);
    },
  );
});

describe('drive.file is per user', () => {
  documented(
    'https://developers.google.com/drive/api/guides/api-specific-auth',
    'drive.file reaches only the files the app created or opened for that user: another user’s run of the same ' +
      'script gets "File not found" for the owner’s files and does not list them',
    () => {
      const ws = workspace();
      const { Drive } = gas(ws);
      const made = Drive.Files.create({
        name: 'Template',
        mimeType: 'application/vnd.google-apps.document',
        appProperties: { josparKey: 'template:order' },
      });
      const q = "appProperties has { key='josparKey' and value='template:order' }";
      expect(Drive.Files.list({ q }).files?.map((f) => f.id)).toEqual([made.id]);
      ws.runAs = EDITOR;
      expect(() => Drive.Files.get(made.id!)).toThrow(/File not found/);
      expect(Drive.Files.list({ q }).files).toEqual([]);
      const own = Drive.Files.create({ name: 'Editor’s', mimeType: 'application/vnd.google-apps.document' });
      expect(Drive.Files.get(own.id!).name).toBe('Editor’s');
      ws.runAs = null;
      expect(() => Drive.Files.get(own.id!)).toThrow(/File not found/);
      expect(Drive.Files.get(made.id!).name).toBe('Template');
    },
  );
});
