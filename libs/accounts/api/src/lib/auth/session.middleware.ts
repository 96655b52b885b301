import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { RequestWithUser } from './authenticated-user';
import { SESSION_COOKIE } from './session-cookie';
import { SessionService } from './session.service';

/** Resolves the session cookie once per request; guards and resolvers read `req.user`. */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(private readonly sessions: SessionService) {}

  async use(req: Request & RequestWithUser, _res: Response, next: NextFunction): Promise<void> {
    try {
      req.user = await this.sessions.resolve(req.cookies?.[SESSION_COOKIE]);
      next();
    } catch (error) {
      next(error);
    }
  }
}
