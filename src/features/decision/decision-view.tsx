// Placeholder until this view is built.
export default function DecisionView() {
  return <h1>DecisionView</h1>;
}
