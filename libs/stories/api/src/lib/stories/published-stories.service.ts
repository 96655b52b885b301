import { Injectable } from '@nestjs/common';
import { NO_MEMBERSHIPS } from '@tsunagu/accounts/api';
import { StoryRepository } from './story.repository';
import { StoryViews } from './story-views.service';

/** A published story as other domains print it (the 回覧板 insert, the data book): what its public page shows. */
export interface PublishedStoryLine {
  readonly id: string;
  readonly title: string;
  readonly groupName: string;
  readonly ward: string;
  readonly helperName: string;
  readonly publishedAt: Date | null;
  /** what each side wrote happened (the data book prints it) */
  readonly groupText: string | null;
  readonly helperText: string | null;
}

/** The published good examples, newest first, for papers other domains print. */
@Injectable()
export class PublishedStories {
  constructor(
    private readonly stories: StoryRepository,
    private readonly views: StoryViews,
  ) {}

  async newest(limit: number): Promise<PublishedStoryLine[]> {
    const rows = await this.stories.published({ limit });
    return (await this.views.views(rows, undefined, NO_MEMBERSHIPS)).map((s) => ({
      id: s.id,
      title: s.title,
      groupName: s.groupName,
      ward: s.ward,
      helperName: s.helperName,
      publishedAt: s.publishedAt,
      groupText: s.groupSide.whatHappened,
      helperText: s.helperSide.whatHappened,
    }));
  }
}
