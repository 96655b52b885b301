import type { MarcheApplicationItemFragment } from '@tsunagu/shared/graphql-client';
import { useTranslation } from 'react-i18next';

interface Props {
  placed: Array<{ a: MarcheApplicationItemFragment; cell?: { number?: number | null } }>;
}

/** The exhibitors by booth number, printed under the map for the day. */
export function MarchePrintList({ placed }: Props) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="marche-print-list" className="print-only">
      <h2 id="marche-print-list">{t('marche.exhibitors')}</h2>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('marche.booth')}</th>
            <th scope="col">{t('marche.who')}</th>
            <th scope="col">{t('marche.what')}</th>
          </tr>
        </thead>
        <tbody>
          {placed.map(({ a, cell }) => (
            <tr key={a.id}>
              <td>{cell?.number}</td>
              <td>{a.npoName}</td>
              <td>{a.title}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
