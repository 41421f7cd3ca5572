/** Placeholder: replaced by the component's owner. */
export function CashChart() {
  return <section className="panel" data-placeholder="CashChart" />;
}
