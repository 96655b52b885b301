import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import type { OutgoingMail } from './enqueue-mail';

export interface MailTransport {
  send(mail: OutgoingMail & { id: string }): Promise<void>;
}

const FROM = 'tsunagu <no-reply@tsunagu.invalid>';

/** SMTP_URL set: real mail through that server. */
export function smtpTransport(url: string, from = FROM): MailTransport {
  const transporter = createTransport(url);
  return {
    send: async (mail) => {
      await transporter.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}

/**
 * No SMTP_URL: each mail becomes an .eml file under DATA_DIR/mail (listed at /dev/mail in
 * development), so a newcomer can follow a password-reset link without a mail server.
 */
export function fileMailboxTransport(dir: string, from = FROM): MailTransport {
  const render = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    send: async (mail) => {
      // Reset links and contacts: for the service user only, whatever the process umask.
      await mkdir(dir, { recursive: true, mode: 0o700 });
      const info = await render.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      await writeFile(join(dir, `${stamp}-${mail.id}.eml`), info.message as Buffer, { mode: 0o600 });
    },
  };
}
