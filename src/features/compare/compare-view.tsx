// Placeholder until this view is built.
export default function CompareView() {
  return <h1>CompareView</h1>;
}
