/** Placeholder: replaced by the component's owner. */
export function HeadroomChart() {
  return <section className="panel" data-placeholder="HeadroomChart" />;
}
