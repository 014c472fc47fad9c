// Placeholder until this view is built.
export default function AboutView() {
  return <h1>AboutView</h1>;
}
