import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'aria-invalid'> {
  label: ReactNode;
  /** Shown under the label, before the input: what to write, with an example. */
  hint?: ReactNode;
  /** Shown when the value is wrong; makes the input aria-invalid. */
  error?: ReactNode;
  /** The word shown after the label of a required field, e.g. 「必須」. */
  requiredLabel?: ReactNode;
}

/** A labelled text input. The label stays visible; hint and error are tied to the input. */
export function TextField({ label, hint, error, requiredLabel, id, className, ...input }: TextFieldProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  const describedBy = [hintId, errorId, input['aria-describedby']].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['ui-field', error ? 'ui-field--invalid' : '', className].filter(Boolean).join(' ')}>
      <label className="ui-field__label" htmlFor={inputId}>
        {label}
        {input.required && requiredLabel && <span className="ui-field__required">{requiredLabel}</span>}
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
      <input
        type="text"
        {...input}
        id={inputId}
        className="ui-field__input"
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}
