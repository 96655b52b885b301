import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  SetMetadata,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ErrorCode, contractError } from '@tsunagu/shared/api-core';
import { type RolePolicyName, policies } from './policies';
import { requestOf } from './request-of';

const POLICY = 'tsunagu:policy';

/** Marks a resolver or controller method with the policy a caller must pass. */
export const RequirePolicy = (name: RolePolicyName) => SetMetadata(POLICY, name);

/**
 * Applies the policy named by @RequirePolicy: UNAUTHENTICATED for an anonymous caller,
 * FORBIDDEN for a signed-in one who may not.
 */
@Injectable()
export class PolicyGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const name = this.reflector.getAllAndOverride<RolePolicyName | undefined>(POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!name) return true;
    const user = requestOf(context).user;
    if (policies[name](user)) return true;
    const graphql = context.getType<string>() === 'graphql';
    if (!user) {
      const message = 'ログインしてください。 / Please sign in.';
      throw graphql
        ? contractError(ErrorCode.UNAUTHENTICATED, message)
        : new UnauthorizedException({ code: ErrorCode.UNAUTHENTICATED, message });
    }
    const message = 'この操作はできません。 / You may not do this.';
    throw graphql
      ? contractError(ErrorCode.FORBIDDEN, message)
      : new ForbiddenException({ code: ErrorCode.FORBIDDEN, message });
  }
}
