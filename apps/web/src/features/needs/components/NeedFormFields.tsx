import { Button, Stack, TextArea, TextField } from '@tsunagu/shared/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeedFormState } from '../hooks/useNeedForm';
import { NeedFieldsChoice } from './NeedFieldsChoice';
import { NeedFormProblems } from './NeedFormProblems';
import { NeedGroupSelect } from './NeedGroupSelect';
import { NeedHelpKindChoice } from './NeedHelpKindChoice';
import { NeedHonorariumChoice } from './NeedHonorariumChoice';
import { NeedWardSelect } from './NeedWardSelect';

interface Props {
  state: NeedFormState;
  groups: Array<{ id: string; name: string; ward: string }>;
  groupLocked: boolean;
  onPreview: () => void;
  saveStatus: ReactNode;
}

/** The one short page of the need form, in the order the officer thinks of it. */
export function NeedFormFields({ state, groups, groupLocked, onPreview, saveStatus }: Props) {
  const { t } = useTranslation();
  const { form, change, touch, errorFor } = state;
  const required = { required: true, requiredLabel: t('form.requiredLabel') };
  return (
    <form
      noValidate
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
          data-testid="need-description"
        />
        <NeedFieldsChoice state={state} />
        <NeedHelpKindChoice state={state} />
        <NeedWardSelect state={state} />
        <TextField
          label={t('needs.place')}
          hint={t('needForm.placeHint')}
          value={form.place}
          onChange={(e) => change({ place: e.target.value })}
          maxLength={100}
          data-testid="need-place"
        />
        <TextField
          type="date"
          label={t('needs.date')}
          hint={t('needForm.dateHint')}
          value={form.startsOn}
          onChange={(e) => change({ startsOn: e.target.value }, 'startsOn')}
          error={errorFor('startsOn')}
          data-testid="need-starts-on"
        />
        <TextField
          label={t('needs.peopleNeeded')}
          hint={t('needForm.peopleHint')}
          inputMode="numeric"
          value={form.peopleNeeded}
          onChange={(e) => change({ peopleNeeded: e.target.value.normalize('NFKC').trim() }, 'peopleNeeded')}
          error={errorFor('peopleNeeded')}
          data-testid="need-people"
        />
        <NeedHonorariumChoice state={state} />
        <TextField
          type="date"
          label={t('needs.deadline')}
          hint={t('needForm.deadlineHint')}
          value={form.deadline}
          onChange={(e) => change({ deadline: e.target.value }, 'deadline')}
          onBlur={touch('deadline')}
          error={errorFor('deadline')}
          {...required}
          data-testid="need-deadline"
        />
        <NeedFormProblems problems={state.shownProblems} />
        <div className="button-row">
          <Button type="submit" data-testid="need-preview-button">
            {t('needForm.preview')}
          </Button>
        </div>
        {saveStatus}
      </Stack>
    </form>
  );
}
