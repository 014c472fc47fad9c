import { bundledKnowledge } from './bundled-knowledge';

/** Until the questionnaire and results views exist, the page states what the knowledge base holds. */
export function KnowledgeSummary() {
  const kb = bundledKnowledge();
  return (
    <main
      style={{
        fontFamily: 'system-ui, sans-serif',
        maxWidth: '40rem',
        margin: '2rem auto',
        padding: '0 1rem',
      }}
    >
      <h1>Container Stack Advisor</h1>
      <p>
        The interactive questionnaire is not available yet. The knowledge base and the scoring engine are: run{' '}
        <code>npm run --silent advisor -- recommend --profile examples/public-cloud.json</code>.
      </p>
      <h2>Knowledge base</h2>
      <ul>
        {kb.categories.map((c) => (
          <li key={c.id}>
            {c.name.en}: {kb.optionsByCategory.get(c.id)?.length ?? 0} options
          </li>
        ))}
        <li>{kb.caseStudies.length} case studies</li>
        <li>{kb.benchmarks.length} benchmark sources</li>
        <li>{kb.sources.length} cited sources</li>
      </ul>
    </main>
  );
}
