import { Button } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';

export interface DecisionButtonsProps {
  approveLabel: string;
  refuseLabel: string;
  decide: (approve: boolean) => Promise<unknown>;
}

/** Approve / refuse, each button named with what it decides (for screen readers). */
export function DecisionButtons({ approveLabel, refuseLabel, decide }: DecisionButtonsProps) {
  const { t } = useTranslation();
  return (
    <div className="button-row">
      <Button onClick={() => void decide(true)} aria-label={approveLabel}>
        {t('staff.approve')}
      </Button>
      <Button variant="secondary" onClick={() => void decide(false)} aria-label={refuseLabel}>
        {t('staff.refuse')}
      </Button>
    </div>
  );
}
