/**
 * The words a person sees for a deadline warning or error, in one place: the sidebar's live reading, Set up's
 * Problems column and `jospar deadline --file` all show these.
 */
import type { DeadlineIssue } from '../deadline/types';
import type { Lang } from './lang';
import { t, type MessageId } from './messages';

export function deadlineIssueText(lang: Lang, issue: Pick<DeadlineIssue, 'code' | 'text'>): string {
  return t(lang, `d_${issue.code}` as MessageId, { text: issue.text });
}
