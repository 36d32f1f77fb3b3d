import { loadAddOn } from '../../../src/local/run-addon';
import { documented, gas, GAS, workspace, type Gas } from './reference';

describe('LockService', () => {
  documented(`${GAS}lock/lock#tryLock(Integer)`, 'tryLock gives false while another run holds the lock', () => {
    const ws = workspace();
    ws.holdLock('script');
    const lock = gas(ws).LockService.getScriptLock();
    expect(lock.tryLock(100)).toBe(false);
    expect(lock.hasLock()).toBe(false);
  });

  documented(`${GAS}lock/lock#waitLock(Integer)`, 'waitLock throws when it cannot get the lock in time', () => {
    const ws = workspace();
    ws.holdLock('document');
    expect(() => gas(ws).LockService.getDocumentLock().waitLock(1000)).toThrow(/Lock timeout/);
  });

  documented(`${GAS}lock/lock#hasLock()`, 'hasLock is true after tryLock, false after releaseLock', () => {
    const { LockService } = gas(workspace());
    const lock = LockService.getScriptLock();
    expect(lock.tryLock(100)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(LockService.getScriptLock().tryLock(100)).toBe(false);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
    expect(LockService.getScriptLock().tryLock(100)).toBe(true);
  });
});

const SERVICE = `${GAS}lock/lock-service`;
const A = 'specialist@edu.ektu.kz';
const B = 'editor@edu.ektu.kz';

describe('LockService: whom each lock keeps out', () => {
  documented(
    `${SERVICE}#getUserLock()`,
    'a user lock keeps out only its user: while one user holds theirs, another takes their own',
    () => {
      const ws = workspace();
      const { LockService } = gas(ws);
      ws.runAs = A;
      const mine = LockService.getUserLock();
      expect(mine.tryLock(100)).toBe(true);
      expect(LockService.getUserLock().tryLock(100)).toBe(false);
      ws.runAs = B;
      const theirs = LockService.getUserLock();
      expect(theirs.tryLock(100)).toBe(true);
      expect(theirs.hasLock()).toBe(true);
      // A lock is the user's it was got for, whoever runs when it is released.
      mine.releaseLock();
      expect(LockService.getUserLock().tryLock(100)).toBe(false);
      ws.runAs = A;
      expect(LockService.getUserLock().tryLock(100)).toBe(true);
    },
  );

  documented(
    `${SERVICE}#getScriptLock()`,
    'the script lock keeps out every user: while one user holds it, another cannot take it, but has their user lock',
    () => {
      const ws = workspace();
      const { LockService } = gas(ws);
      ws.runAs = A;
      expect(LockService.getScriptLock().tryLock(100)).toBe(true);
      ws.runAs = B;
      expect(LockService.getScriptLock().tryLock(100)).toBe(false);
      expect(LockService.getUserLock().tryLock(100)).toBe(true);
    },
  );

  documented(
    `${SERVICE}#getDocumentLock()`,
    'the document lock keeps out every user of the document: held by one, another cannot take it',
    () => {
      const ws = workspace();
      const { LockService } = gas(ws);
      ws.runAs = A;
      expect(LockService.getDocumentLock().tryLock(100)).toBe(true);
      ws.runAs = B;
      expect(LockService.getDocumentLock().tryLock(100)).toBe(false);
      expect(LockService.getScriptLock().tryLock(100)).toBe(true);
    },
  );

  documented(
    `${SERVICE}#getUserLock()`,
    "a user lock is scoped to the script too: a user's lock in one project leaves theirs in another free",
    () => {
      const ws = workspace();
      const cards = (ws.globals({ project: 'cards' }) as unknown as Gas).LockService;
      ws.runAs = B;
      expect(cards.getUserLock().tryLock(100)).toBe(true);
      expect(cards.getUserLock().tryLock(100)).toBe(false);
      expect(gas(ws).LockService.getUserLock().tryLock(100)).toBe(true);
    },
  );

  documented(`${SERVICE}#getUserLock()`, "another run of one user holds that user's lock, not another's", () => {
    const ws = workspace();
    ws.holdLock('user', { user: A });
    const { LockService } = gas(ws);
    ws.runAs = B;
    expect(LockService.getUserLock().tryLock(100)).toBe(true);
    ws.runAs = A;
    expect(LockService.getUserLock().tryLock(100)).toBe(false);
  });
});

describe('LockService and the end of an execution', () => {
  documented(`${GAS}lock/lock#releaseLock()`, 'a lock not released is released when the script terminates', () => {
    const ws = workspace();
    const addon = loadAddOn(
      ws,
      [
        "function forgets() { LockService.getScriptLock().waitLock(1000); return 'done'; }",
        "function fails() { LockService.getDocumentLock().waitLock(1000); throw new Error('boom'); }",
        'function probe() { return [LockService.getScriptLock().tryLock(1), LockService.getDocumentLock().tryLock(1)]; }',
      ].join('\n'),
    );
    expect(addon.forgets()).toBe('done');
    expect(() => addon.fails()).toThrow('boom');
    expect(addon.probe()).toEqual([true, true]);
  });

  documented(
    `${GAS}lock/lock#releaseLock()`,
    "in a project of no document (the cards'), a user's and the script lock not released go when the script ends",
    () => {
      const ws = workspace();
      const cards = loadAddOn(
        ws,
        [
          'function forgets() { LockService.getUserLock().waitLock(1000); LockService.getScriptLock().waitLock(1000); }',
          'function probe() { return [LockService.getUserLock().tryLock(1), LockService.getScriptLock().tryLock(1)]; }',
        ].join('\n'),
        undefined,
        'cards',
      );
      ws.runAs = B;
      cards.forgets();
      expect(cards.probe()).toEqual([true, true]);
    },
  );
});
