import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NoticeBanner } from '../../src/app/notice-banner';
import { CORRUPT_KEY, STORAGE_KEY, useAppStore } from '../../src/store';
import { refuseWrites, reloadFrom, storedState, valid, wrap } from '../store/stored';
import { readText } from '../../src/ui';
import { renderWithKnowledge } from '../ui/render-app';

afterEach(() => vi.restoreAllMocks());

/** Files saved through an object URL and a clicked link, in order. */
function captureDownloads(): { name: string; blob: Blob }[] {
  const files: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) files.push({ name: this.download, blob });
  });
  return files;
}

describe('notice banner', () => {
  it('offers the unreadable text for download when no copy could be kept, and saves again once dismissed', async () => {
    refuseWrites(CORRUPT_KEY);
    const text = wrap(valid).slice(0, -1);
    await reloadFrom(text);
    renderWithKnowledge(<NoticeBanner />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      'A saved profile could not be read, and no copy of it could be kept in this browser (storage is full).',
    );
    expect(alert).not.toHaveTextContent('was set aside');
    expect(within(alert).getByText(/^stored state: not valid JSON/)).toBeInTheDocument();

    const files = captureDownloads();
    await userEvent.click(
      within(alert).getByRole('button', { name: 'Download the saved profile as it was' }),
    );
    expect(files.map((f) => f.name)).toEqual(['container-stack-advisor-unreadable-state.txt']);
    expect(await readText(files[0]?.blob ?? new Blob())).toBe(text);
    // Downloading does not end the hold: the text stays until the user dismisses it.
    expect(localStorage.getItem(STORAGE_KEY)).toBe(text);

    await userEvent.click(within(alert).getByRole('button', { name: 'Dismiss and save my changes over it' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(localStorage.getItem(STORAGE_KEY)).not.toBe(text);
    expect(storedState()).toMatchObject({ weights: {} });
  });

  it('summarises a long problem list in the user’s language', async () => {
    const weights = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`w${i}`, 'x']));
    await reloadFrom(wrap({ ...valid, language: 'en', weights }));
    renderWithKnowledge(<NoticeBanner />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('1,000 problems; first 20 shown.');
    expect(within(alert).getAllByRole('listitem')).toHaveLength(20);
    useAppStore.getState().setLanguage('ru');
    expect(await screen.findByText('1 000 проблем; показаны первые 20.')).toBeInTheDocument();
  });

  it('says when a change could not be saved, and why', async () => {
    refuseWrites(STORAGE_KEY);
    renderWithKnowledge(<NoticeBanner />);
    useAppStore.getState().setWeight('throughput' as never, 4);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your latest changes could not be saved in this browser (storage is full).',
    );
  });

  it('checks the stored state’s ids as the knowledge base arrives', async () => {
    await reloadFrom(wrap({ ...valid, weights: { throughput: 5, warpDrive: 1 } }));
    renderWithKnowledge(<NoticeBanner />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'weights.warpDrive: unknown criterion id (value: 1)',
    );
    expect(useAppStore.getState().weights).toEqual({ throughput: 5 });
  });
});
