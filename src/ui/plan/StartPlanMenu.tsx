/** Placeholder: replaced by the component's owner. */
export function StartPlanMenu() {
  return <section className="panel" data-placeholder="StartPlanMenu" />;
}
