import type { VirtualClock } from './clock';
import type { Emulates } from './conforms';
import type { Emulated } from './counter';

const MAX_VALUE = 100 * 1024;
const DEFAULT_TTL_S = 600;
const MAX_TTL_S = 21600;

export class LocalCache
  implements
    Emulated,
    Emulates<GoogleAppsScript.Cache.Cache, 'get' | 'getAll' | 'put' | 'putAll' | 'remove' | 'removeAll'>
{
  readonly gasClass = 'Cache';
  readonly gasService = 'cache' as const;
  constructor(
    private readonly data: Map<string, { value: string; expires: number }>,
    private readonly clock: VirtualClock,
  ) {}
  get(key: string): string | null {
    const e = this.data.get(key);
    if (!e || e.expires <= this.clock.now()) {
      this.data.delete(key);
      return null;
    }
    return e.value;
  }
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this.get(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }
  put(key: string, value: string, ttlSeconds = DEFAULT_TTL_S): void {
    if (key.length > 250) throw new Error('Argument too large: key');
    if (Buffer.byteLength(String(value)) > MAX_VALUE) throw new Error('Argument too large: value');
    this.data.set(key, { value: String(value), expires: this.clock.now() + Math.min(ttlSeconds, MAX_TTL_S) * 1000 });
  }
  putAll(values: Record<string, string>, ttlSeconds?: number): void {
    for (const [k, v] of Object.entries(values)) this.put(k, v, ttlSeconds);
  }
  remove(key: string): void {
    this.data.delete(key);
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this.data.delete(k);
  }
}

export class LocalCacheService
  implements
    Emulated,
    Emulates<GoogleAppsScript.Cache.CacheService, 'getScriptCache' | 'getDocumentCache' | 'getUserCache'>
{
  readonly gasClass = 'CacheService';
  readonly gasService = 'cache' as const;
  /** `userCache` is asked each time: a user cache belongs to whoever runs the call. */
  constructor(
    private readonly caches: Record<'script' | 'document', Map<string, { value: string; expires: number }>>,
    private readonly userCache: () => Map<string, { value: string; expires: number }>,
    private readonly clock: VirtualClock,
  ) {}
  getScriptCache(): LocalCache {
    return new LocalCache(this.caches.script, this.clock);
  }
  getDocumentCache(): LocalCache {
    return new LocalCache(this.caches.document, this.clock);
  }
  getUserCache(): LocalCache {
    return new LocalCache(this.userCache(), this.clock);
  }
}
