import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { files as coreFiles } from 'virtual:knowledge/core';
import loaders from 'virtual:knowledge/loaders';
import { App } from '../../src/app/app';
import { KnowledgeProvider } from '../../src/app/knowledge-provider';
import { forgetFailedLoads, lazyView } from '../../src/app/load-view';
import { KnowledgeParts } from '../../src/app/knowledge-parts';
import { useRoute } from '../../src/routing';
import { ErrorBoundary } from '../../src/ui';

const quietly = () => vi.spyOn(console, 'error').mockImplementation(() => undefined);

/**
 * The build's knowledge parts, where those whose name matches `which` fail the first `failures`
 * times; `calls` counts the requests for them.
 */
function flakyParts(failures: number, which: RegExp) {
  const calls = vi.fn();
  const wrapped = Object.fromEntries(
    Object.entries(loaders).map(([name, load]) => [
      name,
      () => {
        if (!which.test(name)) return load();
        calls(name);
        return calls.mock.calls.length <= failures
          ? Promise.reject(new Error('Failed to fetch dynamically imported module'))
          : load();
      },
    ]),
  );
  return { parts: new KnowledgeParts(wrapped, coreFiles), calls };
}

// A view's first lazy import compiles its whole module tree in the test runner.
const LAZY = { timeout: 15000 };
const FAILED = 'The knowledge base could not be loaded.';
const retry = () => userEvent.click(screen.getByRole('button', { name: 'Retry' }));

describe('a view chunk that fails to load', () => {
  function renderView(failures: number) {
    let calls = 0;
    const View = lazyView<{ name: string }>(() => {
      calls += 1;
      return calls <= failures
        ? Promise.reject(new Error('chunk request aborted'))
        : Promise.resolve({ default: ({ name }: { name: string }) => <h1>{name} loaded</h1> });
    });
    render(
      <ErrorBoundary
        onRetry={forgetFailedLoads}
        fallback={(message, again) => (
          <div role="alert">
            {message} <button onClick={again}>Retry</button>
          </div>
        )}
      >
        <Suspense fallback={<p>loading</p>}>
          <View name="about" />
        </Suspense>
      </ErrorBoundary>,
    );
    return { calls: () => calls };
  }

  it('shows the failure with a Retry that imports the chunk again', async () => {
    const errors = quietly();
    const { calls } = renderView(1);
    expect(await screen.findByRole('alert')).toHaveTextContent('chunk request aborted');
    expect(calls()).toBe(1);
    await retry();
    expect(await screen.findByRole('heading', { name: 'about loaded' })).toBeVisible();
    expect(calls()).toBe(2);
    errors.mockRestore();
  });

  it('does not fetch again by itself while the network stays down, only on each Retry', async () => {
    const errors = quietly();
    const { calls } = renderView(Infinity);
    expect(await screen.findByRole('alert')).toBeVisible();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(calls()).toBe(1);
    await retry();
    await waitFor(() => expect(calls()).toBe(2));
    expect(await screen.findByRole('alert')).toHaveTextContent('chunk request aborted');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(calls()).toBe(2);
    errors.mockRestore();
  });
});

describe('the knowledge base', () => {
  it('names its size in the footer from the first paint, never "as of : 0 options"', async () => {
    window.location.hash = '#/about';
    const never = new KnowledgeParts({ ...loaders, scoring: () => new Promise(() => undefined) }, coreFiles);
    render(
      <KnowledgeProvider parts={never}>
        <App />
      </KnowledgeProvider>,
    );
    const footer = await screen.findByRole('contentinfo');
    expect(footer).toHaveTextContent(/^Knowledge as of \d{4}-\d{2}: \d{2} options, \d{3} sources\.$/);
    expect(screen.getByRole('main')).toHaveTextContent('Loading…');
  });

  it('reports a failed download with a Retry that fetches it again', async () => {
    window.location.hash = '#/about';
    const { parts, calls } = flakyParts(1, /^scoring$/);
    render(
      <KnowledgeProvider parts={parts}>
        <App />
      </KnowledgeProvider>,
    );
    expect(await screen.findByRole('heading', { level: 1, name: FAILED })).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('Failed to fetch dynamically imported module');
    expect(screen.getByRole('contentinfo')).toHaveTextContent('The knowledge base is not loaded.');
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    await retry();
    expect(await screen.findByRole('heading', { level: 1, name: 'About the data' }, LAZY)).toBeVisible();
    expect(calls).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('contentinfo')).toHaveTextContent(/Knowledge as of \d{4}-\d{2}: \d+ options/);
  });

  it('keeps the questionnaire, which needs only the core, while other parts fail', async () => {
    window.location.hash = '#/';
    const { parts } = flakyParts(Infinity, /^(?!text\/en\/core)/);
    render(
      <KnowledgeProvider parts={parts}>
        <App />
      </KnowledgeProvider>,
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Describe your environment and needs' }),
    ).toBeVisible();
    await userEvent.click(screen.getByRole('link', { name: 'Results' }));
    expect(await screen.findByRole('heading', { level: 1, name: FAILED })).toBeVisible();
  });

  it('reports the text of the core failing to arrive, with a Retry, instead of a blank page', async () => {
    const { parts, calls } = flakyParts(1, /^text\/en\/core$/);
    render(
      <KnowledgeProvider parts={parts}>
        <App />
      </KnowledgeProvider>,
    );
    expect(await screen.findByRole('heading', { level: 1, name: FAILED })).toBeVisible();
    await retry();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Describe your environment and needs' }),
    ).toBeVisible();
    expect(calls).toHaveBeenCalledTimes(2);
  });

  it('reports a knowledge part that arrives malformed the same way', async () => {
    window.location.hash = '#/results/networking';
    const broken = new KnowledgeParts(
      { ...loaders, scoring: () => Promise.resolve({ criteria: 'none' }) },
      coreFiles,
    );
    render(
      <KnowledgeProvider parts={broken}>
        <App />
      </KnowledgeProvider>,
    );
    expect(await screen.findByRole('heading', { level: 1, name: FAILED })).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('knowledge part "scoring" is malformed');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeVisible();
  });

  it('switches the text to another language without a reload, loading only that language', async () => {
    window.location.hash = '#/results/networking';
    const { parts, calls } = flakyParts(0, /^text\//);
    render(
      <KnowledgeProvider parts={parts}>
        <App />
      </KnowledgeProvider>,
    );
    expect(await screen.findByRole('heading', { level: 1, name: /networking/i }, LAZY)).toBeVisible();
    expect(calls.mock.calls.flat().every((name) => String(name).startsWith('text/en/'))).toBe(true);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /language/i }), 'zh');
    expect(await screen.findByRole('heading', { level: 1, name: /网络/ }, LAZY)).toBeVisible();
    expect(calls.mock.calls.flat()).toEqual(expect.arrayContaining(['text/zh/core', 'text/zh/networking']));
    expect(calls.mock.calls.flat().some((name) => String(name).startsWith('text/ru/'))).toBe(false);
  });
});

function BreaksOn({ hash }: { hash: string }) {
  const { path } = useRoute();
  if (`#/${path.join('/')}` === hash) throw new Error(`cannot show ${hash}`);
  return <p>shell for {path.join('/') || 'home'}</p>;
}

describe('the shell', () => {
  it('shows a failure anywhere in it as a message, and a new address recovers', async () => {
    const errors = quietly();
    window.location.hash = '#/boom';
    render(
      <KnowledgeProvider>
        <BreaksOn hash="#/boom" />
      </KnowledgeProvider>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('cannot show #/boom');
    act(() => {
      window.location.hash = '#/about';
    });
    expect(await screen.findByText('shell for about')).toBeVisible();
    errors.mockRestore();
  });

  it('lets Retry render a part again once its cause is gone', async () => {
    const errors = quietly();
    let broken = true;
    function Part() {
      if (broken) throw new Error('not yet');
      return <p>fine now</p>;
    }
    const onRetry = vi.fn(() => {
      broken = false;
    });
    render(
      <ErrorBoundary onRetry={onRetry} fallback={(m, again) => <button onClick={again}>Retry: {m}</button>}>
        <Part />
      </ErrorBoundary>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Retry: not yet' }));
    expect(screen.getByText('fine now')).toBeVisible();
    expect(onRetry).toHaveBeenCalledOnce();
    errors.mockRestore();
  });
});
