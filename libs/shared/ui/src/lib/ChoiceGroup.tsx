import { useId, type ReactNode } from 'react';

export interface ChoiceOption<V extends string = string> {
  value: V;
  label: ReactNode;
  disabled?: boolean;
  /** Put on the input, for tests that pick one option. */
  testId?: string;
}

interface ChoiceGroupBase<V extends string> {
  /** The question the options answer; read before each option by screen readers. */
  legend: ReactNode;
  hint?: ReactNode;
  /** Shown when the choice is wrong; the inputs point at it. */
  error?: ReactNode;
  requiredLabel?: ReactNode;
  required?: boolean;
  options: readonly ChoiceOption<V>[];
  /** The inputs' name; generated when not given. */
  name?: string;
  disabled?: boolean;
  /** Lay the options out in as many columns as fit (one on a phone). */
  columns?: boolean;
  className?: string;
  /** Put on the fieldset. */
  testId?: string;
}

export interface RadioGroupProps<V extends string> extends ChoiceGroupBase<V> {
  type: 'radio';
  value: V | null | undefined;
  onChange: (value: V) => void;
}

export interface CheckboxGroupProps<V extends string> extends ChoiceGroupBase<V> {
  type: 'checkbox';
  value: readonly V[];
  onChange: (value: V[]) => void;
}

export type ChoiceGroupProps<V extends string = string> = RadioGroupProps<V> | CheckboxGroupProps<V>;

/** Radios (one answer) or checkboxes (any number) in a fieldset whose legend asks the question. */
export function ChoiceGroup<V extends string>(props: ChoiceGroupProps<V>) {
  const { legend, hint, error, requiredLabel, required, options, disabled, columns, className, testId } = props;
  const generatedId = useId();
  const name = props.name ?? generatedId;
  const hintId = hint ? `${generatedId}-hint` : undefined;
  const errorId = error ? `${generatedId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const isChecked = (value: V) => (props.type === 'radio' ? props.value === value : props.value.includes(value));
  const choose = (value: V, checked: boolean) => {
    if (props.type === 'radio') props.onChange(value);
    else props.onChange(checked ? [...props.value, value] : props.value.filter((v) => v !== value));
  };
  return (
    <fieldset
      className={['ui-choice-group', error ? 'ui-field--invalid' : '', className].filter(Boolean).join(' ')}
      aria-describedby={describedBy}
      disabled={disabled}
      data-testid={testId}
    >
      <legend className="ui-field__label">
        {legend}
        {required && requiredLabel && <span className="ui-field__required">{requiredLabel}</span>}
      </legend>
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
      <div
        className={columns ? 'ui-choice-group__options ui-choice-group__options--columns' : 'ui-choice-group__options'}
      >
        {options.map((o) => (
          <label key={o.value} className="ui-choice">
            <input
              type={props.type}
              name={name}
              value={o.value}
              checked={isChecked(o.value)}
              disabled={o.disabled}
              aria-invalid={error ? true : undefined}
              onChange={(e) => choose(o.value, e.target.checked)}
              data-testid={o.testId}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
