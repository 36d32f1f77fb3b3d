import { CutOff, parseFault } from '../../src/local/workspace/counter';
import { formatDate } from '../../src/local/workspace/utilities';
import { Workspace } from '../../src/local/workspace/workspace';
import { installed } from '../helpers';

type G = {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
};

describe('the local Workspace behaves as Apps Script documents', () => {
  const g = (ws: Workspace) => ws.globals() as unknown as G;

  it('setValues with the wrong dimensions throws the Apps Script message', () => {
    const sheet = g(new Workspace()).SpreadsheetApp.getActive().getActiveSheet();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([[1, 2, 3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
  });

  it("getValues gives '' for blanks, numbers, booleans and Dates; typed strings are read as Sheets reads them", () => {
    const sheet = g(new Workspace()).SpreadsheetApp.getActive().getActiveSheet();
    sheet.getRange(1, 1, 1, 6).setValues([['2025-09-01', '42', 'TRUE', "'=1+1", '=SUM(A1)', 'мәтін']]);
    const [row] = sheet.getRange(1, 1, 1, 7).getValues();
    expect(Object.prototype.toString.call(row[0])).toBe('[object Date]');
    expect((row[0] as Date).getTime()).toBe(Date.parse('2025-09-01T00:00:00+05:00')); // midnight in Almaty
    expect(row.slice(1)).toEqual([42, true, '=1+1', '', 'мәтін', '']);
    expect(sheet.getRange(1, 5).getFormulas()[0][0]).toBe('=SUM(A1)');
    sheet.getRange(2, 1).setNumberFormat('@');
    sheet.getRange(2, 1).setValue('2025-09-01');
    expect(sheet.getRange(2, 1).getValue()).toBe('2025-09-01');
  });

  it('refuses property values over 9 KB', () => {
    const props = g(new Workspace()).PropertiesService.getDocumentProperties();
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
    props.setProperty('ok', 'x'.repeat(9 * 1024));
    expect(props.getProperty('ok')).toHaveLength(9 * 1024);
    expect(props.getProperty('missing')).toBeNull();
  });

  it('rejects an invalid value where validation does not allow it', () => {
    const ss = g(new Workspace()).SpreadsheetApp;
    const range = ss.getActive().getActiveSheet().getRange('B2');
    range.setDataValidation(ss.newDataValidation().requireValueInList(['a', 'b'], true).setAllowInvalid(false).build());
    expect(() => range.setValue('c')).toThrow(/violates the data validation rules/);
    range.setValue('a');
  });

  it('limits triggers to 20 and locks to one holder', () => {
    const ws = new Workspace();
    const { ScriptApp, LockService } = g(ws);
    for (let i = 0; i < 20; i++) ScriptApp.newTrigger('f').timeBased().after(1000).create();
    expect(() => ScriptApp.newTrigger('f').timeBased().after(1000).create()).toThrow(/too many triggers/);
    const lock = LockService.getScriptLock();
    expect(lock.tryLock(100)).toBe(true);
    expect(LockService.getScriptLock().tryLock(100)).toBe(false);
    lock.releaseLock();
    expect(() => {
      ws.holdLock();
      LockService.getScriptLock().waitLock(1000);
    }).toThrow(/Lock timeout/);
  });

  it('counts calls per class and method', () => {
    const ws = new Workspace();
    const sheet = g(ws).SpreadsheetApp.getActive().getActiveSheet();
    sheet.getRange(1, 1).setValue(1);
    sheet.getRange(1, 1).getValue();
    expect(ws.counter.counts.get('SpreadsheetApp.getActive')).toBe(1);
    expect(ws.counter.counts.get('Sheet.getRange')).toBe(2);
    expect(ws.counter.byService().Range).toEqual({ setValue: 1, getValue: 1 });
  });

  it('formats dates in Asia/Almaty as UTC+5', () => {
    expect(formatDate(new Date('2025-12-31T19:30:00Z'), 'Asia/Almaty', 'yyyy-MM-dd HH:mm Z')).toBe(
      '2026-01-01 00:30 +0500',
    );
  });

  it('replaceText takes RE2 within one paragraph, literally, keeping the style of what it replaces', () => {
    const ws = new Workspace();
    const { DocumentApp } = ws.globals() as unknown as { DocumentApp: GoogleAppsScript.Document.DocumentApp };
    const body = DocumentApp.create('t').getBody();
    body.getChild(0).asParagraph().setText('{{a}} and $1');
    body.getChild(0).asParagraph().editAsText().setBold(0, 4, true);
    body.appendParagraph('{{a');
    body.appendParagraph('}}');
    body.replaceText('\\{\\{a\\}\\}', 'X$&');
    expect(body.getChild(0).asParagraph().getText()).toBe('X$& and $1');
    expect(body.getChild(0).asParagraph().editAsText().isBold(0)).toBe(true);
    expect(body.getChild(0).asParagraph().editAsText().isBold(5)).toBe(false);
    body.replaceText('a\\n\\}', 'Z'); // no match across paragraphs
    expect(body.getText()).toBe('X$& and $1\n{{a\n}}');
    expect(() => body.replaceText('(?<=a)b', 'c')).toThrow(/RE2/);
    expect(() => body.replaceText('(a)\\1', 'c')).toThrow(/RE2/);
  });

  it('saves and loads its whole state', async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    const copy = Workspace.fromJSON(JSON.parse(JSON.stringify(ws.toJSON())));
    for (const s of ws.spreadsheet._sheets) {
      const t = copy.spreadsheet.getSheetByName(s._name)!;
      expect(t.getDataRange().getValues()).toEqual(s.getDataRange().getValues());
      expect(t._protections).toEqual(s._protections);
      expect(t.isSheetHidden()).toBe(s.isSheetHidden());
    }
    expect([...copy.properties.document]).toEqual([...ws.properties.document]);
  });

  it('injects faults: a cut-off after the N-th write, or a rate-limit error instead of it', () => {
    expect(parseFault('sheets:3')).toEqual({ service: 'sheets', n: 3, mode: 'cut' });
    expect(() => parseFault('sheets:0')).toThrow();
    const cut = new Workspace({ faults: [parseFault('sheets:2')] });
    const sheet = g(cut).SpreadsheetApp.getActive().getActiveSheet();
    sheet.getRange(1, 1).setValue('a');
    expect(() => sheet.getRange(2, 1).setValue('b')).toThrow(CutOff);
    expect(cut.spreadsheet.getActiveSheet().getRange(2, 1).getValue()).toBe('b'); // the write took effect
    expect(() => sheet.getRange(3, 1).getValue()).toThrow(CutOff); // and the run is over
    const failing = new Workspace({ faults: [parseFault('sheets:1:throw')] });
    const s2 = g(failing).SpreadsheetApp.getActive().getActiveSheet();
    expect(() => s2.getRange(1, 1).setValue('a')).toThrow(/too many times/);
    expect(failing.spreadsheet.getActiveSheet().getRange(1, 1).getValue()).toBe('');
  });
  it("keeps each user's mail quota through a save and a load, and a mail fault spends it as the send did", () => {
    const DAY = 24 * 3600 * 1000;
    const ws = new Workspace({ now: Date.parse('2025-10-01T04:00:00Z') });
    ws.mail.dailyQuota = 5;
    const mail = () => (ws.globals() as unknown as { MailApp: GoogleAppsScript.Mail.MailApp }).MailApp;
    mail().sendEmail('a@edu.ektu.kz,b@edu.ektu.kz', 'S', 'B');
    ws.clock.advance(DAY / 2);
    ws.runAs = 'viewer@edu.ektu.kz';
    // A throw fails the send before it takes effect: nothing spent. A cut stops the run after it went: spent.
    ws.counter.faults = [
      { service: 'mail', n: 2, mode: 'throw' },
      { service: 'mail', n: 3, mode: 'cut' },
    ];
    expect(() => mail().sendEmail('c@edu.ektu.kz', 'S', 'B')).toThrow(/too many times in a short time/);
    expect(mail().getRemainingDailyQuota()).toBe(5);
    expect(() => mail().sendEmail('c@edu.ektu.kz', 'S', 'B')).toThrow(CutOff);
    const copy = Workspace.fromJSON(JSON.parse(JSON.stringify(ws.toJSON())));
    const remaining = (w: Workspace, who: string | null) => {
      w.runAs = who;
      return (w.globals() as unknown as { MailApp: GoogleAppsScript.Mail.MailApp }).MailApp.getRemainingDailyQuota();
    };
    expect([remaining(copy, null), remaining(copy, 'viewer@edu.ektu.kz')]).toEqual([3, 4]);
    // Each window still ends 24 hours after its own first send.
    copy.clock.advance(DAY / 2);
    expect([remaining(copy, null), remaining(copy, 'viewer@edu.ektu.kz')]).toEqual([5, 4]);
    // A state saved while the quota was one count for everyone: the count is the workspace user's.
    const older = JSON.parse(JSON.stringify(ws.toJSON()));
    older.mail = { dailyQuota: 5, windowStart: older.clock, used: 4, sent: older.mail.sent };
    const loaded = Workspace.fromJSON(older);
    expect([remaining(loaded, null), remaining(loaded, 'viewer@edu.ektu.kz')]).toEqual([1, 5]);
  });

  // A Set up cut off after any one of its writes, then run again, ends as an uncut one: test/gas/cut-sweep.test.ts
  // cuts after every write and compares every sheet, property and file.
});
