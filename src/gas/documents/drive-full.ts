/**
 * A full Drive (Drive's 403 storageQuotaExceeded: `isStorageFull` in src/gas/retry.ts, never retried) stops a step
 * that makes files at once: every further file would be refused the same way, and no wait frees space. Generate
 * documents and Create default templates both stop on it here, and say so in the same words on the row that met it
 * (a Plan row's Document cell, a Templates row's check cell).
 */
import { t } from '../../core/i18n/messages';
import type { Lang } from '../../core/i18n/lang';
import { isStorageFull } from '../retry';

/** What a row says of the file a full Drive refused it. */
export function driveFullCell(lang: Lang): string {
  return t(lang, 'docFailed', { message: t(lang, 'driveFull') });
}

/**
 * Runs `make` until Drive answers that it is full: true if it did (what `make` did before stays done), false if
 * `make` ran through. Any other error is thrown as it came.
 */
export function stoppedByFullDrive(make: () => void): boolean {
  try {
    make();
    return false;
  } catch (e) {
    if (isStorageFull(e)) return true;
    throw e;
  }
}
