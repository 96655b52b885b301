import { useTranslation } from 'react-i18next';
import type { DraftSaveState } from '../hooks/useNeedDraftAutosave';

const MESSAGE = {
  idle: null,
  saving: 'needForm.saving',
  saved: 'needForm.saved',
  failed: 'needForm.saveFailed',
} as const satisfies Record<DraftSaveState, string | null>;

/** Says, without moving focus, whether the draft is saved. */
export function DraftSaveStatus({ state }: { state: DraftSaveState }) {
  const { t } = useTranslation();
  return (
    <p className="need-form__save" role="status" aria-live="polite" data-testid="draft-status">
      {MESSAGE[state] ? t(MESSAGE[state]) : ''}
    </p>
  );
}
