import { type CanActivate, type ExecutionContext, ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { type AuthenticatedUser, policies } from '@tsunagu/accounts/api';
import { APP_CONFIG, type AppConfig, ErrorCode, contractError } from '@tsunagu/shared/api-core';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Staff-only open-data actions: a signed-in member of staff (the `canManageOpenData` policy).
 * Until the web client has its sign-in page, the operator running `npm start` on this machine
 * (loopback, outside production) is let in too; in production only staff are.
 */
@Injectable()
export class InterimStaffGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const request: Request =
      context.getType<string>() === 'graphql'
        ? GqlExecutionContext.create(context).getContext<{ req: Request }>().req
        : context.switchToHttp().getRequest<Request>();
    if (policies.canManageOpenData((request as { user?: AuthenticatedUser }).user)) return true;
    const address = request.socket?.remoteAddress ?? '';
    if (this.config.nodeEnv !== 'production' && LOOPBACK.has(address)) return true;
    const message = '職員だけが使える機能です。 / Only city staff can do this.';
    if (context.getType<string>() === 'graphql') throw contractError(ErrorCode.FORBIDDEN, message);
    throw new ForbiddenException({ code: ErrorCode.FORBIDDEN, message });
  }
}
