/**
 * Sent mail as .eml files: real MIME messages (multipart/alternative, text and HTML, UTF-8 headers), composed by
 * nodemailer's MailComposer, so a mail client or a MIME parser opens them as it would the messages Google sends.
 */
import MailComposer from 'nodemailer/lib/mail-composer';
import type { SentMail } from '../workspace/mail';

export async function mailToEml(mail: SentMail): Promise<Buffer> {
  const composer = new MailComposer({
    from: { name: mail.name || mail.from, address: mail.from },
    to: mail.to,
    cc: mail.cc.length ? mail.cc : undefined,
    bcc: mail.bcc.length ? mail.bcc : undefined,
    replyTo: mail.replyTo || undefined,
    subject: mail.subject,
    text: mail.body,
    html: mail.htmlBody || undefined,
    date: new Date(mail.time),
    // A stable id, so the same run gives the same files.
    messageId: `<${mail.time.toString(36)}.${fileSafe(mail.to[0] ?? 'mail')}@jospar.local>`,
  });
  return composer.compile().build();
}

/** A file name for a message: when it was sent (UTC), its place in the run, the recipient. */
export function emlName(mail: SentMail, index: number): string {
  const time = new Date(mail.time).toISOString().slice(0, 19).replace('T', ' ').replace(/:/g, '');
  return `${time} ${String(index + 1).padStart(3, '0')} ${fileSafe(mail.to.join(' '))}.eml`;
}

function fileSafe(text: string): string {
  return text.replace(/[^\w.@+-]+/g, '_').slice(0, 80);
}
