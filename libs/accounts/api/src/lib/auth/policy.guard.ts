import { type CanActivate, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { forbidden, requireUser } from './access-errors';
import { type RolePolicyName, policies } from './policies';
import { requestOf } from './request-of';

const POLICY = 'tsunagu:policy';

/** Marks a resolver or controller method with the policy a caller must pass. */
export const RequirePolicy = (name: RolePolicyName) => SetMetadata(POLICY, name);

/**
 * Applies the policy named by @RequirePolicy: UNAUTHENTICATED for an anonymous caller,
 * FORBIDDEN for a signed-in one who may not. Both are domain errors, which each transport maps
 * once (GraphQL extensions.code; REST 401/403 in ContractErrorFilter).
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
    requireUser(user);
    throw forbidden();
  }
}
