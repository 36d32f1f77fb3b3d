/**
 * A unit's short label for the Plan sheet: its number and abbreviation ("1. ОПҰжМБ"), so that the unit does not fill
 * the first screen on every row. The abbreviation is the one the title gives in brackets, or the initials of its
 * words, conjunctions in lower case, the way the plan itself abbreviates ("Оқу процесін ұйымдастыру және
 * мониторингілеу бөлімі" → ОПҰжМБ).
 */
import type { PlanItem } from './types';

const CONJUNCTIONS = new Set(['және', 'мен', 'пен', 'бен', 'и', 'and', 'of', 'для', 'по']);

export function unitAbbreviation(title: string): string {
  const bracket = /\(([^()]{2,12})\)\s*$/.exec(title);
  if (bracket) return bracket[1].trim();
  const words = title.split(/\s+/).filter(Boolean);
  if (words.length < 2) return title.trim();
  return words.map((w) => (CONJUNCTIONS.has(w.toLowerCase()) ? w[0].toLowerCase() : w[0].toUpperCase())).join('');
}

export function unitLabel(item: Pick<PlanItem, 'section' | 'sectionTitle'>): string {
  return `${item.section}. ${unitAbbreviation(item.sectionTitle)}`;
}

/** A Unit cell as a document names it: a short label of the plan's own units becomes the unit's full title. */
export function unitTitle(cell: string, sections: ReadonlyArray<{ no: number; title: string }>): string {
  const m = /^\s*(\d{1,2})\.?\s*(.*)$/.exec(cell);
  const s = m ? sections.find((x) => x.no === Number(m[1])) : undefined;
  if (!s || !m) return cell;
  const rest = m[2].trim();
  return !rest || rest === unitAbbreviation(s.title) || rest === s.title ? s.title : cell;
}
