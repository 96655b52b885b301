import { Chip } from '@tsunagu/shared/ui';
import type { ReactNode } from 'react';

export interface ChipFilterProps<V extends string | number> {
  legend: string;
  /** The values offered as chips, in the order shown. */
  values: readonly V[];
  chosen: readonly V[];
  onChange: (chosen: V[]) => void;
  labelOf: (value: V) => string;
  /** How many results each value has (the search's facets). */
  countOf: (value: V) => number;
  testIdOf: (value: V) => string;
  /** After the chips: e.g. the way to show the rest. */
  more?: ReactNode;
}

/** A filter of the NPO search: one chip per value with its count, a tap adds or takes it away. */
export function ChipFilter<V extends string | number>(props: ChipFilterProps<V>) {
  const { chosen } = props;
  const toggle = (value: V) => (chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value]);
  return (
    <fieldset className="npo-filter">
      <legend>{props.legend}</legend>
      <div className="npo-filter__chips">
        {props.values.map((value) => (
          <Chip
            key={value}
            label={props.labelOf(value)}
            count={props.countOf(value)}
            selected={chosen.includes(value)}
            onClick={() => props.onChange(toggle(value))}
            data-testid={props.testIdOf(value)}
          />
        ))}
        {props.more}
      </div>
    </fieldset>
  );
}
