import { Injectable } from '@nestjs/common';
import {
  type AuthenticatedUser,
  GroupDirectory,
  type Memberships,
  NpoDirectoryPort,
  policies,
} from '@tsunagu/accounts/api';
import type { StoryEntity } from '../entities/story.entity';
import { type Story, StorySideKind, StoryStatus } from './story.model';

/** Which side of a story this person writes: the group's (its members and those acting for it) or the helper's. */
export function sideOf(m: Memberships, story: Pick<StoryEntity, 'groupId' | 'helperId'>): StorySideKind | null {
  if (m.groups.has(story.groupId)) return StorySideKind.GROUP;
  if (m.npos.has(story.helperId)) return StorySideKind.HELPER;
  return null;
}

/** A published story is anyone's; before that only the two parties and staff read it. */
export function canSeeStory(user: AuthenticatedUser | undefined, m: Memberships, story: StoryEntity): boolean {
  return story.status === 'PUBLISHED' || policies.isStaff(user) || sideOf(m, story) !== null;
}

/** The photo's address changes with the story, so that a browser does not show an old one from its cache. */
function photoUrl(s: StoryEntity, side: 'group' | 'helper'): string | null {
  const file = side === 'group' ? s.groupPhotoPath : s.helperPhotoPath;
  return file ? `/api/stories/${s.id}/photos/${side}?v=${s.updatedAt.getTime()}` : null;
}

/** Stories as a caller sees them, with the group's and the helper's names (never who wrote them). */
@Injectable()
export class StoryViews {
  constructor(
    private readonly groups: GroupDirectory,
    private readonly npos: NpoDirectoryPort,
  ) {}

  async views(stories: readonly StoryEntity[], user: AuthenticatedUser | undefined, m: Memberships): Promise<Story[]> {
    if (stories.length === 0) return [];
    const [groups, helpers] = await Promise.all([
      this.groups.byIds(stories.map((s) => s.groupId)),
      this.npos.namesOf(stories.map((s) => s.helperId)),
    ]);
    return stories.map((s) => {
      const side = sideOf(m, s);
      const group = groups.get(s.groupId);
      return {
        id: s.id,
        title: s.title,
        status: s.status as StoryStatus,
        needId: s.needId,
        groupName: group?.name ?? '',
        ward: group?.ward ?? '',
        helperId: s.helperId,
        helperName: helpers.get(s.helperId) ?? '',
        groupSide: {
          whatHappened: s.groupWhatHappened,
          whatItTook: s.groupWhatItTook,
          consented: s.groupConsentedAt !== null,
          photoUrl: photoUrl(s, 'group'),
        },
        helperSide: {
          whatHappened: s.helperWhatHappened,
          whatItTook: s.helperWhatItTook,
          consented: s.helperConsentedAt !== null,
          photoUrl: photoUrl(s, 'helper'),
        },
        refusalReason: side !== null || policies.isStaff(user) ? s.refusalReason : null,
        publishedAt: s.publishedAt,
        viewerSide: side,
      };
    });
  }

  async view(story: StoryEntity, user: AuthenticatedUser | undefined, m: Memberships): Promise<Story> {
    const [view] = await this.views([story], user, m);
    return view;
  }
}
