import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/domain/knowledge';
import { applyOverlay } from '../../../src/domain/overlay';
import { profileSchema, type Profile } from '../../../src/domain/schemas';
import DecisionView from '../../../src/features/decision/decision-view';
import { KnowledgeContext } from '../../../src/knowledge-context';
import { readDataDir } from '../../../src/node/read-data-dir';
import { useAppStore } from '../../../src/store';
import { kb as plain, renderWithKnowledge } from '../../ui/render-app';

// The decision view's record preview lists the knowledge overlay the app has merged in, with the
// full hash of its file, as the downloaded Markdown does.

const base = readDataDir(join(process.cwd(), 'data'));
const exampleText = readFileSync('examples/acme-dc.overlay.json', 'utf8');
const profile: Profile = profileSchema.parse(
  JSON.parse(readFileSync('examples/acme-dc.profile.json', 'utf8')),
);

function overlaid(text: string): Knowledge {
  const result = applyOverlay(base, text, 'acme-dc.overlay.json');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.knowledge;
}

const kb = overlaid(exampleText);
const HASH = kb.overlay?.sha256 ?? '';

function renderView(knowledge: Knowledge, language: 'en' | 'zh' | 'ru' = 'en') {
  useAppStore.setState({
    language,
    environment: profile.environment,
    weights: profile.weights,
    mustHave: profile.mustHave,
  });
  return render(
    <KnowledgeContext.Provider value={{ kb: knowledge, complete: true }}>
      <DecisionView />
    </KnowledgeContext.Provider>,
  );
}

const preview = () => within(screen.getByRole('article', { name: 'Preview of the decision record' }));

describe('the decision view with a knowledge overlay', () => {
  it('shows the overlay’s name, owner and full hash in the record preview', () => {
    expect(HASH).toMatch(/^[0-9a-f]{64}$/);
    renderView(kb);
    const record = preview();
    expect(record.getByRole('heading', { name: 'Knowledge overlay' })).toBeInTheDocument();
    const summary = record.getByText(new RegExp(`SHA-256 ${HASH}`));
    expect(summary).toHaveTextContent(
      `Knowledge overlay “acme-dc” (Acme platform team <platform@acme.example>), SHA-256 ${HASH}: 3 sources, 1 option, 1 benchmark added; 1 status replaced.`,
    );
    expect(record.getByText(/“acme-dc”/)).toBe(summary);
    expect(record.getByText('Facts from it in this decision:')).toBeInTheDocument();
    expect(
      record.getByText(/^Calico \(BGP, no encapsulation\) \(calico-bgp\), Throughput: measured \(2026-10 /),
    ).toBeInTheDocument();
  });

  it('shows it in the reader’s language', () => {
    renderView(kb, 'zh');
    const article = screen.getByRole('article');
    expect(within(article).getByRole('heading', { name: '知识叠加数据' })).toBeInTheDocument();
    expect(
      within(article).getByText(new RegExp(`^知识叠加数据“acme-dc”（.*），SHA-256 ${HASH}：`)),
    ).toBeInTheDocument();
  });

  it('shows a hostile owner as text, not as a link', () => {
    const example = JSON.parse(exampleText) as Record<string, unknown>;
    const hostile = overlaid(JSON.stringify({ ...example, owner: '*x*](javascript:alert(1))' }));
    const { container } = renderView(hostile);
    expect(
      preview().getByText(/“acme-dc” \(\*x\*\]\(javascript:alert\(1\)\)\), SHA-256/),
    ).toBeInTheDocument();
    expect(container.querySelector('article a')).toBeNull();
  });

  it('has no overlay section without one', () => {
    renderWithKnowledge(<DecisionView />, {
      environment: profile.environment,
      weights: profile.weights,
      mustHave: profile.mustHave,
    });
    expect(plain.overlay).toBeUndefined();
    expect(preview().queryByRole('heading', { name: 'Knowledge overlay' })).toBeNull();
    expect(preview().queryByText(/SHA-256/)).toBeNull();
  });
});
