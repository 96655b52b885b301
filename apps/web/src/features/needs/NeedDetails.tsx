import type { Honorarium } from '@tsunagu/shared/graphql-client';
import { Tag } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { activityFieldIcon, activityFieldLabel } from '../npos/activity-field-label';
import { helpKindLabel } from './need-format';
import { formatDay } from '../../shared/format-date';
import { wardLabel } from '../../shared/ward-label';

export interface NeedDetailsValue {
  description: string;
  fields: number[];
  helpKind: string;
  ward: string;
  place: string | null;
  startsOn: string | null;
  endsOn: string | null;
  peopleNeeded: number | null;
  honorarium: Honorarium;
  deadline: string | null;
  groupName: string;
}

/** What a need says, as everyone sees it (the need page and the form's preview). */
export function NeedDetails({ need }: { need: NeedDetailsValue }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage;
  return (
    <div className="need-details">
      <p className="npo-page__text need-details__description">{need.description}</p>
      <dl className="npo-page__facts">
        <dt>{t('needs.group')}</dt>
        <dd>{need.groupName}</dd>
        <dt>{t('needs.helpKind')}</dt>
        <dd>{helpKindLabel(need.helpKind, lang)}</dd>
        <dt>{t('needs.ward')}</dt>
        <dd>{wardLabel(need.ward, lang)}</dd>
        {need.place && (
          <>
            <dt>{t('needs.place')}</dt>
            <dd>{need.place}</dd>
          </>
        )}
        <dt>{t('needs.date')}</dt>
        <dd>
          {need.startsOn ? formatDay(need.startsOn, lang) : t('needs.dateOpen')}
          {need.endsOn && need.endsOn !== need.startsOn && ` 〜 ${formatDay(need.endsOn, lang)}`}
        </dd>
        {need.peopleNeeded != null && (
          <>
            <dt>{t('needs.peopleNeeded')}</dt>
            <dd>{t('needs.people', { count: need.peopleNeeded })}</dd>
          </>
        )}
        <dt>{t('needs.honorarium')}</dt>
        <dd>{t(`needs.honoraria.${need.honorarium}`)}</dd>
        <dt>{t('needs.deadline')}</dt>
        <dd>{need.deadline ? formatDay(need.deadline, lang) : t('needs.notSet')}</dd>
      </dl>
      {need.fields.length > 0 && (
        <ul className="npo-page__tags" role="list" aria-label={t('npos.fieldsLabel')}>
          {need.fields.map((f) => (
            <li key={f}>
              <Tag icon={activityFieldIcon(f)}>{activityFieldLabel(f, lang)}</Tag>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
