import type { ExecutionContext } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { type AppConfig, loadAppConfig } from '@tsunagu/shared/api-core';
import { InterimStaffGuard } from './interim-staff.guard';

function httpContext(remoteAddress: string, role?: 'MEMBER' | 'STAFF'): ExecutionContext {
  const user = role ? { id: 'u', email: 'e', displayName: 'd', role, sessionId: 's' } : undefined;
  return {
    getType: () => 'http',
    switchToHttp: () => ({ getRequest: () => ({ socket: { remoteAddress }, user }) }),
  } as unknown as ExecutionContext;
}

describe('staff-only actions before accounts exist', () => {
  const development: AppConfig = loadAppConfig({});
  const production: AppConfig = loadAppConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32) });

  it('lets the operator on this machine in, outside production', () => {
    expect(new InterimStaffGuard(development).canActivate(httpContext('127.0.0.1'))).toBe(true);
    expect(new InterimStaffGuard(development).canActivate(httpContext('::1'))).toBe(true);
  });

  it('refuses anyone from another machine', () => {
    expect(() => new InterimStaffGuard(development).canActivate(httpContext('192.168.1.20'))).toThrow('職員だけ');
  });

  it('in production lets in signed-in staff only', () => {
    expect(() => new InterimStaffGuard(production).canActivate(httpContext('127.0.0.1'))).toThrow('職員だけ');
    expect(() => new InterimStaffGuard(production).canActivate(httpContext('203.0.113.5', 'MEMBER'))).toThrow(
      '職員だけ',
    );
    expect(new InterimStaffGuard(production).canActivate(httpContext('203.0.113.5', 'STAFF'))).toBe(true);
  });

  it('answers GraphQL callers with the contract code FORBIDDEN', () => {
    const graphql = {
      getType: () => 'graphql',
      getArgs: () => [{}, {}, { req: { socket: { remoteAddress: '10.0.0.5' } } }, {}],
      getArgByIndex: (i: number) => [{}, {}, { req: { socket: { remoteAddress: '10.0.0.5' } } }, {}][i],
      getClass: () => Object,
      getHandler: () => () => undefined,
    } as unknown as ExecutionContext;
    try {
      new InterimStaffGuard(development).canActivate(graphql);
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(GraphQLError);
      expect((error as GraphQLError).extensions['code']).toBe('FORBIDDEN');
    }
  });
});
