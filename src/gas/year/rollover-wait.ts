/**
 * Calendar sync and the reminder mail wait while a New academic year is half done (its note in document properties,
 * new-year.ts): until the rollover's last step the Plan, the register and the calendar's records may be last year's,
 * the new year's or a mix, and an event or a reminder made from them would be wrong. The run does nothing, and says so
 * and how to finish the move: to whoever asked, in the run's result, and in the Log (from the schedule, which tries
 * again every hour, once a day per job).
 */
import type { Lang } from '../../core/i18n/lang';
import { ty } from '../../core/i18n/year-messages';
import { rememberedLang, tellUser, todayIn } from '../context';
import { appendLog } from '../log';
import { pendingRollover } from './new-year';

/** Document property: the day the schedule last logged that a job waits for the rollover (`…rolloverWait.mail`). */
const LOGGED = 'jospar.rolloverWait.';

/**
 * Null when no rollover is under way; else the message (already said) why `job` does not run. `job` is the job's
 * Log action code ('calendar', 'mail'); `name` its name as people know it (the menu item) in the remembered language.
 */
export function waitForRollover(
  job: string,
  name: (lang: Lang) => string,
  options: { interactive: boolean; fromTrigger: boolean },
): string | null {
  const pending = pendingRollover();
  if (!pending) return null;
  const lang = rememberedLang();
  const message = ty(lang, 'newYearUnfinished', { to: pending.to, job: name(lang) });
  if (options.interactive) tellUser(name(lang), message);
  const ss = SpreadsheetApp.getActive();
  const tz = ss.getSpreadsheetTimeZone();
  const props = PropertiesService.getDocumentProperties();
  const today = todayIn(tz);
  if (!options.fromTrigger || props.getProperty(LOGGED + job) !== today) {
    appendLog(ss, [{ action: job, result: message }], tz);
    if (options.fromTrigger) props.setProperty(LOGGED + job, today);
  }
  return message;
}
