import { useMutation } from '@apollo/client/react';
import { type MarcheLayoutGridFragment, SetMarcheLayoutDocument } from '@tsunagu/shared/graphql-client';
import { Button, Stack, TextField } from '@tsunagu/shared/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../shared/ErrorNotice';

type Kind = 'BOOTH' | 'BLOCKED' | 'STAGE' | 'ENTRANCE';
const NEXT: Record<Kind, Kind> = { BOOTH: 'BLOCKED', BLOCKED: 'STAGE', STAGE: 'ENTRANCE', ENTRANCE: 'BOOTH' };
/** A side of the grid: a whole number of cells from 1 to 40. */
const gridSide = (typed: string) => Math.min(40, Math.max(1, Number(typed) || 1));

/**
 * Staff draw the venue: the size of the grid, then a tap on a cell turns it from a booth into
 * "no booth", the stage, the entrance, and back. Every cell is a labelled button (keyboard works).
 */
export function MarcheLayoutEditor({
  eventId,
  layout,
  onSaved,
}: {
  eventId: string;
  layout: MarcheLayoutGridFragment | null | undefined;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [rows, setRows] = useState(layout?.rows ?? 5);
  const [cols, setCols] = useState(layout?.cols ?? 8);
  const [kinds, setKinds] = useState<Record<string, Kind>>(
    Object.fromEntries((layout?.cells ?? []).filter((c) => c.kind !== 'BOOTH').map((c) => [c.id, c.kind as Kind])),
  );
  const [save, { loading, error }] = useMutation(SetMarcheLayoutDocument);
  const kindOf = (id: string): Kind => kinds[id] ?? 'BOOTH';
  const ids = (kind: Kind) =>
    Object.entries(kinds)
      .filter(([id, k]) => k === kind && Number(id.split('-')[0]) < rows && Number(id.split('-')[1]) < cols)
      .map(([id]) => id);
  return (
    <Stack gap="md">
      <div className="button-row">
        {(
          [
            ['marche.layoutRows', rows, setRows],
            ['marche.layoutCols', cols, setCols],
          ] as const
        ).map(([label, value, setSide]) => (
          <TextField
            key={label}
            label={t(label)}
            type="number"
            inputMode="numeric"
            value={String(value)}
            onChange={(e) => setSide(gridSide(e.target.value))}
          />
        ))}
      </div>
      <p className="form-hint">{t('marche.layoutEditHint')}</p>
      <div className="marche-map__scroll" tabIndex={0} role="group" aria-label={t('marche.layoutTitle')}>
        <div className="marche-editor" style={{ gridTemplateColumns: `repeat(${cols}, minmax(3.2rem, 1fr))` }}>
          {Array.from({ length: rows * cols }, (_, i) => {
            const id = `${Math.floor(i / cols)}-${i % cols}`;
            const kind = kindOf(id);
            return (
              <button
                key={id}
                type="button"
                className={`marche-editor__cell marche-editor__cell--${kind.toLowerCase()}`}
                onClick={() => setKinds({ ...kinds, [id]: NEXT[kind] })}
                aria-label={t('marche.layoutCell', {
                  row: Math.floor(i / cols) + 1,
                  col: (i % cols) + 1,
                  kind: t(`marche.kind.${kind}`),
                })}
                data-testid={`layout-cell-${id}`}
              >
                {t(`marche.kindShort.${kind}`)}
              </button>
            );
          })}
        </div>
      </div>
      <ErrorNotice error={error} />
      <div>
        <Button
          disabled={loading}
          onClick={() =>
            void save({
              variables: {
                eventId,
                input: { rows, cols, blocked: ids('BLOCKED'), stage: ids('STAGE'), entrance: ids('ENTRANCE') },
              },
            }).then(onSaved, () => undefined)
          }
          data-testid="layout-save"
        >
          {t('marche.layoutSave')}
        </Button>
      </div>
    </Stack>
  );
}
