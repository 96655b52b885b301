import type { MarcheEventQuery } from '@tsunagu/shared/graphql-client';
import { useTranslation } from 'react-i18next';
import { RequiredChoiceGroup } from '../../../shared/RequiredChoiceGroup';
import { placesLeft } from '../marche-format';

interface Props {
  boothTypes: MarcheEventQuery['marcheEvent']['boothTypes'];
  value: string;
  onChange: (code: string) => void;
  error?: string;
}

/** The kinds of booth, each with its places left (or the waiting list when full). */
export function BoothTypeChoice({ boothTypes, value, onChange, error }: Props) {
  const { t } = useTranslation();
  return (
    <RequiredChoiceGroup
      anchorId="marche-booth-type"
      type="radio"
      name="boothType"
      legend={t('marche.boothType')}
      hint={t('marche.boothTypeHint')}
      error={error}
      options={boothTypes.map((bt) => {
        const left = placesLeft(bt);
        return {
          value: bt.code,
          label: (
            <>
              <strong>{bt.name}</strong>
              {bt.slotMinutes ? t('marche.slot', { minutes: bt.slotMinutes }) : ''}
              <br />
              {left > 0
                ? t('marche.left', { left, capacity: bt.capacity })
                : t('marche.full', { waiting: bt.waitlisted })}
            </>
          ),
        };
      })}
      value={value}
      onChange={onChange}
    />
  );
}
