import { useQuery } from '@apollo/client/react';
import { type HelperKind, NeedMatchesDocument } from '@tsunagu/shared/graphql-client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IntroductionRequest } from '../hooks/useNeedIntroductions';
import { helpKindLabel, listIn } from '../need-format';
import { InviteNpoButton } from './InviteNpoButton';
import { wardLabel } from '../../../shared/ward-label';
import { helperKindLabel } from '../../../shared/helper-kind';
import { type MatchKinds, MatchKindChoice } from './MatchKindChoice';

interface Props {
  needId: string;
  /** NPOs that offered already */
  offered: Set<string>;
  /** the group's latest request to each NPO it asked */
  asked: Map<string, IntroductionRequest>;
}

/**
 * Helpers that suit the need (NPOs, and companies and universities unless the group asks for NPOs
 * only), each with its kind and the reasons. The group can ask every one of them the same way,
 * with an account or not: those it asked show where the request stands instead of the button.
 */
export function NeedSuggestions({ needId, offered, asked }: Props) {
  const { t, i18n } = useTranslation();
  const [kinds, setKinds] = useState<MatchKinds>('ALL');
  // Every kind is the API's default: no `kinds` at all then.
  const variables = kinds === 'ALL' ? { needId } : { needId, kinds: ['NPO' as HelperKind] };
  const { data, loading } = useQuery(NeedMatchesDocument, { variables });
  return (
    <section aria-labelledby="need-suggestions" data-testid="need-suggestions">
      <h2 id="need-suggestions">{t('needs.suggestions')}</h2>
      <p>{t('needs.suggestionsLead')}</p>
      <MatchKindChoice value={kinds} onChange={setKinds} />
      {loading && <p>{t('npo.loading')}</p>}
      {data && data.matchNposForNeed.length === 0 && <p>{t('needs.noSuggestions')}</p>}
      <ul className="offer-list" role="list">
        {data?.matchNposForNeed.map((m) => (
          <li key={m.npo.id}>
            <article className="offer-card" data-testid="suggested-npo">
              <h3 className="offer-card__npo">
                <Link to={`/npos/${m.npo.id}`}>{m.npo.name}</Link>
              </h3>
              <p data-testid="suggested-kind">
                {[helperKindLabel(m.npo.kind, t), m.npo.ward && wardLabel(m.npo.ward, i18n.resolvedLanguage)]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              {m.npo.profile?.helpKinds.length ? (
                <p>
                  <span className="offer-card__label">{t('needs.labelled', { label: t('npo.helpKinds') })}</span>
                  {listIn(
                    m.npo.profile.helpKinds.map((k) => helpKindLabel(k, i18n.resolvedLanguage)),
                    i18n.resolvedLanguage,
                  )}
                </p>
              ) : null}
              <p className="offer-card__label">{t('needs.why')}</p>
              <ul className="reason-list" data-testid="match-reasons">
                {m.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
              {offered.has(m.npo.id) ? (
                <p className="need-page__done">{t('needs.hasOffered')}</p>
              ) : (
                <InviteNpoButton needId={needId} npoId={m.npo.id} npoName={m.npo.name} existing={asked.get(m.npo.id)} />
              )}
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}
