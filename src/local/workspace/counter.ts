/**
 * Counts every call the add-on makes into the emulated services, per "Class.method", and injects faults.
 *
 * Emulated objects are handed to the add-on wrapped in a Proxy: a call through the proxy is counted (internal calls
 * between emulated objects are not, just as Apps Script bills only the script's own calls), and whatever it returns
 * that
 * is itself an emulated object comes back wrapped too, one proxy per object, so identity is kept.
 */
export type ServiceName =
  | 'sheets'
  | 'calendar'
  | 'docs'
  | 'mail'
  | 'drive'
  | 'properties'
  | 'lock'
  | 'cache'
  | 'script'
  | 'ui'
  | 'utilities'
  | 'session'
  | 'xml';

export interface Emulated {
  readonly gasClass: string;
  readonly gasService: ServiceName;
}

export interface FaultSpec {
  service: ServiceName;
  n: number;
  mode: 'cut' | 'throw';
  /**
   * Which refusal a 'throw' is, for a service that answers several (the Calendar API's guides/errors: a rate limit,
   * a user rate limit, 429, the daily usage limit; Drive's storageQuotaExceeded); absent, the service's rate limit.
   */
  answer?: string;
}

/** Thrown when an injected fault cuts the run off: the emulation of Apps Script stopping a script at its time limit. */
export class CutOff extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CutOff';
  }
}

const UNWRAP = Symbol('unwrap');

export class CallCounter {
  readonly counts = new Map<string, number>();
  readonly writes = new Map<ServiceName, number>();
  /** Value reads and writes per sheet ("read:Жоспар" → n), for "each sheet read once, written at most once". */
  readonly perSheet = new Map<string, number>();
  private readonly proxies = new WeakMap<object, object>();
  halted: CutOff | null = null;
  /** Called on every counted call with its "Class.method" (the Workspace advances its virtual clock here). */
  onCall: ((key: string) => void) | null = null;
  /** Makes a Date of the add-on's realm (set when the add-on is loaded): Apps Script hands a script its own Dates. */
  toRealm: ((ms: number) => Date) | null = null;
  /**
   * CPU milliseconds spent inside the emulated services' methods while `timeServices` is on (the bench turns it on):
   * what Google's servers would spend, which the bench takes out of the process's CPU to get the script's own.
   */
  timeServices = false;
  serviceMs = 0;
  private depth = 0;
  constructor(public faults: FaultSpec[] = []) {}

  count(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  total(prefix = ''): number {
    let n = 0;
    for (const [k, v] of this.counts) if (k.startsWith(prefix)) n += v;
    return n;
  }

  byService(): Record<string, Record<string, number>> {
    const out: Record<string, Record<string, number>> = {};
    for (const [k, v] of [...this.counts].sort()) {
      const [cls, method] = k.split('.');
      (out[cls] ??= {})[method] = v;
    }
    return out;
  }

  reset(): void {
    this.counts.clear();
    this.writes.clear();
    this.perSheet.clear();
  }

  sheetIo(kind: 'read' | 'write', sheet: string): void {
    const k = `${kind}:${sheet}`;
    this.perSheet.set(k, (this.perSheet.get(k) ?? 0) + 1);
  }

  /**
   * Called by an emulated method that changes state, around the change: a 'throw' fault fails the call before it takes
   * effect; a 'cut' fault lets it take effect and then stops the run before the script sees the result. A service
   * whose rate-limit error has its own shape (an advanced service's GoogleJsonResponseException) gives `rateLimit`.
   */
  write<T>(
    service: ServiceName,
    what: string,
    apply: () => T,
    rateLimit?: (what: string, answer?: string) => Error,
  ): T {
    if (this.halted) throw this.halted;
    const n = (this.writes.get(service) ?? 0) + 1;
    const fault = this.faults.find((f) => f.service === service && f.n === n);
    if (fault?.mode === 'throw') {
      this.writes.set(service, n);
      if (rateLimit) throw rateLimit(what, fault.answer);
      throw new Error(
        `Service invoked too many times in a short time: ${service} ${what}. Try Utilities.sleep(1000) between calls.`,
      );
    }
    const result = apply();
    this.writes.set(service, n);
    if (fault?.mode === 'cut') {
      this.halted = new CutOff(`cut off after ${service} write #${n} (${what})`);
      throw this.halted;
    }
    return result;
  }

  track<T extends object>(obj: T): T {
    if (!isEmulated(obj)) return obj;
    const known = this.proxies.get(obj);
    if (known) return known as T;
    // The proxy's handler needs the counter beside the wrapped method's own `this`.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const counter = this;
    const proxy = new Proxy(obj, {
      get(target, prop, receiver) {
        if (prop === UNWRAP) return target;
        const value = Reflect.get(target, prop, receiver);
        if (typeof value !== 'function' || typeof prop !== 'string' || prop === 'constructor' || prop.startsWith('_'))
          return value;
        return function (this: unknown, ...args: unknown[]) {
          if (counter.halted) throw counter.halted;
          const key = `${target.gasClass}.${prop}`;
          counter.count(key);
          counter.onCall?.(key);
          // Only the outermost call is timed: an emulated method calling another would count twice.
          const outer = counter.depth++ === 0 && counter.timeServices;
          // CPU time, not wall time: on a busy machine the wall clock inside a call counts other processes' turns too.
          const t0 = outer ? cpuMs() : 0;
          try {
            const result = value.apply(
              target,
              args.map((a) => unwrap(a)),
            );
            return wrapResult(counter, result);
          } finally {
            counter.depth--;
            if (outer) counter.serviceMs += cpuMs() - t0;
          }
        };
      },
    });
    this.proxies.set(obj, proxy);
    return proxy;
  }
}

/** This process's CPU time so far, in milliseconds. */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function unwrap(value: unknown): unknown {
  return value && typeof value === 'object' && (value as Record<symbol, unknown>)[UNWRAP]
    ? (value as Record<symbol, unknown>)[UNWRAP]
    : value;
}

/** Emulated objects come back wrapped; Dates (also in arrays, as getValues gives them) as the script realm's. */
function wrapResult(counter: CallCounter, result: unknown): unknown {
  if (Array.isArray(result)) return result.map((r) => wrapResult(counter, r));
  if (counter.toRealm && Object.prototype.toString.call(result) === '[object Date]')
    return counter.toRealm((result as Date).getTime());
  return isEmulated(result) ? counter.track(result) : result;
}

function isEmulated(value: unknown): value is Emulated & object {
  return !!value && typeof value === 'object' && typeof (value as Emulated).gasClass === 'string';
}

export function parseFault(text: string): FaultSpec {
  const m = /^(sheets|calendar|docs|mail|drive):(\d+)(?::(throw|cut))?(?::(\w+))?$/.exec(text.trim());
  if (!m || Number(m[2]) < 1 || (m[4] && m[3] !== 'throw'))
    throw new Error(
      '--fault takes SERVICE:N, SERVICE:N:throw or SERVICE:N:throw:ANSWER (SERVICE: sheets, calendar, docs, mail, ' +
        `drive; ANSWER: calendar's rateLimitExceeded, userRateLimitExceeded, tooManyRequests, quotaExceeded), not "${text}"`,
    );
  return {
    service: m[1] as ServiceName,
    n: Number(m[2]),
    mode: (m[3] as 'throw' | 'cut' | undefined) ?? 'cut',
    ...(m[4] ? { answer: m[4] } : {}),
  };
}
