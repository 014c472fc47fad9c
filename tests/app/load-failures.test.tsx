import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import fullFiles from 'virtual:knowledge-full';
import { App } from '../../src/app/app';
import { KnowledgeProvider } from '../../src/app/knowledge-provider';
import { forgetFailedLoads, lazyView } from '../../src/app/load-view';
import type { RawFile } from '../../src/domain/knowledge';
import { ErrorBoundary, useRoute } from '../../src/ui';

type Files = readonly RawFile[];

const quietly = () => vi.spyOn(console, 'error').mockImplementation(() => undefined);

/** A loader that fails the first `failures` times, then gives `files`; it counts its calls. */
function flaky(failures: number, files: Files = fullFiles) {
  const load = vi.fn(() =>
    load.mock.calls.length <= failures
      ? Promise.reject(new Error('Failed to fetch dynamically imported module'))
      : Promise.resolve(files),
  );
  return load;
}

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
  it('says it is loading in the footer, never "as of : 0 options"', async () => {
    window.location.hash = '#/about';
    render(
      <KnowledgeProvider loadFull={() => new Promise<Files>(() => undefined)}>
        <App />
      </KnowledgeProvider>,
    );
    expect(screen.getByRole('contentinfo')).toHaveTextContent(/^Loading the knowledge base…$/);
    expect(screen.getByRole('contentinfo')).not.toHaveTextContent(/0 options/);
  });

  it('reports a failed download with a Retry that fetches it again', async () => {
    window.location.hash = '#/about';
    const load = flaky(1);
    render(
      <KnowledgeProvider loadFull={load}>
        <App />
      </KnowledgeProvider>,
    );
    expect(await screen.findByRole('heading', { level: 1, name: FAILED })).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('Failed to fetch dynamically imported module');
    expect(screen.getByRole('contentinfo')).toHaveTextContent('The knowledge base is not loaded.');
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    await retry();
    expect(await screen.findByRole('heading', { level: 1, name: 'About the data' })).toBeVisible();
    expect(load).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('contentinfo')).toHaveTextContent(/Knowledge as of \d{4}-\d{2}: \d+ options/);
  });

  it('keeps the questionnaire, with the failure above it', async () => {
    render(
      <KnowledgeProvider loadFull={flaky(Infinity)}>
        <App />
      </KnowledgeProvider>,
    );
    expect(await screen.findByRole('heading', { level: 1, name: FAILED })).toBeVisible();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Describe your environment and needs' }),
    ).toBeVisible();
  });

  it('reports a knowledge module that fails validation the same way', async () => {
    window.location.hash = '#/results/networking';
    render(
      <KnowledgeProvider loadFull={flaky(0, [{ path: 'criteria.json', data: { criteria: 'none' } }])}>
        <App />
      </KnowledgeProvider>,
    );
    expect(await screen.findByRole('heading', { level: 1, name: FAILED })).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('knowledge base is invalid');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeVisible();
  });

  it('shows a message instead of a blank page when the bundled core is invalid', () => {
    render(
      <KnowledgeProvider core={[]} loadFull={flaky(0)}>
        <App />
      </KnowledgeProvider>,
    );
    expect(screen.getByRole('heading', { level: 1, name: FAILED })).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('knowledge base is invalid');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeVisible();
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
      <KnowledgeProvider loadFull={flaky(0)}>
        <BreaksOn hash="#/boom" />
      </KnowledgeProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('cannot show #/boom');
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
