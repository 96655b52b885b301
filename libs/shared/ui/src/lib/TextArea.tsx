import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { Field } from './Field';

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
  return (
    <Field
      label={label}
      hint={hint}
      error={error}
      requiredLabel={requiredLabel}
      required={box.required}
      id={id}
      describedBy={box['aria-describedby']}
      className={className}
    >
      {(control) => <textarea rows={5} {...box} {...control} />}
    </Field>
  );
}
