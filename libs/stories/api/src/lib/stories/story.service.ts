import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  AuditLogService,
  type AuthenticatedUser,
  GroupDirectory,
  MembershipService,
  NpoDirectoryPort,
  PeopleDirectory,
  forbidden,
  policies,
} from '@tsunagu/accounts/api';
import { NeedService, OfferRepository } from '@tsunagu/needs/api';
import { cleanPhoto } from '@tsunagu/npo/api';
import { Notifier } from '@tsunagu/notifications/api';
import { badUserInput, conflict, notFound } from '@tsunagu/shared/api-core';
import type { StoryEntity, StoryStatusValue } from '../entities/story.entity';
import { storiesMessages as m } from '../stories.messages';
import { cleanStorySide } from './story-side-input';
import { type PublishStoryInput, type Story, StorySideKind } from './story.model';
import { StoryRepository } from './story.repository';
import { StoryPhotoStore } from './story-photo.store';
import type { Readable } from 'node:stream';
import { StoryViews, canSeeStory, sideOf } from './story-views.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REASON_MAX = 500;

/** Both consents bring a story to staff; a change after that is checked again before anyone reads it. */
const statusAfterWriting = (s: StoryEntity): StoryStatusValue =>
  s.groupConsentedAt && s.helperConsentedAt ? 'AWAITING_MODERATION' : 'DRAFT';

/**
 * Good examples: the group and the helper of a finished need each write their side and consent;
 * staff publish or refuse; the public sees published stories only.
 */
@Injectable()
export class StoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly stories: StoryRepository,
    private readonly views: StoryViews,
    private readonly needs: NeedService,
    private readonly offers: OfferRepository,
    private readonly memberships: MembershipService,
    private readonly people: PeopleDirectory,
    private readonly groups: GroupDirectory,
    private readonly npos: NpoDirectoryPort,
    private readonly notifier: Notifier,
    private readonly audit: AuditLogService,
    private readonly photos: StoryPhotoStore,
  ) {}

  /** The helper whose offer the group accepted, if any. */
  private async helperOf(needId: string): Promise<string | null> {
    return (await this.offers.onNeed(needId)).find((o) => o.status === 'ACCEPTED')?.npoId ?? null;
  }

  /** Which side this caller may write on this need's story: only on a finished need with a helper. */
  async sideForNeed(
    need: { id: string; groupId: string; status: string },
    user: AuthenticatedUser | undefined,
  ): Promise<StorySideKind | null> {
    if (!user || need.status !== 'DONE') return null;
    const helperId = await this.helperOf(need.id);
    if (!helperId) return null;
    return sideOf(await this.memberships.load(user.id), { groupId: need.groupId, helperId });
  }

  /** The need's story if this caller may read it. */
  async forNeed(needId: string, user: AuthenticatedUser | undefined): Promise<Story | null> {
    const story = await this.stories.findByNeed(needId);
    if (!story) return null;
    const mine = await this.memberships.load(user?.id);
    return canSeeStory(user, mine, story) ? this.views.view(story, user, mine) : null;
  }

  async write(user: AuthenticatedUser, needId: string, input: PublishStoryInput): Promise<Story> {
    // NOT_FOUND before anything else, so that a need one may not see does not show it exists.
    const need = await this.needs.find(needId, user);
    const mine = await this.memberships.load(user.id);
    const helperId = await this.helperOf(need.id);
    const side = sideOf(mine, { groupId: need.groupId, helperId: helperId ?? '' });
    if (side === null) throw forbidden(m.notAParty);
    if (need.status !== 'DONE') throw badUserInput(m.needNotDone, 'needId');
    if (!helperId) throw badUserInput(m.noHelper, 'needId');
    const clean = cleanStorySide(input);
    const story = await this.dataSource.transaction(async (manager) => {
      const s = await this.stories.lockOrCreateForNeed(manager, {
        needId: need.id,
        groupId: need.groupId,
        helperId,
        title: clean.title ?? need.title,
      });
      const before = s.status;
      const now = new Date();
      if (clean.title) s.title = clean.title;
      if (side === StorySideKind.GROUP) {
        s.groupWhatHappened = clean.whatHappened;
        s.groupWhatItTook = clean.whatItTook;
        s.groupWrittenBy = user.id;
        s.groupConsentedAt = clean.consent ? now : null;
      } else {
        s.helperWhatHappened = clean.whatHappened;
        s.helperWhatItTook = clean.whatItTook;
        s.helperWrittenBy = user.id;
        s.helperConsentedAt = clean.consent ? now : null;
      }
      s.status = statusAfterWriting(s);
      s.refusalReason = null;
      s.publishedAt = null;
      const saved = await this.stories.save(s, manager);
      if (saved.status === 'AWAITING_MODERATION' && before !== 'AWAITING_MODERATION')
        await this.tellStaff(manager, saved);
      return saved;
    });
    return this.views.view(story, user, mine);
  }

  /**
   * The caller's side gets a photo (checked, re-encoded without its metadata). A new photo is
   * checked by staff again, as a new text is; the text must be there first.
   */
  async savePhoto(user: AuthenticatedUser, needId: string, bytes: Buffer): Promise<Story> {
    const need = await this.needs.find(needId, user);
    const mine = await this.memberships.load(user.id);
    const existing = await this.stories.findByNeed(need.id);
    const side = existing ? sideOf(mine, existing) : null;
    if (existing && side === null) throw forbidden(m.notAParty);
    if (!existing) {
      // no story yet: a party is told to write first, anyone else that they may not
      const helperId = await this.helperOf(need.id);
      if (sideOf(mine, { groupId: need.groupId, helperId: helperId ?? '' }) === null) throw forbidden(m.notAParty);
      throw badUserInput(m.photoBeforeText, 'file');
    }
    const jpeg = await cleanPhoto(bytes);
    const file = await this.photos.save(existing.id, side === StorySideKind.GROUP ? 'group' : 'helper', jpeg);
    const story = await this.dataSource.transaction(async (manager) => {
      const s = await this.stories.lock(existing.id, manager);
      if (!s) throw notFound(m.storyNotFound);
      const before = s.status;
      if (side === StorySideKind.GROUP) s.groupPhotoPath = file;
      else s.helperPhotoPath = file;
      s.status = statusAfterWriting(s);
      s.refusalReason = null;
      s.publishedAt = null;
      const saved = await this.stories.save(s, manager);
      if (saved.status === 'AWAITING_MODERATION' && before !== 'AWAITING_MODERATION')
        await this.tellStaff(manager, saved);
      return saved;
    });
    return this.views.view(story, user, mine);
  }

  /** A side's photo, for whoever may read the story. */
  async photo(user: AuthenticatedUser | undefined, id: string, side: string): Promise<Readable> {
    const story = UUID.test(id) ? await this.stories.findById(id) : null;
    const mine = await this.memberships.load(user?.id);
    if (!story || !canSeeStory(user, mine, story)) throw notFound(m.storyNotFound);
    const file = side === 'group' ? story.groupPhotoPath : side === 'helper' ? story.helperPhotoPath : null;
    if (!file) throw notFound(m.photoNotFound);
    return this.photos.open(file);
  }

  async moderate(staff: AuthenticatedUser, id: string, publish: boolean, reason: string | null): Promise<Story> {
    if (!policies.canModerateStories(staff)) throw forbidden(m.moderateNotAllowed);
    if (!UUID.test(id)) throw notFound(m.storyNotFound);
    const why = (reason ?? '').normalize('NFC').trim();
    if (!publish && why === '') throw badUserInput(m.reasonMissing, 'reason');
    if ([...why].length > REASON_MAX) throw badUserInput(m.textTooLong, 'reason', { max: REASON_MAX });
    const story = await this.dataSource.transaction(async (manager) => {
      const s = await this.stories.lock(id, manager);
      if (!s) throw notFound(m.storyNotFound);
      // A published story may still be taken down (a complaint, a person who asks): refused with a reason.
      const takingDown = !publish && s.status === 'PUBLISHED';
      if (s.status !== 'AWAITING_MODERATION' && !takingDown) throw conflict(m.notAwaiting);
      const now = new Date();
      s.status = publish ? 'PUBLISHED' : 'REFUSED';
      s.refusalReason = publish ? null : why;
      s.publishedAt = publish ? now : null;
      s.moderatedBy = staff.id;
      s.moderatedAt = now;
      const saved = await this.stories.save(s, manager);
      await this.audit.record(
        {
          actorUserId: staff.id,
          action: publish ? 'story.published' : 'story.refused',
          targetType: 'story',
          targetId: s.id,
          detail: { title: s.title },
        },
        manager,
      );
      await this.tellParties(manager, saved);
      return saved;
    });
    return this.views.view(story, staff, await this.memberships.load(staff.id));
  }

  async get(user: AuthenticatedUser | undefined, id: string): Promise<Story> {
    const story = UUID.test(id) ? await this.stories.findById(id) : null;
    const mine = await this.memberships.load(user?.id);
    if (!story || !canSeeStory(user, mine, story)) throw notFound(m.storyNotFound);
    return this.views.view(story, user, mine);
  }

  async published(user: AuthenticatedUser | undefined, words: string | null | undefined, first: number) {
    const rows = await this.stories.published({ words: words?.trim() || null, limit: first });
    return this.views.views(rows, user, await this.memberships.load(user?.id));
  }

  /** A helper's published stories, for its page; an id that is no helper simply has none. */
  async ofHelper(user: AuthenticatedUser | undefined, helperId: string): Promise<Story[]> {
    if (!UUID.test(helperId)) throw notFound(m.storyNotFound);
    const rows = await this.stories.published({ helperId, limit: 50 });
    return this.views.views(rows, user, await this.memberships.load(user?.id));
  }

  async toModerate(staff: AuthenticatedUser): Promise<Story[]> {
    if (!policies.canModerateStories(staff)) throw forbidden(m.moderateNotAllowed);
    return this.views.views(await this.stories.awaitingModeration(), staff, await this.memberships.load(staff.id));
  }

  /** Read one after another: they share the transaction's one connection. */
  private async names(story: StoryEntity, manager: EntityManager) {
    const group = (await this.groups.byIds([story.groupId], manager)).get(story.groupId)?.name ?? '';
    const helper = (await this.npos.nameOf(story.helperId)) ?? '';
    return { group, helper };
  }

  private async tellStaff(manager: EntityManager, story: StoryEntity): Promise<void> {
    const { group, helper } = await this.names(story, manager);
    await this.notifier.notify(manager, await this.people.staffIds(manager), {
      notice: 'storyAwaitingModeration',
      params: { title: story.title, group, helper },
      link: '/staff/stories',
    });
  }

  private async tellParties(manager: EntityManager, story: StoryEntity): Promise<void> {
    const groupPeople = await this.memberships.groupMemberIds(story.groupId, manager);
    const people = [...groupPeople, ...(await this.memberships.npoMemberIds(story.helperId, manager))];
    const link = `/stories/${story.id}`;
    if (story.status === 'PUBLISHED')
      await this.notifier.notify(manager, people, { notice: 'storyPublished', params: { title: story.title }, link });
    else
      await this.notifier.notify(manager, people, {
        notice: 'storyRefused',
        params: { title: story.title, reason: story.refusalReason ?? '' },
        link,
      });
  }
}
