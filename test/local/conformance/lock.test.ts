import { loadAddOn } from '../../../src/local/run-addon';
import { documented, gas, GAS, workspace } from './reference';

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
});
