/**
 * google.script.run as promises. Every server function answers a Reply; a transport failure (the failure handler)
 * becomes one too, so the page has one way to show an error.
 */
import type { Lang } from '../core/i18n/lang';
import { st } from '../core/i18n/sidebar-messages';

export type Reply<T> = { ok: true; value: T; lang: Lang } | { ok: false; error: string; code: string; lang: Lang };

interface Runner {
  withSuccessHandler(f: (value: unknown) => void): Runner;
  withFailureHandler(f: (error: Error) => void): Runner;
  [fn: string]: unknown;
}

declare const google: { script: { run: Runner } };

export function call<T>(lang: Lang, fn: string, ...args: unknown[]): Promise<Reply<T>> {
  return new Promise((resolve) => {
    const fail = (e: Error | string) =>
      resolve({
        ok: false,
        code: 'eServer',
        error: st(lang, 'eServer', { message: String((e as Error)?.message ?? e) }),
        lang,
      });
    try {
      const runner = google.script.run
        .withSuccessHandler((v) =>
          v && typeof v === 'object' && 'ok' in v ? resolve(v as Reply<T>) : fail('no answer'),
        )
        .withFailureHandler(fail);
      (runner[fn] as (...a: unknown[]) => void)(...args);
    } catch (e) {
      fail(e as Error);
    }
  });
}
