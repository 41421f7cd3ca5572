/** Placeholder: replaced by the component's owner. */
export function MetricCards() {
  return <section className="panel" data-placeholder="MetricCards" />;
}
