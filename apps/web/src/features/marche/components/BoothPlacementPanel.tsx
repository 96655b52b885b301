import { Button } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import type { BoothPlacement } from '../hooks/useBoothPlacement';
import { ErrorNotice } from '../../../shared/ErrorNotice';

/** The accepted exhibitors to place (pick one, then its booth on the map), placing all, printing. */
export function BoothPlacementPanel({ placement }: { placement: BoothPlacement }) {
  const { t } = useTranslation();
  const { placeable, selected, setSelected, boothOf, place, chosen, message, error, placeAll, autoPlacing } = placement;
  return (
    <div className="no-print">
      <p>{t('marche.layoutHint')}</p>
      {placeable.length === 0 ? (
        <p>{t('marche.noneToPlace')}</p>
      ) : (
        <ul className="marche-pick" role="list" data-testid="marche-pick">
          {placeable.map((a) => {
            const cell = boothOf(a);
            return (
              <li key={a.id}>
                <Button
                  variant={selected === a.id ? 'primary' : 'secondary'}
                  aria-pressed={selected === a.id}
                  onClick={() => setSelected(selected === a.id ? null : a.id)}
                >
                  {a.npoName}
                  {t('staff.inBrackets', {
                    value: cell ? t('marche.boothNumber', { number: cell.number }) : t('marche.boothTbd'),
                  })}
                </Button>
                {cell && (
                  <Button
                    variant="secondary"
                    className="marche-pick__off"
                    aria-label={t('marche.unplaceFor', { name: a.npoName })}
                    onClick={() => place(a.id, null, a.npoName)}
                  >
                    {t('marche.unplace')}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p role="status" aria-live="polite" className="marche-staff__status" data-testid="marche-staff-status">
        {chosen ? t('marche.choosing', { name: chosen.npoName }) : message}
      </p>
      <ErrorNotice error={error} />
      <div className="button-row">
        <Button variant="secondary" disabled={autoPlacing} onClick={placeAll} data-testid="marche-auto">
          {t('marche.auto')}
        </Button>
        <Button variant="secondary" onClick={() => window.print()} data-testid="marche-print">
          {t('marche.print')}
        </Button>
      </div>
    </div>
  );
}
