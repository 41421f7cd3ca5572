/** Placeholder: replaced by the component's owner. */
export function PlanEditor() {
  return <section className="panel" data-placeholder="PlanEditor" />;
}
