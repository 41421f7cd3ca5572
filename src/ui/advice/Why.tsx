import type { ReactNode } from 'react';

type Props = { label: string; children: ReactNode };

/**
 * How a figure or a list was worked out, one tap away ("Why" / "依据"): the reasoning an advisor
 * may want to read out, folded so the advice itself stays short on a phone. Printed open.
 */
export function Why({ label, children }: Props) {
  return (
    <details className="advice-why">
      <summary>{label}</summary>
      <p className="field-hint">{children}</p>
    </details>
  );
}
