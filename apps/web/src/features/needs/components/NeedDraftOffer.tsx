import { Button, Notice } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  onContinue: () => void;
  onStartNew: () => void;
}

/** 「書きかけの募集があります」: the draft left last time, offered before a second one is begun. */
export function NeedDraftOffer({ title, onContinue, onStartNew }: Props) {
  const { t } = useTranslation();
  return (
    <Notice tone="info" title={t('needForm.draftOffer', { title: title || t('needs.untitled') })}>
      <div className="button-row" data-testid="need-draft-offer">
        <Button onClick={onContinue} data-testid="need-draft-continue">
          {t('needForm.draftContinue')}
        </Button>
        <Button variant="secondary" onClick={onStartNew} data-testid="need-draft-new">
          {t('needForm.draftStartNew')}
        </Button>
      </div>
    </Notice>
  );
}
