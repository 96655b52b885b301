import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { Controller, Get, Param, ParseUUIDPipe, Post, Res, UploadedFile } from '@nestjs/common';
import type { Response } from 'express';
import { type AuthenticatedUser, CurrentUser, RequirePolicy, requireUser } from '@tsunagu/accounts/api';
import { badUserInput, notFound } from '@tsunagu/shared/api-core';
import { npoMessages } from '../npo.messages';
import { PhotoUpload } from './photo-upload.decorator';
import { NpoProfileService } from '../profile/npo-profile.service';

/** An NPO's photo or logo: members upload it (checked, stripped of metadata); anyone sees it. */
@Controller('api/npos')
export class NpoPhotoController {
  constructor(private readonly profiles: NpoProfileService) {}

  @Post(':id/photo')
  @RequirePolicy('isSignedIn')
  @PhotoUpload()
  async upload(
    @Param('id', ParseUUIDPipe) id: string,
    @UploadedFile() file: Express.Multer.File | undefined,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<{ photoUrl: string | null }> {
    if (!file) throw badUserInput(npoMessages.photoMissing, 'file');
    // A refusal of the service (not a member, not a picture) becomes its HTTP status in ContractErrorFilter.
    const profile = await this.profiles.savePhoto(requireUser(user), id, file);
    return { photoUrl: this.profiles.toModel(profile).photoUrl };
  }

  @Get(':id/photo')
  async show(@Param('id', ParseUUIDPipe) id: string, @Res() res: Response): Promise<void> {
    const profile = await this.profiles.find(id);
    if (!profile?.photoFile) throw notFound(npoMessages.photoNotFound);
    res.setHeader('content-type', 'image/jpeg');
    res.setHeader('cache-control', 'public, max-age=86400');
    createReadStream(join(this.profiles.photoDir(), profile.photoFile)).pipe(res);
  }
}
