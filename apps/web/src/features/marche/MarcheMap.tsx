import type { MarcheLayoutGridFragment } from '@tsunagu/shared/graphql-client';
import { useTranslation } from 'react-i18next';

type Cell = MarcheLayoutGridFragment['cells'][number];

export interface MarcheMapProps {
  layout: MarcheLayoutGridFragment;
  /** Staff: free booth cells become buttons that place the chosen exhibitor. */
  onPlace?: (cell: Cell) => void;
  /** The name of the exhibitor staff are placing (for the buttons' names). */
  placing?: string;
}

/**
 * The venue as a grid of squares. Every square says in words what it is (booth number and
 * exhibitor, stage, entrance, no booth), so the map never relies on colour alone. On a phone the
 * map scrolls sideways inside its own box.
 */
export function MarcheMap({ layout, onPlace, placing }: MarcheMapProps) {
  const { t } = useTranslation();
  return (
    <div className="marche-map" role="region" aria-label={t('marche.mapLabel')} tabIndex={0}>
      <ol
        className="marche-map__grid"
        style={{ gridTemplateColumns: `repeat(${layout.cols}, var(--marche-cell))` }}
        data-testid="marche-map"
      >
        {layout.cells.map((cell) => (
          <li
            key={cell.id}
            className={`marche-cell marche-cell--${cell.kind.toLowerCase()}${cell.exhibitor ? ' marche-cell--taken' : ''}`}
            style={{ gridRow: cell.row + 1, gridColumn: cell.col + 1 }}
            data-testid={`cell-${cell.id}`}
          >
            <CellContent cell={cell} onPlace={onPlace} placing={placing} />
          </li>
        ))}
      </ol>
    </div>
  );
}

function CellContent({ cell, onPlace, placing }: { cell: Cell } & Pick<MarcheMapProps, 'onPlace' | 'placing'>) {
  const { t } = useTranslation();
  if (cell.kind !== 'BOOTH') {
    return <span className="marche-cell__kind">{t(`marche.cell.${cell.kind}`, { defaultValue: cell.kind })}</span>;
  }
  const body = (
    <>
      <span className="marche-cell__number">
        <span className="ui-visually-hidden">{t('marche.booth')} </span>
        {cell.number}
      </span>
      {cell.exhibitor ? (
        <span className="marche-cell__name">{cell.exhibitor}</span>
      ) : (
        <span className="marche-cell__free">{t('marche.free')}</span>
      )}
    </>
  );
  if (onPlace && placing && !cell.exhibitor) {
    return (
      <button
        type="button"
        className="marche-cell__button"
        onClick={() => onPlace(cell)}
        aria-label={t('marche.placeHere', { number: cell.number, name: placing })}
      >
        {body}
      </button>
    );
  }
  return body;
}
