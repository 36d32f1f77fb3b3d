/**
 * How Jospar reads a deadline, computed in the page by the same engine the server uses (bundled from core), so the
 * reading follows every keystroke with no server call.
 */
import { parseDeadline } from '../core/deadline/engine';
import { formatLongDate } from '../core/deadline/format';
import type { DeadlineIssue, Schedule } from '../core/deadline/types';
import type { Lang } from '../core/i18n/lang';
import { deadlineIssueText } from '../core/i18n/deadline-issue-text';
import { st } from '../core/i18n/sidebar-messages';
import type { ReadingContext } from '../core/sidebar/view';
import { h } from './dom';

const SHOWN_DATES = 6;

export function readDeadline(text: string, links: string[], ctx: ReadingContext): Schedule {
  return parseDeadline(text, {
    year: ctx.year,
    calendar: ctx.calendar,
    links,
    daysOff: new Set(ctx.daysOff),
    policy: ctx.policy,
    conventions: ctx.conventions,
  });
}

export function issueText(lang: Lang, issue: DeadlineIssue): string {
  return deadlineIssueText(lang, issue);
}

/** The text as written, with the parts Jospar did not understand marked. */
export function markedText(text: string, issues: DeadlineIssue[], lang: Lang): HTMLElement {
  const spans = issues.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const out = h('span', { class: 'as-written' });
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    out.append(text.slice(at, s.start));
    out.append(h('mark', { title: issueText(lang, s) }, text.slice(s.start, s.end)));
    at = s.end;
  }
  out.append(text.slice(at));
  return out;
}

export function readingView(schedule: Schedule, lang: Lang, today: string): HTMLElement {
  const dates = schedule.dueWorking;
  const next = dates.find((d) => d >= today);
  const issues = [...schedule.errors, ...schedule.warnings];
  return h(
    'div',
    { class: 'reading' },
    dates.length
      ? h(
          'div',
          {},
          h('span', { class: 'label' }, `${st(lang, 'dueDates')} (${dates.length}): `),
          h(
            'ul',
            { class: 'dates' },
            ...dates
              .slice(0, SHOWN_DATES)
              .map((d) => h('li', { class: d === next ? 'next' : d < today ? 'past' : '' }, formatLongDate(d, lang))),
            dates.length > SHOWN_DATES
              ? h('li', { class: 'more' }, st(lang, 'more', { n: dates.length - SHOWN_DATES }))
              : null,
          ),
        )
      : h('div', { class: 'muted' }, schedule.onDemand ? st(lang, 'onDemand') : st(lang, 'noDates')),
    schedule.windows.length
      ? h(
          'div',
          {},
          h('span', { class: 'label' }, `${st(lang, 'windows')}: `),
          schedule.windows
            .slice(0, 3)
            .map((w) => `${formatLongDate(w.start, lang)} – ${formatLongDate(w.end, lang)}`)
            .join('; ') + (schedule.windows.length > 3 ? ' …' : ''),
        )
      : null,
    issues.length
      ? h('ul', { class: 'issues' }, ...issues.map((i) => h('li', { class: 'warning' }, issueText(lang, i))))
      : null,
  );
}
