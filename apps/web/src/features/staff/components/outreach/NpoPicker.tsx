import { useQuery } from '@apollo/client/react';
import { OutreachNpoSearchDocument } from '@tsunagu/shared/graphql-client';
import { Button, TextField } from '@tsunagu/shared/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { wardLabel } from '../../../../shared/ward-label';

export interface PickedNpo {
  id: string;
  name: string;
  ward?: string | null;
}

export interface NpoPickerProps {
  id: string;
  chosen: readonly PickedNpo[];
  onChange: (chosen: PickedNpo[]) => void;
  error?: string;
}

/**
 * Staff find NPOs by name and add them to the letters. It sits inside the letters form, so the
 * Enter key searches here instead of sending the form.
 */
export function NpoPicker({ id, chosen, onChange, error }: NpoPickerProps) {
  const { t, i18n } = useTranslation();
  const [words, setWords] = useState('');
  const [asked, setAsked] = useState('');
  const { data, loading } = useQuery(OutreachNpoSearchDocument, {
    variables: { input: { query: asked, pageSize: 10 } },
    skip: !asked,
  });
  const search = () => setAsked(words.trim());
  const hits = data?.searchNpos.hits.map((h) => h.npo) ?? [];
  const isChosen = (npoId: string) => chosen.some((c) => c.id === npoId);
  return (
    <div className="outreach-picker">
      <TextField
        id={id}
        type="search"
        label={t('outreach.letters.pickLabel')}
        hint={t('outreach.letters.pickHint')}
        error={error}
        value={words}
        enterKeyHint="search"
        onChange={(e) => setWords(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            search();
          }
        }}
        data-testid="letters-pick-words"
      />
      <Button variant="secondary" onClick={search}>
        {t('outreach.letters.pickSearch')}
      </Button>
      <p role="status" aria-live="polite">
        {asked &&
          (loading
            ? t('npos.searching')
            : t('outreach.letters.pickFound', { count: data?.searchNpos.total ?? 0, shown: hits.length }))}
      </p>
      {hits.length > 0 && (
        <ul className="plain-list">
          {hits.map((npo) => (
            <li key={npo.id} className="outreach-row">
              <span>
                {npo.ward
                  ? t('outreach.withExtra', { main: npo.name, extra: wardLabel(npo.ward, i18n.resolvedLanguage) })
                  : npo.name}
              </span>
              <Button
                variant="secondary"
                disabled={isChosen(npo.id)}
                aria-label={t('outreach.letters.pickAddNamed', { name: npo.name })}
                onClick={() => onChange([...chosen, { id: npo.id, name: npo.name, ward: npo.ward }])}
              >
                {isChosen(npo.id) ? t('outreach.letters.pickAdded') : t('outreach.letters.pickAdd')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <p className="outreach-label">{t('outreach.letters.pickChosen', { count: chosen.length })}</p>
      <ul className="plain-list" data-testid="letters-chosen">
        {chosen.map((npo) => (
          <li key={npo.id} className="outreach-row">
            <span>{npo.name}</span>
            <Button
              variant="secondary"
              aria-label={t('outreach.letters.pickRemoveNamed', { name: npo.name })}
              onClick={() => onChange(chosen.filter((c) => c.id !== npo.id))}
            >
              {t('outreach.letters.pickRemove')}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
