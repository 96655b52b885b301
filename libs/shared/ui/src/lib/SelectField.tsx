import type { ReactNode, SelectHTMLAttributes } from 'react';
import { Field } from './Field';

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'aria-invalid' | 'children'> {
  label: ReactNode;
  hint?: ReactNode;
  /** Shown when the choice is wrong; makes the select aria-invalid. */
  error?: ReactNode;
  requiredLabel?: ReactNode;
  options: readonly SelectOption[];
  /** A first option with the empty value, e.g. 「選んでください」 or 「すべて」. */
  placeholder?: string;
}

/** A labelled drop-down, laid out like TextField. */
export function SelectField({
  label,
  hint,
  error,
  requiredLabel,
  options,
  placeholder,
  id,
  className,
  ...select
}: SelectFieldProps) {
  return (
    <Field
      label={label}
      hint={hint}
      error={error}
      requiredLabel={requiredLabel}
      required={select.required}
      id={id}
      describedBy={select['aria-describedby']}
      className={className}
    >
      {(control) => (
        <select {...select} {...control}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value} disabled={o.disabled}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
