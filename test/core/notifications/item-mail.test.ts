import { mailAboutItem, mailLine, ruleText } from '../../../src/core/notifications/item-mail';
import { historyRow, MAIL_RESULT_WORDS } from '../../../src/core/notifications/notifications-log';
import { wordFor } from '../../../src/core/i18n/words';
import { NOTIFICATIONS_SHEET } from '../../../src/core/sheets/layout';

const HEADER = NOTIFICATIONS_SHEET.columns.map((c) => c.header.kk);
const row = (values: Record<string, string>) => NOTIFICATIONS_SHEET.columns.map((c) => values[c.key] ?? '');

describe('mail about one item', () => {
  it('reads each key naming the item, newest first, with its due date, rule and result', () => {
    const rows = [
      historyRow(
        {
          id: 'm1',
          time: '2025-10-01',
          recipient: 'a@edu.ektu.kz',
          subject: 's',
          keys: ['1.05#2025-10-03#before-2', '2.01#2025-10-03#before-2'],
          result: 'sent',
        },
        'kk',
      ), // written as words of the Settings language, read back as codes
      historyRow(
        {
          id: 'm2',
          time: '2025-10-06',
          recipient: 'b@edu.ektu.kz',
          subject: 's',
          keys: ['1.050#2025-10-06#today', '1.05#2025-10-03#overdue-0'],
          result: 'failed',
          error: 'quota',
        },
        'ru',
      ),
    ].map(row);
    expect(mailAboutItem(HEADER, rows, '1.05')).toEqual([
      { time: '2025-10-06', recipient: 'b@edu.ektu.kz', due: '2025-10-03', rule: 'overdue-0', result: 'failed' },
      { time: '2025-10-01', recipient: 'a@edu.ektu.kz', due: '2025-10-03', rule: 'before-2', result: 'sent' },
    ]);
    expect(mailAboutItem(HEADER, rows, '2.01')).toHaveLength(1);
    expect(mailAboutItem(HEADER, rows, '3.01')).toEqual([]);
  });

  it('finds the columns by their headers in any language and order', () => {
    const columns = [...NOTIFICATIONS_SHEET.columns].reverse();
    const header = columns.map((c) => c.header.en);
    const values = { time: '2025-10-01', recipient: 'a@x', keys: '1.05#2025-10-03#today', result: 'sent' };
    const rows = [columns.map((c) => (values as Record<string, string>)[c.key] ?? '')];
    expect(mailAboutItem(header, rows, '1.05')).toEqual([
      { time: '2025-10-01', recipient: 'a@x', due: '2025-10-03', rule: 'today', result: 'sent' },
    ]);
  });

  it('says why each message went and whether it went, in the reader’s language, with dotted dates', () => {
    const m = { time: '2025-10-01', recipient: 'a@x', due: '2025-10-03', rule: 'before-2', result: 'sent' };
    expect(mailLine(m, 'kk')).toBe('01.10.2025 · a@x · 2 күн бұрын (03.10.2025) · жіберілді');
    expect(mailLine({ ...m, result: 'failed' }, 'ru')).toBe('01.10.2025 · a@x · за 2 дн. (03.10.2025) · не отправлено');
    // Every result Jospar writes is a word of the reader's language, never its code.
    for (const { code } of MAIL_RESULT_WORDS)
      for (const lang of ['kk', 'ru', 'en'] as const) {
        const line = mailLine({ ...m, rule: 'done-mail', result: code }, lang);
        expect(line.split(' · ').pop()).toBe(wordFor(MAIL_RESULT_WORDS, code, lang));
        if (lang !== 'en') expect(line).not.toMatch(/[a-z]{4,}$/);
      }
    expect(mailLine({ ...m, rule: 'done-card', due: '', result: 'submitted' }, 'ru')).toBe(
      '01.10.2025 · a@x · сообщено о выполнении · отправлено на проверку',
    );
    expect(['today', 'overdue-0', 'escalate-1', 'manual-2025-10-10', 'odd'].map((r) => ruleText(r, 'en'))).toEqual([
      'on the day',
      'overdue',
      'escalated',
      'reminded by hand',
      'odd',
    ]);
  });
});
