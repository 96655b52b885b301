import { Button } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';

export type MatchKinds = 'ALL' | 'NPO_ONLY';

interface Props {
  value: MatchKinds;
  onChange: (value: MatchKinds) => void;
}

/**
 * Which helpers to suggest: NPOs only, or companies and universities too (the default, so the
 * officer need not choose). Two big toggle buttons, the pressed one filled.
 */
export function MatchKindChoice({ value, onChange }: Props) {
  const { t } = useTranslation();
  const choices: MatchKinds[] = ['NPO_ONLY', 'ALL'];
  return (
    <div className="button-row" role="group" aria-label={t('matchKinds.label')} data-testid="match-kind-choice">
      {choices.map((choice) => (
        <Button
          key={choice}
          variant={value === choice ? 'primary' : 'secondary'}
          aria-pressed={value === choice}
          onClick={() => onChange(choice)}
        >
          {t(`matchKinds.${choice}`)}
        </Button>
      ))}
    </div>
  );
}
