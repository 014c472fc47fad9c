// Placeholder until this view is built.
export default function CaseStudiesView({ id }: { id: string | undefined }) {
  void id;
  return <h1>CaseStudiesView</h1>;
}
