/**
 * The Overview sheet (Шолу) as cells: a title, the per-unit table the chart draws, then the overdue items, the next
 * 14 days, the items with warnings and the role-level warnings (once each). Jospar owns this sheet and rewrites it
 * whole. Dates are shown as people write them (dd.MM.yyyy).
 */
import type { Lang, Text } from '../i18n/lang';
import { st } from '../i18n/sidebar-messages';
import { STATUS_LABELS, STATUSES } from '../sheets/status';
import { asCellText } from '../text/cell-text';
import { dottedDate } from '../text/dotted-date';
import type { ListedItem, Overview } from './overview';

export const OVERVIEW_NAME: Text = { kk: 'Шолу', ru: 'Обзор', en: 'Overview' };

/** Where the per-unit table sits: its header row (1-based), first column, and width (unit + statuses). */
export const UNIT_TABLE = { headerRow: 3, column: 1, chartColumns: 1 + STATUSES.length };

export const OVERVIEW_COLUMNS = 9;

export function overviewCells(ov: Overview, lang: Lang): Array<Array<string | number>> {
  // Text stays text (an id "1.10" is not the number 1.1, a date is not reformatted, "=" starts no formula).
  const pad = (r: Array<string | number>) =>
    [...r, ...Array(OVERVIEW_COLUMNS - r.length).fill('')]
      .slice(0, OVERVIEW_COLUMNS)
      .map((v) => (typeof v === 'string' ? asCellText(v) : v));
  const rows: Array<Array<string | number>> = [
    pad([st(lang, 'overviewAsOf', { date: dottedDate(ov.today) })]),
    pad([]),
    pad([st(lang, 'unit'), ...STATUSES.map((s) => STATUS_LABELS[s][lang]), st(lang, 'total'), st(lang, 'percentDone')]),
  ];
  for (const u of ov.units) rows.push(pad([u.unit, ...STATUSES.map((s) => u.counts[s]), u.total, u.percentDone]));
  const list = (title: string, items: ListedItem[], lastHeader: string, last: (i: ListedItem) => string | number) => {
    rows.push(pad([]), pad([`${title} (${items.length})`]));
    rows.push(pad(['ID', st(lang, 'activity'), st(lang, 'nextDue'), st(lang, 'status'), lastHeader]));
    if (items.length === 0) rows.push(pad([st(lang, 'nothing')]));
    for (const i of items)
      rows.push(pad([i.id, i.activity, dottedDate(i.nextDue), STATUS_LABELS[i.status][lang], last(i)]));
  };
  list(st(lang, 'overdue'), ov.overdue, st(lang, 'daysLateHeader'), (i) => i.daysLate);
  list(st(lang, 'next14'), ov.next14, '', () => '');
  list(st(lang, 'withWarnings'), ov.withWarnings, '', (i) => i.warnings);
  rows.push(pad([]), pad([`${st(lang, 'roleWarnings')} (${ov.roleWarnings.length})`]));
  if (ov.roleWarnings.length === 0) rows.push(pad([st(lang, 'nothing')]));
  for (const w of ov.roleWarnings) rows.push(pad([w]));
  return rows;
}
