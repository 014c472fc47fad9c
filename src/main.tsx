import './zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { KnowledgeProvider } from './app/knowledge-provider';
import './app/styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <KnowledgeProvider>
        <App />
      </KnowledgeProvider>
    </StrictMode>,
  );
}
