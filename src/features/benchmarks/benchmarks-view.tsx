// Placeholder until this view is built.
export default function BenchmarksView() {
  return <h1>BenchmarksView</h1>;
}
