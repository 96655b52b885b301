import type { GqlResult } from '../accounts/session-client';
import { type NeedsWorld, OFFER, inDays, postNeed } from '../needs/needs-world';

export const STORY_FIELDS = `id title status needId groupName ward helperId helperName refusalReason publishedAt viewerSide
  groupSide { whatHappened whatItTook consented } helperSide { whatHappened whatItTook consented }`;
export const PUBLISH = `mutation($n: ID!, $i: PublishStoryInput!) { publishStory(needId: $n, input: $i) { ${STORY_FIELDS} } }`;
export const MODERATE = `mutation($i: ID!, $p: Boolean!, $r: String) { moderateStory(id: $i, publish: $p, reason: $r) { ${STORY_FIELDS} } }`;

export interface StoryView {
  id: string;
  title: string;
  status: string;
  groupName: string;
  helperName: string;
  refusalReason: string | null;
  viewerSide: string | null;
  groupSide: { whatHappened: string | null; consented: boolean };
  helperSide: { whatHappened: string | null; consented: boolean };
}

const must = <T>(r: GqlResult<T>): T => {
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data;
};

/**
 * A need of the officer's group that npoMember's NPO offered on, the group accepted, and the group
 * then closed as done (or left matched, when `close` is false): what a good example is written on.
 */
export async function finishedNeed(w: NeedsWorld, title: string, close = true): Promise<string> {
  const need = must(
    await postNeed(w, {
      publish: true,
      title,
      description: '公民館で子どもたちと一緒にお正月飾りをつくります。',
      deadline: inDays(20),
    }),
  ).postNeed.id;
  const offer = must(
    await w.as.npoMember.gql<{ offerHelp: { id: string } }>(OFFER, {
      n: need,
      o: w.npo,
      m: '材料の準備と、つくり方の説明をお手伝いします。',
    }),
  ).offerHelp.id;
  must(await w.as.officer.gql(`mutation($o: ID!) { respondToOffer(offerId: $o, accept: true) { id } }`, { o: offer }));
  if (close)
    must(
      await w.as.officer.gql(
        `mutation($n: ID!) { closeNeed(id: $n, outcome: DONE, report: "無事に終わりました") { id } }`,
        {
          n: need,
        },
      ),
    );
  return need;
}

export const GROUP_SIDE = {
  whatHappened: '子ども20人とお正月飾りをつくり、地域のお年寄りに配りました。',
  whatItTook: '公民館を半日、材料費3千円、大人5人',
  consent: true,
};
export const HELPER_SIDE = {
  whatHappened: '材料の準備と、つくり方の説明を担当しました。',
  whatItTook: 'スタッフ2人、準備に2時間',
  consent: true,
};

export async function writeSide(
  w: NeedsWorld,
  who: 'officer' | 'npoMember',
  needId: string,
  input: Record<string, unknown>,
): Promise<StoryView> {
  return must(await w.as[who].gql<{ publishStory: StoryView }>(PUBLISH, { n: needId, i: input })).publishStory;
}

export { must };
