import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { KnowledgeSummary } from './app/knowledge-summary';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <KnowledgeSummary />
    </StrictMode>,
  );
}
