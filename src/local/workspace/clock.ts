/**
 * Virtual time: the emulated services and the add-on's `new Date()` read it, so runs are repeatable and time limits
 * testable without waiting. It is also the clock `jospar admin`'s pacing sleeps on in tests and the bench
 * (src/local/admin/pace.ts `Clock`): a sleep moves it at once, and `slept` adds up how long was waited.
 */
export class VirtualClock {
  slept = 0;
  constructor(public nowMs: number = Date.now()) {}
  now(): number {
    return this.nowMs;
  }
  advance(ms: number): void {
    this.nowMs += Math.max(0, ms);
  }
  async sleep(ms: number): Promise<void> {
    this.advance(ms);
    this.slept += Math.max(0, ms);
  }
}
