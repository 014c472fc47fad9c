// Placeholder until this view is built.
export default function OptionView({ id }: { id: string }) {
  void id;
  return <h1>OptionView</h1>;
}
