import { ChoiceGroup, type ChoiceGroupProps } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';

export type RequiredChoiceGroupProps<V extends string> = ChoiceGroupProps<V> & {
  /** Where the error summary's link lands (a group of choices has no single control to focus). */
  anchorId: string;
};

/** A choice that must be made: marked required, and a place the error summary can move the focus to. */
export function RequiredChoiceGroup<V extends string>({ anchorId, ...group }: RequiredChoiceGroupProps<V>) {
  const { t } = useTranslation();
  return (
    <div id={anchorId} tabIndex={-1}>
      <ChoiceGroup<V> {...group} required requiredLabel={t('form.requiredLabel')} />
    </div>
  );
}
