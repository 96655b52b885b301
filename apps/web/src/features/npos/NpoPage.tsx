import { useQuery } from '@apollo/client/react';
import { NpoDocument } from '@tsunagu/shared/graphql-client';
import { ButtonLink, Container, Notice, PageHeading, Stack, Tag } from '@tsunagu/shared/ui';
import { HELP_KINDS } from '@tsunagu/shared/util';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RouterAnchor } from '../../app/RouterAnchor';
import { usePageTitle } from '../../app/usePageTitle';
import { useMe } from '../accounts/hooks/useMe';
import { formatDay } from '../../shared/format-date';
import { helperKindLabel } from '../../shared/helper-kind';
import { activityFieldIcon, activityFieldLabel } from './activity-field-label';
import { ClaimNpoSection } from './components/ClaimNpoSection';
import { ExternalLink } from './components/ExternalLink';
import { NpoEntryCheck } from './components/NpoEntryCheck';
import { NpoWaitingRequests } from './components/NpoWaitingRequests';
import { HelperStories } from '../stories/components/HelperStories';

function yearsSince(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  const now = new Date();
  let years = now.getFullYear() - y;
  if (now.getMonth() + 1 < m || (now.getMonth() + 1 === m && now.getDate() < d)) years--;
  return Math.max(0, years);
}

/** An NPO's page: everything public, what is official open data and what the NPO wrote itself. */
export function NpoPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(NpoDocument, { variables: { id } });
  const { me } = useMe();
  const npo = data?.npo;
  usePageTitle(npo?.name ?? t('nav.npos'));
  const lang = i18n.resolvedLanguage;

  if (loading && !npo) {
    return (
      <Container width="narrow" className="page">
        <p role="status">{t('npo.loading')}</p>
      </Container>
    );
  }
  if (!npo) {
    const notFound = error?.message && /NOT_FOUND|見つかりません/.test(JSON.stringify(error));
    return (
      <Container width="narrow" className="page">
        <Stack gap="lg">
          <PageHeading lead={notFound ? t('npo.notFoundBody') : t('npo.errorBody')}>
            {notFound ? t('npo.notFoundTitle') : t('npo.errorTitle')}
          </PageHeading>
          <div>
            <ButtonLink href="/npos" as={RouterAnchor} variant="secondary">
              {t('npo.backToSearch')}
            </ButtonLink>
          </div>
        </Stack>
      </Container>
    );
  }

  const profile = npo.profile;
  // Its members (not staff, who may edit too but work from their own queue) see who waits for them.
  const member = npo.viewerCanEdit && me?.role === 'MEMBER';
  const helpKinds = HELP_KINDS.filter((k) => profile?.helpKinds.includes(k.id));
  // Companies, university groups and others are not in the open data: no 所轄庁, 認証 or portal.
  const isNpo = npo.kind === 'NPO';
  return (
    <Container width="narrow" className="page">
      <Stack gap="lg">
        <div>
          <PageHeading lead={npo.nameKana ?? undefined}>
            <span data-testid="npo-name">{npo.name}</span>
          </PageHeading>
          <p className="npo-page__badges">
            {!isNpo && (
              <Tag tone="primary" data-testid="npo-kind">
                {helperKindLabel(npo.kind, t)}
              </Tag>
            )}
            {npo.certified && <Tag tone="success">{t('npos.certified')}</Tag>}
            {npo.status !== 'ACTIVE' && (
              <Tag tone="warning" data-testid="npo-status">
                {t(`npos.status.${npo.status}`)}
              </Tag>
            )}
            {npo.claimed && <Tag tone="primary">{t('npo.claimed')}</Tag>}
          </p>
        </div>

        {npo.status === 'DISSOLVED' && npo.dissolution && (
          <Notice tone="warning" title={t('npos.status.DISSOLVED')}>
            {npo.dissolution}
          </Notice>
        )}

        {npo.status === 'PENDING_REVIEW' && (
          <Notice title={t('helpers.page.pendingTitle')}>{t('helpers.page.pendingBody')}</Notice>
        )}

        {member && <NpoWaitingRequests npoId={npo.id} />}

        {profile?.introduction && (
          <section aria-labelledby="npo-intro" className="npo-page__own">
            <h2 id="npo-intro">{t('npo.introduction')}</h2>
            <p className="npo-page__source">{isNpo ? t('npo.writtenByNpo') : t('helpers.page.writtenByHelper')}</p>
            {profile.photoUrl && (
              <img className="npo-photo" src={profile.photoUrl} alt={t('profile.photoAlt', { name: npo.name })} />
            )}
            <p className="npo-page__text">{profile.introduction}</p>
            {helpKinds.length > 0 && (
              <>
                <h3>{t('npo.helpKinds')}</h3>
                <ul className="npo-page__tags" role="list">
                  {helpKinds.map((k) => (
                    <li key={k.id}>
                      <Tag tone="primary">{lang === 'en' ? k.labelEn : k.labelJa}</Tag>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {profile.contactForGroups && (
              <p>
                <strong>{t('npo.contactForGroups')}：</strong>
                {profile.contactForGroups}
              </p>
            )}
            {profile.website && (
              <p>
                <ExternalLink href={profile.website}>{t('npo.website')}</ExternalLink>
              </p>
            )}
          </section>
        )}

        <section aria-labelledby="npo-fields">
          <h2 id="npo-fields">{t('npo.fields')}</h2>
          <ul className="npo-page__tags" role="list" data-testid="npo-fields">
            {npo.fields.map((field) => (
              <li key={field}>
                <Tag icon={activityFieldIcon(field)}>{activityFieldLabel(field, lang)}</Tag>
              </li>
            ))}
          </ul>
        </section>

        {npo.programmes && (
          <section aria-labelledby="npo-programmes">
            <h2 id="npo-programmes">{t('npo.programmes')}</h2>
            <p className="npo-page__text">{npo.programmes}</p>
          </section>
        )}

        {npo.purpose && (
          <section aria-labelledby="npo-purpose">
            <h2 id="npo-purpose">{isNpo ? t('npo.purpose') : t('helpers.page.canDo')}</h2>
            <p className="npo-page__text">{npo.purpose}</p>
          </section>
        )}

        <section aria-labelledby="npo-basics">
          <h2 id="npo-basics">{t('npo.basics')}</h2>
          <dl className="npo-page__facts">
            <dt>{t('npo.address')}</dt>
            <dd>
              {npo.address ? `${npo.postalCode ? `〒${npo.postalCode} ` : ''}${npo.address}` : t('npo.notPublished')}
            </dd>
            {npo.representative && (
              <>
                <dt>{t('npo.representative')}</dt>
                <dd>{npo.representative}</dd>
              </>
            )}
            {npo.establishedOn && (
              <>
                <dt>{t('npo.established')}</dt>
                <dd>
                  {formatDay(npo.establishedOn, lang)}（{t('npo.yearsActive', { count: yearsSince(npo.establishedOn) })}
                  ）
                </dd>
              </>
            )}
            {isNpo && npo.certification && (
              <>
                <dt>{t('npo.certification')}</dt>
                <dd>
                  {t(`npo.certificationKind.${npo.certification.kind}`)}
                  {npo.certification.endOn &&
                    `（${t('npo.until', { date: formatDay(npo.certification.endOn, lang) })}）`}
                </dd>
              </>
            )}
            {isNpo && (
              <>
                <dt>{t('npo.jurisdiction')}</dt>
                <dd>{npo.jurisdiction}</dd>
              </>
            )}
            {npo.corporateNumber && (
              <>
                <dt>{t('npo.corporateNumber')}</dt>
                <dd>{npo.corporateNumber}</dd>
              </>
            )}
          </dl>
          <p className="npo-page__source" data-testid="npo-source">
            {isNpo
              ? t('npo.openDataSource')
              : npo.selfDescribed
                ? t('helpers.page.selfDescribed')
                : t('helpers.page.cityDescribed')}
          </p>
          {isNpo && npo.portalUrl && (
            <p>
              <ExternalLink href={npo.portalUrl}>{t('npo.portal')}</ExternalLink>
            </p>
          )}
        </section>

        <HelperStories helperId={npo.id} />

        {npo.status !== 'DISSOLVED' && !member && (
          <section aria-labelledby="npo-consult" className="npo-page__consult">
            <h2 id="npo-consult">{t('npo.consultTitle')}</h2>
            <p>{t('npo.consultBody')}</p>
            <div>
              <ButtonLink href={`/needs/new?ask=${npo.id}`} as={RouterAnchor} data-testid="npo-consult">
                {t('npo.consult')}
              </ButtonLink>
            </div>
          </section>
        )}

        {member && <NpoEntryCheck npoId={npo.id} />}
        <ClaimNpoSection npoId={npo.id} canEdit={npo.viewerCanEdit} />

        <div>
          <ButtonLink href="/npos" as={RouterAnchor} variant="secondary">
            {t('npo.backToSearch')}
          </ButtonLink>
        </div>
      </Stack>
    </Container>
  );
}
