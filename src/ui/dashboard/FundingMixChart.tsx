/** Placeholder: replaced by the component's owner. */
export function FundingMixChart() {
  return <section className="panel" data-placeholder="FundingMixChart" />;
}
