import type { CategoryId } from '@/domain/schemas';
// Placeholder until this view is built.
export default function ResultsView({ category }: { category: CategoryId }) {
  void category;
  return <h1>ResultsView</h1>;
}
