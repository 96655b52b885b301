import { Controller, Get, Param, ParseUUIDPipe, Post, Res, UploadedFile } from '@nestjs/common';
import type { Response } from 'express';
import { type AuthenticatedUser, CurrentUser, RequirePolicy, requireUser } from '@tsunagu/accounts/api';
import { PhotoUpload } from '@tsunagu/npo/api';
import { badUserInput } from '@tsunagu/shared/api-core';
import { storiesMessages as m } from '../stories.messages';
import type { Story } from './story.model';
import { StoryService } from './story.service';

/** A story side's photo: its party uploads it on the need's page; whoever may read the story sees it. */
@Controller('api/stories')
export class StoryPhotoController {
  constructor(private readonly stories: StoryService) {}

  @Post('needs/:needId/photo')
  @RequirePolicy('isSignedIn')
  @PhotoUpload()
  async upload(
    @Param('needId', ParseUUIDPipe) needId: string,
    @UploadedFile() file: Express.Multer.File | undefined,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<{ story: Story }> {
    if (!file) throw badUserInput(m.photoMissing, 'file');
    return { story: await this.stories.savePhoto(requireUser(user), needId, file.buffer) };
  }

  @Get(':id/photos/:side')
  async show(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('side') side: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const photo = await this.stories.photo(user, id, side);
    res.setHeader('content-type', 'image/jpeg');
    // an unpublished story's photo is the two parties' and staff's: no shared cache may keep it
    res.setHeader('cache-control', 'private, max-age=3600');
    // a file gone from the disk (a restored backup without uploads) is no photo, not a crash
    photo.on('error', () => res.status(404).end());
    photo.pipe(res);
  }
}
