/** Virtual time: the emulated services and the add-on's `new Date()` read it, so runs are repeatable and time limits
 * testable without waiting. */
export class VirtualClock {
  constructor(public nowMs: number = Date.now()) {}
  now(): number {
    return this.nowMs;
  }
  advance(ms: number): void {
    this.nowMs += Math.max(0, ms);
  }
}
