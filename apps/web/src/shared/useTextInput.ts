import { useState } from 'react';

/**
 * A text box's words as state: `value` for the request, `bind` to spread on a TextField or
 * TextArea (its value and the change handler that keeps them).
 */
export function useTextInput(initial = '') {
  const [value, setValue] = useState(initial);
  return { value, bind: { value, onChange: (e: { target: { value: string } }) => setValue(e.target.value) } };
}
