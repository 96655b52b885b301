import type { InputHTMLAttributes, ReactNode } from 'react';
import { Field } from './Field';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'aria-invalid'> {
  label: ReactNode;
  /** Shown under the label, before the input: what to write, with an example. */
  hint?: ReactNode;
  /** Shown when the value is wrong; makes the input aria-invalid. */
  error?: ReactNode;
  /** The word shown after the label of a required field, e.g. 「必須」. */
  requiredLabel?: ReactNode;
}

/** A labelled text input (or any other `<input>` type). The label stays visible; hint and error are tied to it. */
export function TextField({ label, hint, error, requiredLabel, id, className, ...input }: TextFieldProps) {
  return (
    <Field
      label={label}
      hint={hint}
      error={error}
      requiredLabel={requiredLabel}
      required={input.required}
      id={id}
      describedBy={input['aria-describedby']}
      className={className}
    >
      {(control) => <input type="text" {...input} {...control} />}
    </Field>
  );
}
