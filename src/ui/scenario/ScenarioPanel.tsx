/** Placeholder: replaced by the component's owner. */
export function ScenarioPanel() {
  return <section className="panel" data-placeholder="ScenarioPanel" />;
}
