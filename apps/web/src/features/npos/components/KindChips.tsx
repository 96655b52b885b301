import type { HelperKind } from '@tsunagu/shared/graphql-client';
import { Chip } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { helperKindLabel } from '../../../shared/helper-kind';
import { HELPER_KINDS } from '../hooks/useNpoSearchParams';

interface Props {
  chosen: readonly HelperKind[];
  onChange: (kinds: HelperKind[]) => void;
}

/** The kinds of helper searched: すべて (none chosen), or any of NPO法人 / 企業 / 大学 / 団体. */
export function KindChips({ chosen, onChange }: Props) {
  const { t } = useTranslation();
  const toggle = (kind: HelperKind) => (chosen.includes(kind) ? chosen.filter((k) => k !== kind) : [...chosen, kind]);
  return (
    <fieldset className="npo-filter">
      <legend>{t('helperSearch.kinds')}</legend>
      <div className="npo-filter__chips">
        <Chip
          label={t('helperSearch.allKinds')}
          selected={chosen.length === 0}
          onClick={() => onChange([])}
          data-testid="kind-chip-ALL"
        />
        {HELPER_KINDS.map((kind) => (
          <Chip
            key={kind}
            label={helperKindLabel(kind, t)}
            selected={chosen.includes(kind)}
            onClick={() => {
              const next = toggle(kind);
              // Every kind ticked is the same as すべて.
              onChange(next.length === HELPER_KINDS.length ? [] : next);
            }}
            data-testid={`kind-chip-${kind}`}
          />
        ))}
      </div>
    </fieldset>
  );
}
