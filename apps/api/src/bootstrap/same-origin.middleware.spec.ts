import { type Server, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { sameOriginOnly } from './same-origin.middleware';

/** A real Express app with the middleware, as create-app registers it, and one route behind it. */
async function serve(trustProxy: boolean): Promise<{ server: Server; port: number }> {
  const app = express();
  app.set('trust proxy', trustProxy);
  app.use(sameOriginOnly({ publicUrl: 'https://tsunagu.city.example.jp' }));
  app.all('/api/thing', (_req, res) => res.status(204).end());
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return { server, port: (server.address() as AddressInfo).port };
}

/** Raw HTTP, so that Host and X-Forwarded-* are exactly what a proxy or an attacker would send. */
function post(port: number, headers: Record<string, string>, method = 'POST'): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/api/thing', method, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('sameOriginOnly', () => {
  let direct: { server: Server; port: number };
  let proxied: { server: Server; port: number };
  beforeAll(async () => {
    direct = await serve(false);
    proxied = await serve(true);
  });
  afterAll(() => {
    direct.server.close();
    proxied.server.close();
  });

  it('accepts the Origin of the address the request was sent to (Host), e.g. the e2e at 127.0.0.1:3100', async () => {
    expect(await post(direct.port, { host: '127.0.0.1:3100', origin: 'http://127.0.0.1:3100' })).toBe(204);
    expect(await post(direct.port, { host: 'localhost:3100', origin: 'http://LOCALHOST:3100' })).toBe(204);
  });

  it('accepts the Origin of PUBLIC_URL whatever the Host', async () => {
    expect(await post(direct.port, { host: '10.0.0.5:3000', origin: 'https://tsunagu.city.example.jp' })).toBe(204);
  });

  it('refuses another site, another port or scheme of this host, and an opaque Origin', async () => {
    expect(await post(direct.port, { host: '127.0.0.1:3100', origin: 'http://evil.example' })).toBe(403);
    expect(await post(direct.port, { host: '127.0.0.1:3100', origin: 'http://127.0.0.1:4000' })).toBe(403);
    expect(await post(direct.port, { host: '127.0.0.1:3100', origin: 'https://127.0.0.1:3100' })).toBe(403);
    expect(await post(direct.port, { host: '127.0.0.1:3100', origin: 'null' })).toBe(403);
    expect(await post(direct.port, { host: '127.0.0.1:3100', referer: 'not a url' })).toBe(403);
  });

  it('checks PUT, PATCH and DELETE too, and lets GET and requests without Origin or Referer through', async () => {
    for (const method of ['PUT', 'PATCH', 'DELETE'])
      expect(await post(direct.port, { host: '127.0.0.1:3100', origin: 'http://evil.example' }, method)).toBe(403);
    expect(await post(direct.port, { host: '127.0.0.1:3100', origin: 'http://evil.example' }, 'GET')).toBe(204);
    expect(await post(direct.port, { host: '127.0.0.1:3100' })).toBe(204);
  });

  it('honours X-Forwarded-Proto/Host only behind a trusted proxy (TRUST_PROXY)', async () => {
    const forwarded = { host: '127.0.0.1:3000', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'evil.example' };
    // Not trusted: the forwarded headers are anyone's to send, so they do not make evil.example "own".
    expect(await post(direct.port, { ...forwarded, origin: 'https://evil.example' })).toBe(403);
    expect(await post(direct.port, { ...forwarded, origin: 'http://127.0.0.1:3000' })).toBe(204);
    // Trusted: the proxy says which address the browser used.
    const behind = { host: 'app:3000', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'npo.example.jp' };
    expect(await post(proxied.port, { ...behind, origin: 'https://npo.example.jp' })).toBe(204);
    expect(await post(proxied.port, { ...behind, origin: 'http://app:3000' })).toBe(403);
  });
});
