import type { StoryFieldsFragment } from '@tsunagu/shared/graphql-client';

/** A story as the API answers it (with __typename, which the cache normalises by). */
export function aStory(patch: Partial<StoryFieldsFragment> = {}): StoryFieldsFragment & { __typename: 'Story' } {
  return {
    __typename: 'Story',
    id: 'story-1',
    title: '子どもとつくるお正月飾り',
    status: 'PUBLISHED',
    needId: 'need-1',
    groupName: '黒崎三丁目自治会',
    ward: '八幡西区',
    helperId: 'npo-1',
    helperName: 'NPO法人 くろさき子ども食堂',
    publishedAt: '2026-12-01T01:00:00.000Z',
    refusalReason: null,
    viewerSide: null,
    groupSide: {
      __typename: 'StorySide',
      whatHappened: '子ども20人とお正月飾りをつくり、地域のお年寄りに配りました。',
      whatItTook: '公民館を半日、材料費3千円、大人5人',
      consented: true,
      photoUrl: null,
    },
    helperSide: {
      __typename: 'StorySide',
      whatHappened: '材料の準備と、つくり方の説明を担当しました。',
      whatItTook: null,
      consented: true,
      photoUrl: null,
    },
    ...patch,
  } as StoryFieldsFragment & { __typename: 'Story' };
}
