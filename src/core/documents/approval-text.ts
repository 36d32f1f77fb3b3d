/**
 * Where a draft stands in its Drive approval (the lawyer, the vice-rector …), in words for the register and the item
 * card: the file's latest approval (Drive API approvals.list), its status and each reviewer's answer. One function for
 * both views, from what Drive answered; neither reads the other's cell.
 */
import { translator, type Lang, type Text } from '../i18n/lang';

export interface ApprovalJson {
  createTime?: string;
  modifyTime?: string;
  completeTime?: string;
  status?: string;
  reviewerResponses?: Array<{ reviewer?: { displayName?: string; emailAddress?: string }; response?: string }>;
}

const WORDS = {
  IN_PROGRESS: { kk: 'келісуде', ru: 'на согласовании', en: 'in approval' },
  APPROVED: { kk: 'келісілді', ru: 'согласовано', en: 'approved' },
  DECLINED: { kk: 'қабылданбады', ru: 'отклонено', en: 'declined' },
  CANCELLED: { kk: 'келісу тоқтатылды', ru: 'согласование отменено', en: 'approval cancelled' },
  NO_RESPONSE: { kk: 'жауап жоқ', ru: 'нет ответа', en: 'no answer yet' },
  ANSWER_APPROVED: { kk: 'келісті', ru: 'согласовал(а)', en: 'approved' },
  ANSWER_DECLINED: { kk: 'келіспеді', ru: 'отклонил(а)', en: 'declined' },
  none: { kk: '', ru: '', en: '' },
} satisfies Record<string, Text>;

const w = translator(WORDS);

/** "келісуде: lawyer — келісті, prorector — жауап жоқ" / "келісілді 02.03.2026: …"; '' when no approval was started. */
export function approvalSummary(items: readonly ApprovalJson[] | undefined, lang: Lang): string {
  const latest = [...(items ?? [])].sort((a, b) => (a.createTime ?? '').localeCompare(b.createTime ?? '')).pop();
  if (!latest?.status || !(latest.status in WORDS)) return '';
  const status = w(lang, latest.status as keyof typeof WORDS);
  const when = latest.completeTime
    ? ` ${latest.completeTime.slice(0, 10).replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3.$2.$1')}`
    : '';
  const answers = (latest.reviewerResponses ?? []).map((r) => {
    const who = r.reviewer?.displayName || r.reviewer?.emailAddress || '?';
    const answer =
      r.response === 'APPROVED' ? 'ANSWER_APPROVED' : r.response === 'DECLINED' ? 'ANSWER_DECLINED' : 'NO_RESPONSE';
    return `${who} — ${w(lang, answer)}`;
  });
  return `${status}${when}${answers.length ? `: ${answers.join(', ')}` : ''}`;
}
