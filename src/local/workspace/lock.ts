import type { VirtualClock } from './clock';
import type { Emulates } from './conforms';
import type { Emulated } from './counter';

/** Who holds a lock taken by the execution now running (others are marked by Workspace.holdLock). */
export const THIS_RUN = 'this run';

/**
 * LockService. A run here is one thread, so another run holding the lock is simulated: a test marks a lock as held by
 * someone else (Workspace.holdLock) and the add-on's tryLock/waitLock then behave as they would while it is held.
 */
export class LocalLock
  implements Emulated, Emulates<GoogleAppsScript.Lock.Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'>
{
  readonly gasClass = 'Lock';
  readonly gasService = 'lock' as const;
  private mine = false;
  constructor(
    private readonly scope: string,
    private readonly held: Map<string, string>,
    private readonly clock: VirtualClock,
  ) {}
  tryLock(timeoutMs: number): boolean {
    if (this.mine) return true;
    if (this.held.has(this.scope)) {
      this.clock.advance(timeoutMs);
      return false;
    }
    this.held.set(this.scope, THIS_RUN);
    this.mine = true;
    return true;
  }
  waitLock(timeoutMs: number): void {
    if (!this.tryLock(timeoutMs)) throw new Error('Lock timeout: another process was holding the lock for too long.');
  }
  releaseLock(): void {
    if (this.mine) {
      this.held.delete(this.scope);
      this.mine = false;
    }
  }
  hasLock(): boolean {
    return this.mine;
  }
}

export class LocalLockService
  implements Emulated, Emulates<GoogleAppsScript.Lock.LockService, 'getScriptLock' | 'getDocumentLock' | 'getUserLock'>
{
  readonly gasClass = 'LockService';
  readonly gasService = 'lock' as const;
  /**
   * `inDocument`: false for a script running in no document (a Workspace add-on in Calendar or Gmail), where
   * getDocumentLock "returns null" (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()).
   */
  constructor(
    private readonly held: Map<string, string>,
    private readonly clock: VirtualClock,
    /** Whether a call runs in a containing document: never for the cards' project; asked per call (a web app: no). */
    private readonly inDocument: boolean | (() => boolean) = true,
  ) {}
  getScriptLock(): LocalLock {
    return new LocalLock('script', this.held, this.clock);
  }
  getDocumentLock(): LocalLock {
    const inDocument = typeof this.inDocument === 'function' ? this.inDocument() : this.inDocument;
    // Google's reference: null outside a containing document (a standalone script or a web app).
    return (inDocument ? new LocalLock('document', this.held, this.clock) : null) as LocalLock;
  }
  getUserLock(): LocalLock {
    return new LocalLock('user', this.held, this.clock);
  }
}
