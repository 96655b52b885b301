import { Button, TextField } from '@tsunagu/shared/ui';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface SearchFormProps {
  /** the name of the search landmark, read by screen readers */
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  inputTestId: string;
  submitTestId?: string;
}

/** The words box of a search page (NPOs, needs): one landmark, the phone's 検索 key, one button. */
export function SearchForm({ label, hint, value, onChange, onSubmit, inputTestId, submitTestId }: SearchFormProps) {
  const { t } = useTranslation();
  return (
    <form role="search" className="npo-search__form" onSubmit={onSubmit} aria-label={label}>
      <TextField
        type="search"
        label={t('npos.keyword')}
        hint={hint}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        enterKeyHint="search"
        data-testid={inputTestId}
      />
      <Button type="submit" data-testid={submitTestId}>
        {t('npos.search')}
      </Button>
    </form>
  );
}
