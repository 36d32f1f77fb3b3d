import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';
import type { Evaluation } from './evaluate';

/** The Plan system columns that come from a row's evaluation, as cell values. */
export function evaluatedColumns(
  ev: Evaluation,
  lang: Lang,
): { nextDue: string; dueCount: number; onDemand: string; owners: string; warnings: string } {
  return {
    nextDue: ev.nextDue,
    dueCount: ev.dueCount,
    onDemand: ev.onDemand ? t(lang, 'yes') : '',
    owners: ev.owners.join(', '),
    warnings: ev.warnings.join('; '),
  };
}
