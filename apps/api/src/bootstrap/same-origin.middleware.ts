import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { type AppConfig, ErrorCode } from '@tsunagu/shared/api-core';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const CROSS_SITE_MESSAGE =
  '別のサイトからの送信は受け付けません。このサイトの画面から、もう一度操作してください。';

/** `scheme://host[:port]` of a URL, normalised (lower case, default port dropped); null when it is not one. */
function originOf(url: string): string | null {
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/**
 * CSRF defence for every state-changing request, REST and /graphql alike: the session cookie is
 * SameSite=Lax, but that alone lets a sibling site (or an old browser) post with it. A browser
 * always says where a cross-site POST comes from (Origin, else Referer); the request is accepted
 * only when that is this product: the configured PUBLIC_URL, or the origin the request itself was
 * sent to (scheme + Host, so http://127.0.0.1:3100 works as well as http://localhost:3100).
 * X-Forwarded-Proto/Host count only behind a trusted proxy: Express's req.protocol and req.host
 * honour them exactly when `trust proxy` (config.trustProxy) trusts the sender.
 * A request with neither header is not from a browser (CLI, curl, scripts): allowed.
 */
export function sameOriginOnly(config: Pick<AppConfig, 'publicUrl'>): RequestHandler {
  const publicOrigin = originOf(config.publicUrl);
  return (req: Request, res: Response, next: NextFunction) => {
    if (!STATE_CHANGING.has(req.method)) return next();
    const claimed = req.get('origin') ?? req.get('referer');
    if (claimed === undefined) return next();
    const from = originOf(claimed);
    const own = originOf(`${req.protocol}://${req.host}`);
    if (from !== null && (from === publicOrigin || from === own)) return next();
    refuse(req, res);
  };
}

function refuse(req: Request, res: Response): void {
  res.status(403);
  // A GraphQL client expects a GraphQL answer; REST clients get the contract's { code, message }.
  if (req.path === '/graphql') {
    res.json({ data: null, errors: [{ message: CROSS_SITE_MESSAGE, extensions: { code: ErrorCode.FORBIDDEN } }] });
  } else {
    res.json({ code: ErrorCode.FORBIDDEN, message: CROSS_SITE_MESSAGE });
  }
}
