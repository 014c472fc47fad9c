import { join } from 'node:path';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { readKnowledge } from '../../src/cli/read-knowledge';
import type { Knowledge } from '../../src/domain/knowledge';
import { useAppStore, type AppState } from '../../src/store';
import { KnowledgeContext } from '../../src/knowledge-context';

/** The real knowledge base, read from data/ once for all component tests. */
export const kb: Knowledge = readKnowledge(join(process.cwd(), 'data'));

const initial = useAppStore.getState();

export function resetStore(): void {
  useAppStore.setState({ ...initial, language: 'en', theme: 'system', notice: undefined }, true);
}

/** Renders a view with the real knowledge base and, optionally, some store state. */
export function renderWithKnowledge(
  ui: ReactElement,
  state: Partial<AppState> = {},
  complete = true,
): RenderResult {
  useAppStore.setState(state);
  return render(<KnowledgeContext.Provider value={{ kb, complete }}>{ui}</KnowledgeContext.Provider>);
}
