import { documented, gas, GAS, workspace } from './reference';

describe('ScriptApp triggers', () => {
  documented(
    `${GAS}script/script-app#newTrigger(String)`,
    'a time-driven trigger made with newTrigger(fn).timeBased().everyHours(1).create() is listed with its handler',
    () => {
      const { ScriptApp, SpreadsheetApp } = gas(workspace());
      const made = ScriptApp.newTrigger('josparHourly').timeBased().everyHours(1).create();
      const listed = ScriptApp.getProjectTriggers();
      expect(listed.map((t) => t.getHandlerFunction())).toEqual(['josparHourly']);
      expect(listed[0].getUniqueId()).toBe(made.getUniqueId());
      expect(String(listed[0].getEventType())).toBe(String(ScriptApp.EventType.CLOCK));
      expect(String(listed[0].getTriggerSource())).toBe(String(ScriptApp.TriggerSource.CLOCK));
      // The user's triggers in this document (all there are, for the one user here).
      expect(ScriptApp.getUserTriggers(SpreadsheetApp.getActive()).map((t) => t.getUniqueId())).toEqual([
        made.getUniqueId(),
      ]);
    },
  );

  documented(
    `${GAS}script/script-app#getUserTriggers(Spreadsheet)`,
    'getUserTriggers and getProjectTriggers list only the current user’s triggers; another user’s are not among them',
    () => {
      const ws = workspace();
      const { ScriptApp, SpreadsheetApp } = gas(ws);
      const owners = ScriptApp.newTrigger('josparHourly').timeBased().everyHours(1).create();
      ws.runAs = 'editor@edu.ektu.kz';
      expect(ScriptApp.getUserTriggers(SpreadsheetApp.getActive())).toEqual([]);
      expect(ScriptApp.getProjectTriggers()).toEqual([]);
      const editors = ScriptApp.newTrigger('josparHourly').timeBased().everyHours(1).create();
      expect(ScriptApp.getProjectTriggers().map((t) => t.getUniqueId())).toEqual([editors.getUniqueId()]);
      ws.runAs = null;
      expect(ScriptApp.getUserTriggers(SpreadsheetApp.getActive()).map((t) => t.getUniqueId())).toEqual([
        owners.getUniqueId(),
      ]);
    },
  );

  documented(`${GAS}script/script-app#deleteTrigger(Trigger)`, 'deleteTrigger removes the trigger', () => {
    const { ScriptApp } = gas(workspace());
    const t = ScriptApp.newTrigger('josparHourly').timeBased().everyHours(1).create();
    ScriptApp.deleteTrigger(t);
    expect(ScriptApp.getProjectTriggers()).toEqual([]);
  });

  documented(`${GAS}script/script-app#getScriptId()`, 'getScriptId gives the project’s id as a string', () => {
    expect(typeof gas(workspace()).ScriptApp.getScriptId()).toBe('string');
  });
});

describe('Session', () => {
  documented(
    `${GAS}base/session#getEffectiveUser()`,
    'getActiveUser is who runs the script; getEffectiveUser whose rights it runs under (the same when run by hand)',
    () => {
      const ws = workspace();
      const { Session } = gas(ws);
      expect(Session.getActiveUser().getEmail()).toBe(ws.user);
      expect(Session.getEffectiveUser().getEmail()).toBe(ws.user);
    },
  );

  documented(
    `${GAS}base/session#getEffectiveUser()`,
    'in a run by another user of the spreadsheet (an editor) both are that user, not the owner',
    () => {
      const ws = workspace();
      const { Session } = gas(ws);
      ws.runAs = 'editor@edu.ektu.kz';
      expect(Session.getActiveUser().getEmail()).toBe('editor@edu.ektu.kz');
      expect(Session.getEffectiveUser().getEmail()).toBe('editor@edu.ektu.kz');
    },
  );

  documented(`${GAS}base/session#getActiveUserLocale()`, 'the user’s locale is a language code such as kk', () => {
    expect(gas(workspace()).Session.getActiveUserLocale()).toMatch(/^[a-z]{2}(_[A-Z]{2})?$/);
  });

  documented(
    `${GAS}base/session#getTemporaryActiveUserKey()`,
    'getTemporaryActiveUserKey is a non-empty key for the active user',
    () => {
      expect(gas(workspace()).Session.getTemporaryActiveUserKey()).not.toBe('');
    },
  );
});

describe('Utilities', () => {
  documented(`${GAS}utilities/utilities#sleep(Integer)`, 'sleep waits the given milliseconds', () => {
    const ws = workspace();
    const before = ws.clock.now();
    gas(ws).Utilities.sleep(1500);
    expect(ws.clock.now() - before).toBe(1500);
  });

  documented(`${GAS}utilities/utilities#getUuid()`, 'getUuid gives a new UUID string each time', () => {
    const { Utilities } = gas(workspace());
    const a = Utilities.getUuid();
    const b = Utilities.getUuid();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(a).not.toBe(b);
  });
});

describe('LockService', () => {
  documented(
    `${GAS}lock/lock-service#getUserLock()`,
    'getUserLock gives a lock the current user can take and release',
    () => {
      const lock = gas(workspace()).LockService.getUserLock();
      expect(lock.tryLock(1000)).toBe(true);
      expect(lock.hasLock()).toBe(true);
      lock.releaseLock();
      expect(lock.hasLock()).toBe(false);
    },
  );
});
