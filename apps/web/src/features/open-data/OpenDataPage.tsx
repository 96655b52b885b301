import { Container, PageHeading, Stack } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { OpenDataDownloads } from './components/OpenDataDownloads';
import { CC_BY_URL, OPEN_DATA_DATASETS } from './open-data-files';
import './open-data.css';

/** 「オープンデータ」: what the city gives back, under which licence, how to credit it, and the public API. */
export function OpenDataPage() {
  const { t } = useTranslation();
  usePageTitle(t('openData.title'));
  return (
    <Container width="narrow" className="page open-data">
      <Stack gap="lg">
        <PageHeading lead={t('openData.lead')}>{t('openData.title')}</PageHeading>

        <section aria-labelledby="open-data-what" className="open-data__section">
          <h2 id="open-data-what">{t('openData.whatTitle')}</h2>
          {OPEN_DATA_DATASETS.map((dataset) => (
            <div key={dataset.id}>
              <h3>{t(dataset.titleKey)}</h3>
              <p>{t(dataset.textKey)}</p>
            </div>
          ))}
          <p data-testid="open-data-small-wards">{t('openData.smallWards')}</p>
        </section>

        <OpenDataDownloads />

        <section aria-labelledby="open-data-licence" className="open-data__section">
          <h2 id="open-data-licence">{t('openData.licenceTitle')}</h2>
          <p>{t('openData.licenceText')}</p>
          <h3>{t('openData.creditTitle')}</h3>
          <p className="open-data__credit" data-testid="open-data-credit">
            {t('openData.credit')}
          </p>
          <p>{t('openData.creditChanged')}</p>
          <p>
            <a href={CC_BY_URL} rel="noopener noreferrer" target="_blank">
              {t('openData.licenceLink')}
              <span className="ui-visually-hidden">{t('openData.opensNewTab')}</span>
            </a>
          </p>
        </section>

        <section aria-labelledby="open-data-api" className="open-data__section">
          <h2 id="open-data-api">{t('openData.apiTitle')}</h2>
          <p>{t('openData.apiText', { endpoint: '/graphql' })}</p>
          <p>
            <Link to="/open-data/api" data-testid="open-data-api-docs">
              {t('openData.apiDocs')}
            </Link>
          </p>
          <p>{t('openData.apiDocsNote')}</p>
        </section>
      </Stack>
    </Container>
  );
}
