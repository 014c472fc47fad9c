import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CategoryId, Profile } from '../../../src/domain/schemas';
import { rank } from '../../../src/domain/scoring';
import { describeReason } from '../../../src/words';
import { composeStack } from '../../../src/domain/stack';
import { readText } from '../../../src/ui';
import { RecordPanel } from '../../../src/features/decision/record-panel';
import { useAppStore } from '../../../src/store';
import { kb, renderWithKnowledge } from '../../ui/render-app';

const preset = kb.presets.find((p) => p.id === 'public-cloud-no-bgp');
if (!preset) throw new Error('preset public-cloud-no-bgp is missing');
const publicCloud: Profile = preset.profile;
const categoryName = (id: CategoryId) => kb.categories.find((c) => c.id === id)?.name.en ?? id;
const kbOrder = kb.categories.map((c) => c.name.en);
const byKbOrder = (a: string, b: string) => kbOrder.indexOf(a) - kbOrder.indexOf(b);

const renderPanel = (complete = true) =>
  renderWithKnowledge(
    <RecordPanel />,
    { environment: publicCloud.environment, weights: publicCloud.weights, mustHave: publicCloud.mustHave },
    complete,
  );

const preview = () => screen.getByRole('article', { name: 'Preview of the decision record' });
const layer = (id: CategoryId) => within(screen.getByRole('group', { name: categoryName(id) }));

/** The rendered record's text from a section heading (record level 2, an <h3>) to the next one. */
function previewSection(title: string): string {
  const headings = within(preview()).getAllByRole('heading', { level: 3 });
  const start = headings.find((h) => h.textContent === title);
  if (!start) throw new Error(`no section "${title}"`);
  let text = '';
  for (let node = start.nextElementSibling; node && node.tagName !== 'H3'; node = node.nextElementSibling)
    text += `${node.textContent ?? ''}\n`;
  return text;
}

/** Captures what downloadFile hands to the browser. */
function captureDownloads() {
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

const stack = () => {
  const outcome = composeStack(kb, publicCloud, 'weighted');
  if (!outcome.ok) throw new Error('no stack');
  return outcome.stack;
};
const networking = rank(kb, publicCloud, { category: 'networking', method: 'weighted' });

afterEach(() => vi.restoreAllMocks());

describe('whole-stack decision record', () => {
  it('covers every layer the stack fills by default, each with a choice and a rationale field', () => {
    renderPanel();
    const filled = stack().picks.map((p) => p.category);
    const picker = within(screen.getByRole('group', { name: 'Layers to include' }));
    for (const c of kb.categories) {
      const box = picker.getByRole('checkbox', { name: c.name.en });
      if (filled.includes(c.id)) expect(box).toBeChecked();
      else expect(box).not.toBeChecked();
    }
    const outcome = previewSection('Decision outcome');
    const legends = screen.getAllByRole('group').map((g) => g.querySelector('legend')?.textContent);
    expect(legends).toEqual(['Layers to include', ...filled.map(categoryName).sort(byKbOrder)]);
    expect(screen.getAllByRole('combobox', { name: 'Chosen option' })).toHaveLength(filled.length);
    expect(screen.getAllByRole('textbox', { name: 'Rationale: why this option' })).toHaveLength(
      filled.length,
    );
    const layerHeadings = within(preview())
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.textContent);
    for (const c of filled) expect(layerHeadings).toContain(categoryName(c));
    const pick = stack().picks.find((p) => p.category === 'networking');
    expect(outcome).toContain(`Chosen option: ${pick?.option.name} (${pick?.option.id}) — the stack's pick`);
    expect(layer('networking').getByRole('combobox', { name: 'Chosen option' })).toHaveDisplayValue(
      `The stack's pick: ${pick?.option.name}`,
    );
  });

  it('is rendered, not Markdown: headings, lists and tables', () => {
    renderPanel();
    const record = within(preview());
    expect(
      record.getByRole('heading', { level: 2, name: 'Decision record: container stack' }),
    ).toBeInTheDocument();
    expect(record.getAllByRole('table').length).toBeGreaterThan(0);
    expect(record.getAllByRole('list').length).toBeGreaterThan(0);
    expect(preview().textContent).not.toMatch(/(^|\n)#+ /);
    expect(preview().textContent).not.toContain('\\(');
    const macvlan = networking.excluded.find((o) => o.id === 'macvlan');
    expect(macvlan).toBeDefined();
    const consequences = previewSection('Consequences');
    expect(consequences).toContain('Macvlan (macvlan)');
    for (const reason of macvlan?.reasons ?? []) expect(consequences).toContain(describeReason(kb, reason));
  });

  it("records the team's own choice, not #1, and the record says so", async () => {
    const user = userEvent.setup();
    renderPanel();
    const third = networking.ranking[2];
    if (!third) throw new Error('fewer than three networking options');
    await user.selectOptions(
      layer('networking').getByRole('combobox', { name: 'Chosen option' }),
      `3. ${third.name} — score ${third.score.toFixed(2)}`,
    );
    expect(useAppStore.getState().choices).toEqual({ networking: third.id });
    expect(previewSection('Decision outcome')).toContain(
      `Chosen option: ${third.name} (${third.id}) — the team's choice; score ${third.score.toFixed(3)}, rank 3 of`,
    );
    const table = within(preview()).getAllByRole('table')[0];
    if (!table) throw new Error('no considered-options table');
    expect(within(table).getAllByRole('row')[3]).toHaveTextContent(`${third.id}`);
    expect(within(table).getAllByRole('row')[3]).toHaveTextContent('chosen');

    await user.selectOptions(layer('networking').getByRole('combobox', { name: 'Chosen option' }), '');
    expect(useAppStore.getState().choices).toEqual({});
    expect(previewSection('Decision outcome')).not.toContain("the team's choice");
  });

  it('shows a hostile rationale as text and escapes it in the Markdown', async () => {
    const user = userEvent.setup();
    const files = captureDownloads();
    renderPanel();
    const hostile = '</textarea><script>alert(1)</script>\n# not a heading | [x](javascript:alert(1))';
    await user.click(layer('networking').getByRole('textbox', { name: 'Rationale: why this option' }));
    await user.paste(hostile);
    expect(useAppStore.getState().rationales).toEqual({ networking: hostile });
    const outcome = previewSection('Decision outcome');
    expect(outcome).toContain('Because: </textarea><script>alert(1)</script># not a heading');
    expect(document.querySelector('script')).toBeNull();
    expect(within(preview()).queryByRole('link')).toBeNull();
    expect(previewSection('Decision outcome')).toContain('No rationale given.');

    await user.click(screen.getByRole('button', { name: 'Download decision record (.md)' }));
    const markdown = await readText(files[0]?.blob ?? new Blob());
    expect(markdown).toContain(
      'Because: \\</textarea\\>\\<script\\>alert(1)\\</script\\>\\\n\\# not a heading \\| \\[x\\](javascript:alert(1))',
    );
  });

  it('shows the status, and what supersedes the record', async () => {
    const user = userEvent.setup();
    renderPanel();
    expect(within(preview()).getByText('Status: proposed')).toBeInTheDocument();
    const status = screen.getByRole('combobox', { name: 'Status' });
    await user.selectOptions(status, 'Accepted');
    expect(within(preview()).getByText('Status: accepted')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Superseded by (optional)' })).toBeNull();
    await user.selectOptions(status, 'Superseded');
    await user.type(screen.getByRole('textbox', { name: 'Superseded by (optional)' }), 'ADR-0009');
    expect(within(preview()).getByText('Status: superseded — superseded by ADR-0009')).toBeInTheDocument();
    expect(useAppStore.getState()).toMatchObject({ recordStatus: 'superseded', supersededBy: 'ADR-0009' });
  });

  it('downloads the Markdown and, next to it, the diagram it links; prints', async () => {
    const user = userEvent.setup();
    const files = captureDownloads();
    const print = vi.fn();
    window.print = print;
    renderPanel();
    await user.click(screen.getByRole('button', { name: 'Download decision record (.md)' }));
    await user.click(screen.getByRole('button', { name: 'Download diagram (.svg)' }));
    expect(files.map((f) => f.name)).toEqual(['decision-record.md', 'decision-record.svg']);
    const [markdown, svg] = await Promise.all(files.map((f) => readText(f.blob)));
    expect(markdown).toMatch(
      /^# Decision record: container stack\n\nStatus: proposed\n\nDate: \d{4}-\d{2}-\d{2}\n/,
    );
    expect(markdown).toContain('## Decision outcome\n\n![architecture](decision-record.svg)\n');
    expect(svg?.startsWith('<svg')).toBe(true);
    expect(within(preview()).getByRole('img', { name: 'architecture' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('covers only the layers left ticked', async () => {
    const user = userEvent.setup();
    renderPanel();
    const picker = within(screen.getByRole('group', { name: 'Layers to include' }));
    for (const c of stack().picks.filter((p) => p.category !== 'logging'))
      await user.click(picker.getByRole('checkbox', { name: categoryName(c.category) }));
    expect(screen.queryByRole('group', { name: 'Networking' })).toBeNull();
    expect(within(preview()).queryByRole('heading', { name: 'Networking' })).toBeNull();
    expect(within(preview()).getAllByRole('heading', { name: 'Logging' }).length).toBeGreaterThan(0);
  });

  it('waits for the options while only the core knowledge is loaded', () => {
    renderPanel(false);
    expect(screen.getByText('Loading the options…')).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByRole('article')).toBeNull();
  });
});
