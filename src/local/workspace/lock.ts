import type { VirtualClock } from './clock';
import type { Emulates } from './conforms';
import type { Emulated } from './counter';

/** Who holds a lock taken by the execution now running (others are marked by Workspace.holdLock). */
export const THIS_RUN = 'this run';

/**
 * LockService. A run here is one thread, so another run holding the lock is simulated: a test marks a lock as held by
 * someone else (Workspace.holdLock) and the add-on's tryLock/waitLock then behave as they would while it is held.
 *
 * Each project has its own map of held locks (a lock is "scoped to the script"), keyed by what else scopes it, as
 * Google's reference (https://developers.google.com/apps-script/reference/lock/lock-service) says: the script lock by
 * nothing else (any user), the document lock by the document, the user lock by the user ("can be executed at the same
 * time by different users, but by no more than one execution for any given user").
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

export type LockScope = 'script' | 'document' | 'user';

/** The key of a lock in a project's map of held locks: `of` is the user's email, the document's id, or nothing. */
export function lockKey(scope: LockScope, of = ''): string {
  return scope === 'script' ? 'script' : `${scope}:${scope === 'user' ? of.toLowerCase() : of}`;
}

export class LocalLockService
  implements Emulated, Emulates<GoogleAppsScript.Lock.LockService, 'getScriptLock' | 'getDocumentLock' | 'getUserLock'>
{
  readonly gasClass = 'LockService';
  readonly gasService = 'lock' as const;
  constructor(
    private readonly held: Map<string, string>,
    private readonly clock: VirtualClock,
    /** The user the script runs as now (a lock taken holds for the user it was got for). */
    private readonly user: () => string,
    /**
     * The containing document's id; null for a script running in none (the cards' project in Calendar or Gmail, a web
     * app), where getDocumentLock "returns null"
     * (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()). Asked per call.
     */
    private readonly document: () => string | null = () => null,
  ) {}
  getScriptLock(): LocalLock {
    return new LocalLock(lockKey('script'), this.held, this.clock);
  }
  getDocumentLock(): LocalLock {
    const document = this.document();
    // Google's reference: null outside a containing document (a standalone script or a web app).
    return (
      document === null ? null : new LocalLock(lockKey('document', document), this.held, this.clock)
    ) as LocalLock;
  }
  getUserLock(): LocalLock {
    return new LocalLock(lockKey('user', this.user()), this.held, this.clock);
  }
}
