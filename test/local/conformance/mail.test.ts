/**
 * MailApp in the local Workspace against Google's reference: the four sendEmail forms, getRemainingDailyQuota, and the
 * limits of the quotas page with the errors Apps Script throws for them; the daily quota is each user's (`runAs`).
 */
import { documented, GAS, workspace } from './reference';

const MAIL = `${GAS}mail/mail-app`;
const QUOTAS = 'https://developers.google.com/apps-script/guides/services/quotas';

function setup(quota?: number) {
  const ws = workspace();
  if (quota !== undefined) ws.mail.dailyQuota = quota;
  const MailApp = (ws.globals() as unknown as { MailApp: GoogleAppsScript.Mail.MailApp }).MailApp;
  return { ws, MailApp };
}

describe('MailApp', () => {
  documented(`${MAIL}#sendEmail(Object)`, 'sendEmail(message) takes to, subject, body, htmlBody, name, replyTo', () => {
    const { ws, MailApp } = setup();
    MailApp.sendEmail({
      to: 'a@edu.ektu.kz',
      subject: 'S',
      body: 'plain',
      htmlBody: '<b>html</b>',
      name: 'Jospar',
      replyTo: 'office@edu.ektu.kz',
    });
    expect(ws.mail.sent[0]).toMatchObject({
      to: ['a@edu.ektu.kz'],
      subject: 'S',
      body: 'plain',
      htmlBody: '<b>html</b>',
      name: 'Jospar',
      replyTo: 'office@edu.ektu.kz',
      from: ws.user,
    });
  });

  documented(`${MAIL}#sendEmail(String,String,String)`, 'sendEmail(recipient, subject, body)', () => {
    const { ws, MailApp } = setup();
    MailApp.sendEmail('a@edu.ektu.kz', 'S', 'B');
    expect(ws.mail.sent[0]).toMatchObject({ to: ['a@edu.ektu.kz'], subject: 'S', body: 'B' });
  });

  documented(
    `${MAIL}#sendEmail(String,String,String,Object)`,
    'sendEmail(recipient, subject, body, options): a comma-separated list of recipients, cc and bcc',
    () => {
      const { ws, MailApp } = setup();
      MailApp.sendEmail('a@edu.ektu.kz, b@edu.ektu.kz', 'S', 'B', { cc: 'c@edu.ektu.kz', htmlBody: '<p>x</p>' });
      expect(ws.mail.sent[0]).toMatchObject({
        to: ['a@edu.ektu.kz', 'b@edu.ektu.kz'],
        cc: ['c@edu.ektu.kz'],
        htmlBody: '<p>x</p>',
      });
    },
  );

  documented(`${MAIL}#sendEmail(String,String,String,String)`, 'sendEmail(to, replyTo, subject, body)', () => {
    const { ws, MailApp } = setup();
    MailApp.sendEmail('a@edu.ektu.kz', 'r@edu.ektu.kz', 'S', 'B');
    expect(ws.mail.sent[0]).toMatchObject({ to: ['a@edu.ektu.kz'], replyTo: 'r@edu.ektu.kz', subject: 'S', body: 'B' });
  });

  documented(
    `${MAIL}#getRemainingDailyQuota()`,
    'getRemainingDailyQuota counts recipients, not messages: a mail to two people takes two',
    () => {
      const { MailApp } = setup(10);
      expect(MailApp.getRemainingDailyQuota()).toBe(10);
      MailApp.sendEmail('a@edu.ektu.kz,b@edu.ektu.kz', 'S', 'B');
      expect(MailApp.getRemainingDailyQuota()).toBe(8);
    },
  );

  documented(QUOTAS, 'Google Workspace accounts may mail 1,500 recipients a day', () => {
    const { MailApp } = setup();
    expect(MailApp.getRemainingDailyQuota()).toBe(1500);
  });

  documented(
    QUOTAS,
    "over the daily quota the call throws Google's message and sends nothing; the quota resets 24 hours after the first send",
    () => {
      const { ws, MailApp } = setup(1);
      MailApp.sendEmail('a@edu.ektu.kz', 'S', 'B');
      expect(MailApp.getRemainingDailyQuota()).toBe(0);
      expect(() => MailApp.sendEmail('b@edu.ektu.kz', 'S', 'B')).toThrow(
        'Service invoked too many times for one day: email.',
      );
      expect(ws.mail.sent).toHaveLength(1);
      ws.clock.advance(24 * 3600 * 1000 - 1);
      expect(MailApp.getRemainingDailyQuota()).toBe(0);
      ws.clock.advance(1);
      expect(MailApp.getRemainingDailyQuota()).toBe(1);
    },
  );

  documented(
    QUOTAS,
    'quotas are per user: one user out of recipients leaves another their whole day, each reset 24 hours after ' +
      'their own first send',
    () => {
      const { ws, MailApp } = setup(2);
      const viewer = 'viewer@edu.ektu.kz';
      MailApp.sendEmail('a@edu.ektu.kz,b@edu.ektu.kz', 'S', 'B');
      expect(MailApp.getRemainingDailyQuota()).toBe(0);
      expect(() => MailApp.sendEmail('c@edu.ektu.kz', 'S', 'B')).toThrow(
        'Service invoked too many times for one day: email.',
      );
      ws.clock.advance(12 * 3600 * 1000);
      ws.runAs = viewer;
      expect(MailApp.getRemainingDailyQuota()).toBe(2);
      MailApp.sendEmail('c@edu.ektu.kz', 'S', 'B');
      expect(MailApp.getRemainingDailyQuota()).toBe(1);
      expect(ws.mail.sent.map((m) => m.from)).toEqual([ws.user, viewer]);
      // 24 hours after the first user's first send: theirs is whole again, the other's window runs 12 hours more.
      ws.clock.advance(12 * 3600 * 1000);
      ws.runAs = null;
      expect(MailApp.getRemainingDailyQuota()).toBe(2);
      ws.runAs = viewer;
      expect(MailApp.getRemainingDailyQuota()).toBe(1);
      ws.clock.advance(12 * 3600 * 1000);
      expect(MailApp.getRemainingDailyQuota()).toBe(2);
    },
  );

  documented(
    QUOTAS,
    "a user's quota is theirs in every script: what they mail from one project is gone from another's count",
    () => {
      const { ws, MailApp } = setup(3);
      const cards = (ws.globals({ project: 'cards' }) as unknown as { MailApp: GoogleAppsScript.Mail.MailApp }).MailApp;
      ws.runAs = 'viewer@edu.ektu.kz';
      cards.sendEmail('keeper@edu.ektu.kz', 'S', 'B');
      expect(MailApp.getRemainingDailyQuota()).toBe(2);
      expect(cards.getRemainingDailyQuota()).toBe(2);
      ws.runAs = null;
      expect(MailApp.getRemainingDailyQuota()).toBe(3);
    },
  );

  documented(QUOTAS, "50 recipients a message; the 51st throws Google's message", () => {
    const { ws, MailApp } = setup();
    const list = (n: number) => Array.from({ length: n }, (_, i) => `p${i}@edu.ektu.kz`).join(',');
    MailApp.sendEmail(list(50), 'S', 'B');
    expect(() => MailApp.sendEmail(list(49), 'S', 'B', { cc: 'x@edu.ektu.kz', bcc: 'y@edu.ektu.kz' })).toThrow(
      'Limit Exceeded: Email Recipients Per Message.',
    );
    expect(ws.mail.sent).toHaveLength(1);
  });

  documented(`${MAIL}#sendEmail(String,String,String)`, 'an invalid address throws Google\'s "Invalid email"', () => {
    const { ws, MailApp } = setup();
    expect(() => MailApp.sendEmail('not-an-address', 'S', 'B')).toThrow('Invalid email: not-an-address');
    expect(() => MailApp.sendEmail({ to: 'a@edu.ektu.kz', replyTo: 'bad@', subject: 'S', body: 'B' })).toThrow(
      'Invalid email: bad@',
    );
    expect(ws.mail.sent).toHaveLength(0);
    expect(MailApp.getRemainingDailyQuota()).toBe(1500);
  });

  documented(QUOTAS, 'a body over 200 KB is refused', () => {
    const { MailApp } = setup();
    MailApp.sendEmail('a@edu.ektu.kz', 'S', 'x'.repeat(200 * 1024));
    expect(() => MailApp.sendEmail('a@edu.ektu.kz', 'S', 'x'.repeat(200 * 1024 + 1))).toThrow(
      'Limit Exceeded: Email Body Size.',
    );
  });
});
