import { type CanActivate, type ExecutionContext, ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { APP_CONFIG, type AppConfig, ErrorCode, contractError } from '@tsunagu/shared/api-core';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Staff-only actions before accounts exist (issue 4 replaces this with the role guard):
 * allowed only outside production AND from this machine, i.e. the operator running `npm start`.
 * In production they stay closed until sign-in exists.
 */
@Injectable()
export class InterimStaffGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const request: Request =
      context.getType<string>() === 'graphql'
        ? GqlExecutionContext.create(context).getContext<{ req: Request }>().req
        : context.switchToHttp().getRequest<Request>();
    const address = request.socket?.remoteAddress ?? '';
    if (this.config.nodeEnv !== 'production' && LOOPBACK.has(address)) return true;
    const message = '職員だけが使える機能です。 / Only city staff can do this.';
    if (context.getType<string>() === 'graphql') throw contractError(ErrorCode.FORBIDDEN, message);
    throw new ForbiddenException({ code: ErrorCode.FORBIDDEN, message });
  }
}
