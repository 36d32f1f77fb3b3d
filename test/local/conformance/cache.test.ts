import { documented, gas, GAS, workspace } from './reference';

const CACHE = `${GAS}cache/cache`;
const SERVICE = `${GAS}cache/cache-service`;

describe('CacheService', () => {
  documented(`${CACHE}#get(String)`, 'get gives the cached value, or null when none is found', () => {
    const cache = gas(workspace()).CacheService.getUserCache()!;
    expect(cache.get('jospar.progress')).toBeNull();
    cache.put('jospar.progress', '{"done":3}');
    expect(cache.get('jospar.progress')).toBe('{"done":3}');
  });

  documented(
    `${CACHE}#put(String,String,Integer)`,
    'a value put with an expiration time (in seconds) is gone once that time has passed',
    () => {
      const ws = workspace();
      const cache = gas(ws).CacheService.getUserCache()!;
      cache.put('k', 'v', 600);
      ws.clock.advance(599_000);
      expect(cache.get('k')).toBe('v');
      ws.clock.advance(1_000);
      expect(cache.get('k')).toBeNull();
    },
  );

  documented(`${CACHE}#remove(String)`, 'remove takes the entry out of the cache', () => {
    const cache = gas(workspace()).CacheService.getUserCache()!;
    cache.put('k', 'v');
    cache.remove('k');
    expect(cache.get('k')).toBeNull();
  });

  documented(
    `${SERVICE}#getUserCache()`,
    'the user cache is the current user’s own: what it holds is not in the script or document cache',
    () => {
      const { CacheService } = gas(workspace());
      CacheService.getUserCache()!.put('k', 'user');
      expect(CacheService.getScriptCache().get('k')).toBeNull();
      expect(CacheService.getDocumentCache()!.get('k')).toBeNull();
    },
  );

  documented(`${CACHE}#put(String,String)`, 'a key is at most 250 characters', () => {
    const cache = gas(workspace()).CacheService.getUserCache()!;
    cache.put('k'.repeat(250), 'v');
    expect(cache.get('k'.repeat(250))).toBe('v');
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow();
  });
});
