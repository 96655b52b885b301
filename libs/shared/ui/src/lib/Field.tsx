import { useId, type ReactNode } from 'react';

/** What a Field hands to its control so that the label, hint and error are tied to it. */
export interface FieldControlProps {
  id: string;
  className: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

export interface FieldProps {
  label: ReactNode;
  /** Shown under the label, before the control: what to write, with an example. */
  hint?: ReactNode;
  /** Shown when the value is wrong; makes the control aria-invalid. */
  error?: ReactNode;
  /** The word shown after the label of a required field, e.g. 「必須」. */
  requiredLabel?: ReactNode;
  required?: boolean;
  /** The control's id; generated when not given. */
  id?: string;
  /** Ids of other descriptions the control also points at. */
  describedBy?: string;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * The one label / hint / error layout of the kit. TextField, TextArea and SelectField render
 * their control through it, so the `ui-field__*` classes live only in the kit.
 */
export function Field({
  label,
  hint,
  error,
  requiredLabel,
  required,
  id,
  describedBy,
  className,
  children,
}: FieldProps) {
  const generatedId = useId();
  const controlId = id ?? generatedId;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const ariaDescribedBy = [hintId, errorId, describedBy].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['ui-field', error ? 'ui-field--invalid' : '', className].filter(Boolean).join(' ')}>
      <label className="ui-field__label" htmlFor={controlId}>
        {label}
        {required && requiredLabel && <span className="ui-field__required">{requiredLabel}</span>}
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
      {children({
        id: controlId,
        className: 'ui-field__input',
        'aria-describedby': ariaDescribedBy,
        'aria-invalid': error ? true : undefined,
      })}
    </div>
  );
}
