import { useId, type ReactNode, type TextareaHTMLAttributes } from 'react';

export interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'aria-invalid'> {
  label: ReactNode;
  /** Shown under the label, before the box: what to write, with an example. */
  hint?: ReactNode;
  /** Shown when the value is wrong; makes the box aria-invalid. */
  error?: ReactNode;
  /** The word shown after the label of a required field, e.g. 「必須」. */
  requiredLabel?: ReactNode;
}

/** A labelled multi-line text box, laid out like TextField. */
export function TextArea({ label, hint, error, requiredLabel, id, className, ...box }: TextAreaProps) {
  const generatedId = useId();
  const boxId = id ?? generatedId;
  const hintId = hint ? `${boxId}-hint` : undefined;
  const errorId = error ? `${boxId}-error` : undefined;
  const describedBy = [hintId, errorId, box['aria-describedby']].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['ui-field', error ? 'ui-field--invalid' : '', className].filter(Boolean).join(' ')}>
      <label className="ui-field__label" htmlFor={boxId}>
        {label}
        {box.required && requiredLabel && <span className="ui-field__required">{requiredLabel}</span>}
      </label>
      {hint && (
        <p className="ui-field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="ui-field__error" id={errorId}>
          {error}
        </p>
      )}
      <textarea
        rows={5}
        {...box}
        id={boxId}
        className="ui-field__input"
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}
