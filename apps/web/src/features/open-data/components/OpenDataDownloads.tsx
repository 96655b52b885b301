import { useTranslation } from 'react-i18next';
import { OPEN_DATA_DATASETS, type OpenDataFormat, openDataFileUrl } from '../open-data-files';

const FORMATS: readonly OpenDataFormat[] = ['csv', 'json'];

/** Both datasets, each as CSV and JSON: big plain links that download the file. */
export function OpenDataDownloads() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="open-data-download" className="open-data__section">
      <h2 id="open-data-download">{t('openData.downloadTitle')}</h2>
      <p>{t('openData.downloadLead')}</p>
      <ul className="open-data__downloads" role="list" data-testid="open-data-downloads">
        {OPEN_DATA_DATASETS.flatMap((dataset) =>
          FORMATS.map((format) => (
            <li key={`${dataset.id}.${format}`}>
              <a className="open-data__download" href={openDataFileUrl(dataset.id, format)} download>
                {t(format === 'csv' ? 'openData.downloadCsv' : 'openData.downloadJson', { name: t(dataset.titleKey) })}
              </a>
            </li>
          )),
        )}
      </ul>
    </section>
  );
}
