import { Tag } from '@tsunagu/shared/ui';
import type { SearchNposQuery } from '@tsunagu/shared/graphql-client';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { activityFieldIcon, activityFieldLabel } from '../activity-field-label';
import { Highlighted } from './Highlighted';

type Hit = SearchNposQuery['searchNpos']['hits'][number];

function oneLine(text: string, max = 80): string {
  const first = text.replace(/^この法人は、?/, '').split(/\n/)[0];
  return first.length > max ? `${first.slice(0, max)}…` : first;
}

/** One result: the name, where, its fields, and in one line what it does. */
export function NpoResultCard({ hit }: { hit: Hit }) {
  const { t, i18n } = useTranslation();
  const { npo } = hit;
  const snippet = hit.highlights.find((h) => h.field === 'programmes' || h.field === 'purpose');
  const what = npo.programmes ?? npo.purpose;
  return (
    <article className="npo-card" data-testid="npo-result-card">
      <h3 className="npo-card__name">
        <Link to={`/npos/${npo.id}`}>{npo.name}</Link>
      </h3>
      {npo.nameKana && <p className="npo-card__kana">{npo.nameKana}</p>}
      <p className="npo-card__place">
        {npo.ward ?? npo.city ?? t('npos.placeUnknown')}
        {npo.certified && (
          <>
            {' '}
            <Tag tone="success">{t('npos.certified')}</Tag>
          </>
        )}
        {npo.status !== 'ACTIVE' && (
          <>
            {' '}
            <Tag tone="warning">{t(`npos.status.${npo.status}`)}</Tag>
          </>
        )}
      </p>
      <p className="npo-card__what">
        {snippet ? <Highlighted snippet={snippet.snippet} /> : what ? oneLine(what) : t('npos.noDescription')}
      </p>
      <ul className="npo-card__fields" role="list" aria-label={t('npos.fieldsLabel')}>
        {npo.fields.map((field) => (
          <li key={field}>
            <Tag icon={activityFieldIcon(field)}>{activityFieldLabel(field, i18n.resolvedLanguage)}</Tag>
          </li>
        ))}
      </ul>
    </article>
  );
}
