import { Button, Stack, TextArea, TextField } from '@tsunagu/shared/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeedFormState } from '../hooks/useNeedForm';
import type { NeedFormField } from '../need-form';
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
  /** the fields with a problem when the preview was last asked for, and how often it was */
  asked: { fields: NeedFormField[]; attempt: number };
  saveStatus: ReactNode;
}

/** The one short page of the need form, in the order the officer thinks of it. */
export function NeedFormFields({ state, groups, groupLocked, onPreview, asked, saveStatus }: Props) {
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
        <NeedFormProblems problems={state.problems} asked={asked.fields} attempt={asked.attempt} />
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
        <NeedHelpKindChoice state={state} />
        <NeedWardSelect state={state} />
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
        <TextField
          type="date"
          label={t('needs.deadline')}
          hint={t('needForm.deadlineHint')}
          value={form.deadline}
          onChange={(e) => change({ deadline: e.target.value }, 'deadline')}
          onBlur={touch('deadline')}
          error={errorFor('deadline')}
          {...required}
          id="need-deadline"
          data-testid="need-deadline"
        />
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
