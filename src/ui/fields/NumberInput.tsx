import { useState, type InputHTMLAttributes } from 'react';
import { textOfNumberValue, valueOfNumberText } from './numberText';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  /** The stored value: a number, a string kept as typed, or nothing. */
  value: unknown;
  /** The value read from the text (numberText.ts), and the text as typed. */
  onValue: (value: number | string | undefined, typed: string) => void;
  /** A percentage: a trailing "%" is its unit (numberText.ts). */
  percent?: boolean;
};

/**
 * A text box for numbers that never rewrites what is being typed ("12." stays "12.") yet follows
 * the store when the value changes from outside (undo, a new plan).
 */
export function NumberInput({ value, onValue, percent, ...rest }: Props) {
  const [text, setText] = useState(() => textOfNumberValue(value));
  const [seen, setSeen] = useState<unknown>(value);
  if (!Object.is(seen, value)) {
    setSeen(value);
    if (!Object.is(valueOfNumberText(text, { percent }), value)) setText(textOfNumberValue(value));
  }
  return (
    <input
      inputMode="decimal"
      {...rest}
      type="text"
      autoComplete="off"
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onValue(valueOfNumberText(e.target.value, { percent }), e.target.value);
      }}
    />
  );
}
