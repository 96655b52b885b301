import { devMailboxOpenTo, isLoopbackAddress } from './dev-mailbox-access';

const dev = { nodeEnv: 'development' as const, smtpUrl: undefined };
const from = (remoteAddress: string | undefined, headers: Record<string, string> = {}) => ({
  socket: { remoteAddress },
  headers,
});

describe('dev mailbox access (password-reset links)', () => {
  it('opens to a caller on this machine (loopback socket), IPv4, IPv6 and IPv4-mapped', () => {
    for (const address of ['127.0.0.1', '127.10.0.3', '::1', '::ffff:127.0.0.1'])
      expect([address, devMailboxOpenTo(dev, from(address))]).toEqual([address, true]);
  });

  it('is closed to every caller from another machine, whatever X-Forwarded-For says', () => {
    for (const address of ['192.168.1.20', '10.0.0.5', '203.0.113.9', '::ffff:192.168.1.20', 'fe80::1', '2001:db8::1'])
      expect([address, devMailboxOpenTo(dev, from(address, { 'x-forwarded-for': '127.0.0.1' }))]).toEqual([
        address,
        false,
      ]);
    expect(devMailboxOpenTo(dev, from(undefined))).toBe(false);
  });

  it('is closed to a request a proxy on this machine forwarded (it arrives over loopback)', () => {
    expect(devMailboxOpenTo(dev, from('127.0.0.1', { 'x-forwarded-for': '203.0.113.9' }))).toBe(false);
    expect(devMailboxOpenTo(dev, from('127.0.0.1', { forwarded: 'for=203.0.113.9' }))).toBe(false);
    expect(devMailboxOpenTo(dev, from('::1', { 'x-real-ip': '203.0.113.9' }))).toBe(false);
  });

  it('never opens in production or when mail goes to a real SMTP server', () => {
    expect(devMailboxOpenTo({ nodeEnv: 'production', smtpUrl: undefined }, from('127.0.0.1'))).toBe(false);
    expect(devMailboxOpenTo({ nodeEnv: 'development', smtpUrl: 'smtp://mail:25' }, from('127.0.0.1'))).toBe(false);
  });

  it('does not take a look-alike for loopback', () => {
    for (const address of ['127.0.0.1.example.jp', '::ffff:10.0.0.1', '0.0.0.0', '::'])
      expect([address, isLoopbackAddress(address)]).toEqual([address, false]);
  });
});
