import type { NeedCardFragment } from '@tsunagu/shared/graphql-client';
import { Tag } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { helpKindLabel } from './need-format';
import { formatDay } from '../../shared/format-date';
import { wardLabel } from '../../shared/ward-label';

/** One need in a list: title (the link), who, where, what kind of help, when, until when. */
export function NeedCard({ need, headingLevel = 3 }: { need: NeedCardFragment; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage;
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="need-card" data-testid="need-card">
      <Heading className="need-card__title">
        <Link to={`/needs/${need.id}`}>{need.title || t('needs.untitled')}</Link>
      </Heading>
      <p className="need-card__group">
        {need.group.name}
        {need.status !== 'PUBLISHED' && (
          <>
            {' '}
            <Tag tone={need.status === 'DRAFT' ? 'warning' : 'neutral'}>{t(`needs.status.${need.status}`)}</Tag>
          </>
        )}
      </p>
      <dl className="need-card__facts">
        <div>
          <dt>{t('needs.ward')}</dt>
          <dd>{wardLabel(need.ward, lang)}</dd>
        </div>
        <div>
          <dt>{t('needs.helpKind')}</dt>
          <dd>{helpKindLabel(need.helpKind, lang)}</dd>
        </div>
        {need.startsOn && (
          <div>
            <dt>{t('needs.date')}</dt>
            <dd>{formatDay(need.startsOn, lang)}</dd>
          </div>
        )}
        {need.deadline && (
          <div>
            <dt>{t('needs.deadline')}</dt>
            <dd>{formatDay(need.deadline, lang)}</dd>
          </div>
        )}
      </dl>
    </article>
  );
}
