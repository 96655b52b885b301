import { Button, Stack, TextArea, TextField } from '@tsunagu/shared/ui';
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeedFormState } from '../hooks/useNeedForm';
import { draftFields } from '../need-form';
import { listIn } from '../need-format';
import { formatDay } from '../../../shared/format-date';
import { NeedDeadlineChoice } from './NeedDeadlineChoice';
import { NeedFieldsChoice } from './NeedFieldsChoice';
import { NeedFold } from './NeedFold';
import { NeedGroupSelect } from './NeedGroupSelect';
import { NeedHelpKindChoice } from './NeedHelpKindChoice';
import { NeedHonorariumChoice } from './NeedHonorariumChoice';
import { NeedWardSelect } from './NeedWardSelect';

interface Props {
  state: NeedFormState;
  groups: Array<{ id: string; name: string; ward: string }>;
  groupLocked: boolean;
  onPreview: () => void;
  /** keep it as a draft and leave (shown once there is something to keep) */
  onKeepDraft?: () => void;
  keepingDraft?: boolean;
  saveStatus: ReactNode;
}

/**
 * Browsers submit a form on Enter in a radio or checkbox too; an officer moving through the
 * choices with the keyboard would land on the preview half done. Enter in a text box still sends.
 */
function noSubmitFromChoices(e: KeyboardEvent<HTMLFormElement>) {
  const target = e.target as HTMLInputElement;
  if (e.key === 'Enter' && target.tagName === 'INPUT' && (target.type === 'radio' || target.type === 'checkbox')) {
    e.preventDefault();
  }
}

/**
 * The need form: what must be said on one short screen (who, what, where, which help, by when),
 * then what may be said, folded.
 */
export function NeedFormFields({
  state,
  groups,
  groupLocked,
  onPreview,
  onKeepDraft,
  keepingDraft,
  saveStatus,
}: Props) {
  const { t, i18n } = useTranslation();
  const { form, change, touch, errorFor } = state;
  const required = { required: true, requiredLabel: t('form.requiredLabel') };
  const optionalError = Boolean(errorFor('startsOn') || errorFor('peopleNeeded'));
  // Folded, it still says what it holds, so nothing written there is out of sight.
  const written = [
    form.place,
    form.startsOn && formatDay(form.startsOn, i18n.resolvedLanguage),
    draftFields(form).peopleNeeded != null && t('needs.people', { count: Number(form.peopleNeeded) }),
  ].filter((x): x is string => Boolean(x));
  return (
    <form
      noValidate
      onKeyDown={noSubmitFromChoices}
      onSubmit={(e) => {
        e.preventDefault();
        onPreview();
      }}
    >
      <Stack gap="md">
        <NeedGroupSelect state={state} groups={groups} locked={groupLocked} />
        <TextField
          label={t('needForm.title')}
          hint={t('needForm.titleHint')}
          value={form.title}
          onChange={(e) => change({ title: e.target.value })}
          onBlur={touch('title')}
          error={errorFor('title')}
          {...required}
          maxLength={80}
          id="need-title"
          data-testid="need-title"
        />
        <TextArea
          label={t('needForm.description')}
          hint={t('needForm.descriptionHint')}
          value={form.description}
          onChange={(e) => change({ description: e.target.value })}
          onBlur={touch('description')}
          error={errorFor('description')}
          {...required}
          maxLength={4000}
          id="need-description"
          data-testid="need-description"
        />
        <NeedFieldsChoice state={state} />
        <NeedWardSelect state={state} />
        <NeedHelpKindChoice state={state} />
        <NeedDeadlineChoice state={state} />
        <NeedFold
          forceOpen={optionalError}
          testId="need-more-fold"
          summary={
            <>
              <span className="need-fold__title">{t('needForm.more')}</span>
              <span className="need-fold__now">
                {written.length > 0 ? listIn(written, i18n.resolvedLanguage) : t('needForm.moreWhat')}
              </span>
            </>
          }
        >
          <Stack gap="md">
            <TextField
              label={t('needs.place')}
              hint={t('needForm.placeHint')}
              value={form.place}
              onChange={(e) => change({ place: e.target.value })}
              maxLength={100}
              id="need-place"
              data-testid="need-place"
            />
            <TextField
              type="date"
              label={t('needs.date')}
              hint={t('needForm.dateHint')}
              value={form.startsOn}
              onChange={(e) => change({ startsOn: e.target.value }, 'startsOn')}
              error={errorFor('startsOn')}
              id="need-starts-on"
              data-testid="need-starts-on"
            />
            <TextField
              label={t('needs.peopleNeeded')}
              hint={t('needForm.peopleHint')}
              inputMode="numeric"
              value={form.peopleNeeded}
              onChange={(e) => change({ peopleNeeded: e.target.value.normalize('NFKC').trim() }, 'peopleNeeded')}
              error={errorFor('peopleNeeded')}
              id="need-people"
              data-testid="need-people"
            />
            <NeedHonorariumChoice state={state} />
          </Stack>
        </NeedFold>
        <div className="button-row">
          <Button type="submit" data-testid="need-preview-button">
            {t('needForm.preview')}
          </Button>
          {onKeepDraft && (
            <Button variant="secondary" onClick={onKeepDraft} disabled={keepingDraft} data-testid="need-keep-draft">
              {t('needForm.keepDraft')}
            </Button>
          )}
        </div>
        {saveStatus}
      </Stack>
    </form>
  );
}
