import type { NextFunction, Request, Response } from 'express';
import { languageOfHeader, runInLanguage } from './request-language';

/** Express middleware: each request runs knowing its caller's language (see request-language). */
export function requestLanguageMiddleware(request: Request, _response: Response, next: NextFunction): void {
  runInLanguage(languageOfHeader(request.headers['accept-language']), next);
}
