import nodemailer, { type Transporter } from 'nodemailer';
import type { ClaimedMail } from './mail-outbox.repository.js';

/** Where delivered mails go: a real SMTP server, or the development mailbox (the outbox row itself). */
export interface MailTransport {
  readonly name: 'SMTP' | 'DEV_MAILBOX';
  /** Whether the outbox keeps a delivered login mail's body (the development mailbox shows it). */
  readonly keepsBody: boolean;
  send(mail: ClaimedMail, from: string): Promise<void>;
  close(): void;
}

export function smtpTransport(url: string): MailTransport {
  const transporter: Transporter = nodemailer.createTransport({
    url,
    pool: true,
    maxConnections: 5,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    name: 'SMTP',
    keepsBody: false,
    async send(mail, from) {
      await transporter.sendMail({
        from,
        to: mail.to,
        subject: mail.subject ?? '',
        text: mail.text ?? '',
        html: mail.html ?? undefined,
        messageId: mail.messageId,
      });
    },
    close: () => transporter.close(),
  };
}

/** Without SMTP_URL nothing leaves the machine: the mail stays readable through the devMailbox query. */
export const devMailboxTransport: MailTransport = {
  name: 'DEV_MAILBOX',
  keepsBody: true,
  async send() {},
  close() {},
};
