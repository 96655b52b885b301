import { useTranslation } from 'react-i18next';

/** What to fix before the preview; focused when the officer asks for the preview too early. */
export function NeedFormProblems({ problems }: { problems: Array<[string, string | undefined]> }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <div id="need-form-problems" tabIndex={-1} className="ui-notice ui-notice--error">
      <p className="ui-notice__title">{t('needForm.fixFirst')}</p>
      <ul>
        {problems.map(([field, message]) => (
          <li key={field}>{message}</li>
        ))}
      </ul>
    </div>
  );
}
