import { Chip } from '@tsunagu/shared/ui';
import { NEED_TEMPLATES } from '@tsunagu/shared/util';
import { useTranslation } from 'react-i18next';

interface Props {
  selected: string;
  onPick: (templateId: string) => void;
}

/** Ready-made needs on top of the form: one tap fills in the title, text, fields and kind of help. */
export function NeedTemplatePicker({ selected, onPick }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage;
  return (
    <section aria-labelledby="need-templates-title">
      <h2 id="need-templates-title" className="need-form__h2">
        {t('needForm.templates')}
      </h2>
      <p className="form-hint">{t('needForm.templatesHint')}</p>
      <div className="need-templates">
        {NEED_TEMPLATES.map((tpl) => (
          <Chip
            key={tpl.id}
            label={lang === 'en' ? tpl.labelEn : tpl.labelJa}
            selected={selected === tpl.id}
            onClick={() => onPick(tpl.id)}
            data-testid={`template-${tpl.id}`}
          />
        ))}
      </div>
    </section>
  );
}
