import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import type { RequestWithUser } from './authenticated-user';

/** The HTTP request behind a resolver or a controller call. */
export function requestOf(context: ExecutionContext): Request & RequestWithUser {
  return context.getType<string>() === 'graphql'
    ? GqlExecutionContext.create(context).getContext<{ req: Request & RequestWithUser }>().req
    : context.switchToHttp().getRequest<Request & RequestWithUser>();
}

export function responseOf(context: ExecutionContext): Response {
  return context.getType<string>() === 'graphql'
    ? GqlExecutionContext.create(context).getContext<{ res: Response }>().res
    : context.switchToHttp().getResponse<Response>();
}
