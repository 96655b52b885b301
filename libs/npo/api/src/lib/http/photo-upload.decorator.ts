import { UseFilters, UseInterceptors, applyDecorators } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { memoryStorage } from 'multer';
import { MAX_PHOTO_BYTES } from '../profile/npo-profile.service';
import { PhotoTooLargeFilter } from './photo-too-large.filter';

/** One photo in the `file` field, kept in memory up to MAX_PHOTO_BYTES; a larger one is refused in plain words. */
export const PhotoUpload = () =>
  applyDecorators(
    UseFilters(PhotoTooLargeFilter),
    UseInterceptors(
      FileInterceptor('file', { storage: memoryStorage(), limits: { fileSize: MAX_PHOTO_BYTES, files: 1 } }),
    ),
  );
