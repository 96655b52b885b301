import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import type { RequestWithUser } from './authenticated-user';

/** The HTTP request behind a resolver or a controller call. */
export function requestOf(context: ExecutionContext): Request & RequestWithUser {
  return context.getType<string>() === 'graphql'
    ? GqlExecutionContext.create(context).getContext<{ req: Request & RequestWithUser }>().req
    : context.switchToHttp().getRequest<Request & RequestWithUser>();
}
