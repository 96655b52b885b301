import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Controller, Get, Header, Inject, NotFoundException, Param, Req } from '@nestjs/common';
import type { Request } from 'express';
import { APP_CONFIG, type AppConfig } from '@tsunagu/shared/api-core';
import { devMailboxOpenTo } from './dev-mailbox-access';

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

function page(title: string, body: string): string {
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title>
<style>body{font:18px/1.7 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}a{color:#0031d8}pre{white-space:pre-wrap;background:#f4f4f4;padding:1rem}</style></head><body>${body}</body></html>`;
}

/**
 * Development only (no SMTP_URL, NODE_ENV not production), for loopback callers only (see
 * dev-mailbox-access.ts; everyone else gets 404): the mails the product "sent", readable in the
 * browser, so a password-reset link can be followed without a mail server.
 */
@Controller('dev/mail')
export class DevMailboxController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  private dirFor(req: Request): string {
    if (!devMailboxOpenTo(this.config, req)) throw new NotFoundException();
    return join(this.config.dataDir, 'mail');
  }

  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  async list(@Req() req: Request): Promise<string> {
    const dir = this.dirFor(req);
    const files = (await readdir(dir).catch(() => [] as string[]))
      .filter((f) => f.endsWith('.eml'))
      .sort()
      .reverse();
    const items = files.map((f) => `<li><a href="/dev/mail/${encodeURIComponent(f)}">${escape(f)}</a></li>`).join('');
    return page(
      '開発用メール箱 / Dev mailbox',
      `<h1>開発用メール箱 / Dev mailbox</h1><p>SMTP_URL が未設定なので、送ったメールはここに置かれます（${escape(dir)}）。</p>${items ? `<ul>${items}</ul>` : '<p>メールはまだありません。</p>'}`,
    );
  }

  @Get(':file')
  @Header('content-type', 'text/html; charset=utf-8')
  async show(@Req() req: Request, @Param('file') file: string): Promise<string> {
    const dir = this.dirFor(req);
    if (!/^[\w.-]+\.eml$/.test(file)) throw new NotFoundException();
    const raw = await readFile(join(dir, file), 'utf8').catch(() => {
      throw new NotFoundException();
    });
    return page(file, `<p><a href="/dev/mail">← 一覧 / list</a></p><pre>${escape(decodeMail(raw))}</pre>`);
  }
}

/** Headers as they are, and a quoted-printable or base64 UTF-8 body decoded for reading. */
function decodeMail(raw: string): string {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  let body = rest.join('\n\n');
  if (/content-transfer-encoding:\s*base64/i.test(head))
    body = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  else if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    body = Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return `${head}\n\n${body}`;
}
