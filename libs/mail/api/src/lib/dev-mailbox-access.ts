import type { AppConfig } from '@tsunagu/shared/api-core';

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 (::ffff:127.0.0.1, how a dual-stack socket reports it). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.toLowerCase().replace(/^::ffff:/, '');
  return v4 === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/**
 * The dev mailbox shows password-reset links, so it is for the person at this machine only:
 * never in production or with a real mail server, and only to a caller whose TCP connection
 * comes from loopback. The socket's own remote address decides, never X-Forwarded-For or
 * Express's req.ip (which TRUST_PROXY lets a header set). A reverse proxy on this same machine
 * also connects from loopback, so a request that carries a proxy's forwarding header is refused
 * too: such headers can only close the mailbox, never open it.
 */
export function devMailboxOpenTo(
  config: Pick<AppConfig, 'nodeEnv' | 'smtpUrl'>,
  request: { socket: { remoteAddress?: string }; headers: Record<string, string | string[] | undefined> },
): boolean {
  if (config.nodeEnv === 'production' || config.smtpUrl) return false;
  if (!isLoopbackAddress(request.socket.remoteAddress)) return false;
  return !['x-forwarded-for', 'forwarded', 'x-real-ip'].some((h) => request.headers[h] !== undefined);
}
