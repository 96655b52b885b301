import { type ArgumentsHost, Catch, type ExceptionFilter, PayloadTooLargeException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ErrorCode, languageOfHeader, translate } from '@tsunagu/shared/api-core';
import { npoMessages } from '../npo.messages';
import { MAX_PHOTO_BYTES } from '../profile/npo-profile.service';

/**
 * Multer stops a photo over the limit before the controller runs (so the service's own check
 * never sees it): answer it as the contract does, 413 with `{ code, message, field }` in the
 * caller's language, instead of Nest's English-only body.
 */
@Catch(PayloadTooLargeException)
export class PhotoTooLargeFilter implements ExceptionFilter {
  catch(_: PayloadTooLargeException, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const language = languageOfHeader(http.getRequest<Request>().headers['accept-language']);
    http
      .getResponse<Response>()
      .status(413)
      .json({
        code: ErrorCode.PAYLOAD_TOO_LARGE,
        message: translate(npoMessages.photoTooLarge, { megabytes: MAX_PHOTO_BYTES / 1024 / 1024 }, language),
        field: 'file',
      });
  }
}
