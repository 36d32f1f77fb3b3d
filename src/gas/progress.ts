/**
 * How far a long action has got. The job notes "done of total" in the user's cache as it goes, and the sidebar asks
 * for it while it waits: google.script.run is asynchronous, so a second server call runs beside the first and is
 * answered during the action. Run from the menu (interactive), the same note shows as a toast in the spreadsheet.
 * Notes are at most one every two seconds, so a sync of thousands of events costs a handful of cache writes.
 */
import { st } from '../core/i18n/sidebar-messages';
import type { Lang } from '../core/i18n/lang';
import type { ProgressNote } from '../core/sidebar/view';

export type ProgressJob = ProgressNote['job'];

const KEY = 'jospar.progress';
const EVERY_MS = 2000;
/** A note outlives a stuck action by no more than this (the sidebar then stops showing it). */
const TTL_S = 600;

export interface Progress {
  /** `done` items of the total are finished. */
  step(done: number): void;
  /** The action ended (however): the note goes, so the next action starts from nothing. */
  end(): void;
}

const NONE: Progress = { step: () => undefined, end: () => undefined };

export function startProgress(job: ProgressJob, total: number, toast: { lang: Lang } | null = null): Progress {
  if (total <= 0) return NONE;
  let last = 0;
  const note = (done: number) => {
    last = Date.now();
    try {
      CacheService.getUserCache().put(KEY, JSON.stringify({ job, done, total }), TTL_S);
      if (toast)
        SpreadsheetApp.getActive().toast(st(toast.lang, 'progressToast', { done, total }), st(toast.lang, 'title'), 5);
    } catch {
      // Progress is a courtesy: a cache or toast failure never stops the action.
    }
  };
  note(0);
  return {
    step(done: number) {
      if (Date.now() - last >= EVERY_MS) note(Math.min(done, total));
    },
    end() {
      try {
        CacheService.getUserCache().remove(KEY);
      } catch {
        // As above.
      }
    },
  };
}

/** The note of the user's running action, or null. */
export function readProgress(): ProgressNote | null {
  const text = CacheService.getUserCache().get(KEY);
  if (!text) return null;
  try {
    const v = JSON.parse(text) as ProgressNote;
    return typeof v.done === 'number' && typeof v.total === 'number' && typeof v.job === 'string' ? v : null;
  } catch {
    return null;
  }
}
