import { Tag } from '@tsunagu/shared/ui';
import type { SearchNposQuery } from '@tsunagu/shared/graphql-client';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { activityFieldIcon, activityFieldLabel } from '../activity-field-label';
import { Highlighted } from './Highlighted';
import { wardLabel } from '../../../shared/ward-label';
import { helperKindLabel } from '../../../shared/helper-kind';

type Hit = SearchNposQuery['searchNpos']['hits'][number];

/** On a phone a card is a few lines: the rest of the fields are on the NPO's page. */
const FIELDS_ON_CARD = 2;

function oneLine(text: string, max = 80): string {
  const first = text.replace(/^この法人は、?/, '').split(/\n/)[0];
  return first.length > max ? `${first.slice(0, max)}…` : first;
}

/** The fields to show: those the reader filtered by first, then the NPO's own order. */
export function fieldsForCard(fields: readonly number[], chosen: readonly number[]): number[] {
  return [...fields.filter((f) => chosen.includes(f)), ...fields.filter((f) => !chosen.includes(f))].slice(
    0,
    FIELDS_ON_CARD,
  );
}

/** One result: the name, where, two of its fields, and in two lines what it does. */
export function NpoResultCard({ hit, chosenFields = [] }: { hit: Hit; chosenFields?: readonly number[] }) {
  const { t, i18n } = useTranslation();
  const { npo } = hit;
  const snippet = hit.highlights.find((h) => h.field === 'programmes' || h.field === 'purpose');
  const what = npo.programmes ?? npo.purpose;
  const shown = fieldsForCard(npo.fields, chosenFields);
  const more = npo.fields.length - shown.length;
  return (
    <article className="npo-card" data-testid="npo-result-card">
      <h3 className="npo-card__name">
        <Link to={`/npos/${npo.id}`}>{npo.name}</Link>
      </h3>
      {npo.nameKana && <p className="npo-card__kana">{npo.nameKana}</p>}
      <p className="npo-card__place">
        {npo.ward ? wardLabel(npo.ward, i18n.resolvedLanguage) : (npo.city ?? t('npos.placeUnknown'))}
        {npo.kind !== 'NPO' && (
          <>
            {' '}
            <Tag>{helperKindLabel(npo.kind, t)}</Tag>
          </>
        )}
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
      {shown.length > 0 && (
        <ul className="npo-card__fields" role="list" aria-label={t('npos.fieldsLabel')}>
          {shown.map((field) => (
            <li key={field}>
              <Tag icon={activityFieldIcon(field)}>{activityFieldLabel(field, i18n.resolvedLanguage)}</Tag>
            </li>
          ))}
          {more > 0 && <li className="npo-card__more">{t('npoSearch.moreFields', { count: more })}</li>}
        </ul>
      )}
    </article>
  );
}
