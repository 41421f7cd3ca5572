/** Placeholder: replaced by the component's owner. */
export function Headline() {
  return <section className="panel" data-placeholder="Headline" />;
}
