import { useQuery } from '@apollo/client/react';
import { NeedMatchesDocument } from '@tsunagu/shared/graphql-client';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IntroductionRequest } from '../hooks/useNeedIntroductions';
import { helpKindLabel, listIn } from '../need-format';
import { InviteNpoButton } from './InviteNpoButton';
import { wardLabel } from '../../../shared/ward-label';

interface Props {
  needId: string;
  /** NPOs that offered already */
  offered: Set<string>;
  /** the group's latest request to each NPO it asked */
  asked: Map<string, IntroductionRequest>;
}

/**
 * NPOs that suit the need, each with the reasons. The group can ask every one of them, with an
 * account or not: those it asked show where the request stands instead of the button.
 */
export function NeedSuggestions({ needId, offered, asked }: Props) {
  const { t, i18n } = useTranslation();
  const { data, loading } = useQuery(NeedMatchesDocument, { variables: { needId } });
  return (
    <section aria-labelledby="need-suggestions" data-testid="need-suggestions">
      <h2 id="need-suggestions">{t('needs.suggestions')}</h2>
      <p>{t('needs.suggestionsLead')}</p>
      {loading && <p>{t('npo.loading')}</p>}
      {data && data.matchNposForNeed.length === 0 && <p>{t('needs.noSuggestions')}</p>}
      <ul className="offer-list" role="list">
        {data?.matchNposForNeed.map((m) => (
          <li key={m.npo.id}>
            <article className="offer-card" data-testid="suggested-npo">
              <h3 className="offer-card__npo">
                <Link to={`/npos/${m.npo.id}`}>{m.npo.name}</Link>
              </h3>
              {m.npo.ward && <p>{wardLabel(m.npo.ward, i18n.resolvedLanguage)}</p>}
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
