import type { StoreApi } from 'zustand';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { Knowledge } from '@/domain/knowledge';
import { unknownIds } from './known-ids';
import { readStoredState, STORAGE_VERSION, storedText, type PersistedState } from './persisted-state';
import { failureOf, setAside } from './set-aside';
import type { AppState } from './store';
import { listenToOtherTabs, mergeStates, sameJson } from './tab-sync';
import { summarizeProblems, withHeldText, type HeldText, type Notice } from './ui-slice';

type Summary = { details: string[]; total: number };

/** What the last read of the stored text found, for `merge` to apply to the state. */
type ReadOutcome =
  | { kind: 'none' }
  | { kind: 'loaded'; state: PersistedState }
  | { kind: 'setAside'; summary: Summary }
  | { kind: 'held'; held: Omit<HeldText, 'id'> };

interface Connection {
  key: string;
  store: StoreApi<AppState>;
  persisted: (state: AppState) => PersistedState;
  /** The state a tab starts from when nothing readable was stored. */
  initial: PersistedState;
  stop: () => void;
}

/** Every stored field set explicitly, so that a field missing from `state` is cleared, not kept. */
const fields = (state: PersistedState): Partial<AppState> => ({
  ...state,
  supersededBy: state.supersededBy,
});

/**
 * The store's storage: reads the raw stored text and validates all of it (bounded JSON, wrapper,
 * version, schema, and once the knowledge base is there, ids). What cannot be read is set aside
 * as text under `CORRUPT_KEY` with a notice; when even that fails, the text is held in memory for
 * download and is not overwritten until the user dismisses it. A write that fails raises a notice
 * and the state stays in memory. Other tabs' writes are merged in (see tab-sync.ts).
 */
export class SafeStorage implements PersistStorage<PersistedState> {
  private readonly area: () => Storage;
  /** The stored text this tab last read or wrote, and its state when it was readable. */
  private known: { text: string | null; state: PersistedState | undefined } = {
    text: null,
    state: undefined,
  };
  /** The user's input as this tab last saved or took it from storage (`undefined`: the defaults). */
  private saved: PersistedState | undefined;
  /** Set while a write must happen although nothing changed (a held text was dismissed). */
  private forceWrite = false;
  /** The stored text the current state was last taken from, until its ids are checked. */
  private unchecked: string | undefined;
  private outcome: ReadOutcome = { kind: 'none' };
  private app: Connection | undefined;
  private kb: Knowledge | undefined;
  private failedWrite = false;

  constructor(area: () => Storage = () => window.localStorage) {
    this.area = area;
  }

  /** Starts the work that needs the store: notices, holding texts, other tabs. */
  connect(key: string, store: StoreApi<AppState>, persisted: (state: AppState) => PersistedState): void {
    this.disconnect();
    const stopListening = listenToOtherTabs(key, () => this.sync());
    const unsubscribe = store.subscribe((state, previous) => {
      // A held text the user has dismissed may be replaced now: save the current state.
      if (state.heldTexts.length < previous.heldTexts.length) {
        this.forceWrite = true;
        store.setState({});
        this.forceWrite = false;
      }
    });
    this.app = {
      key,
      store,
      persisted,
      initial: persisted(store.getInitialState()),
      stop: () => {
        stopListening();
        unsubscribe();
      },
    };
  }

  disconnect(): void {
    this.app?.stop();
    this.app = undefined;
  }

  getItem(name: string): StorageValue<PersistedState> | null {
    const text = this.read(name);
    this.unchecked = undefined;
    this.known = { text, state: undefined };
    this.saved = undefined;
    this.outcome = { kind: 'none' };
    if (text === null) return null;
    const read = readStoredState(text);
    if (read.ok) {
      this.known = { text, state: read.state };
      this.saved = read.state;
      this.unchecked = text;
      this.outcome = { kind: 'loaded', state: read.state };
      return { state: read.state, version: STORAGE_VERSION };
    }
    const summary = summarizeProblems(read.problems);
    const kept = setAside(this.area, text, summary);
    if (kept.ok) {
      // A copy is kept: the unreadable text need not be read again on every load.
      this.removeItem(name);
      this.outcome = { kind: 'setAside', summary };
    } else this.outcome = { kind: 'held', held: { text, failure: kept.failure, ...summary } };
    return null;
  }

  /** Applies what `getItem` found: called by `persist` right after it. */
  merge(current: AppState): AppState {
    const outcome = this.outcome;
    this.outcome = { kind: 'none' };
    switch (outcome.kind) {
      case 'none':
        return current;
      case 'loaded':
        return { ...current, ...fields(outcome.state) };
      case 'setAside':
        return { ...current, notice: { kind: 'error', key: 'storedStateSetAside', ...outcome.summary } };
      case 'held':
        return { ...current, heldTexts: withHeldText(current.heldTexts, outcome.held) };
    }
  }

  setItem(name: string, value: StorageValue<PersistedState>): void {
    const mine = value.state;
    const current = this.read(name);
    if (current !== null && this.isHeld(current)) return;
    if (current !== null && current !== this.known.text && !this.takeIn(current, mine)) return;
    // Nothing of the user's changed (a notice came or went): nothing to save. This also leaves
    // alone a text set aside from another tab, so that two versions of the app never take turns
    // overwriting each other.
    if (!this.forceWrite && sameJson(mine, this.saved ?? this.app?.initial)) return;
    const text = storedText(mine);
    if (text === current) {
      this.known = { text, state: mine };
      this.saved = mine;
      return;
    }
    try {
      this.area().setItem(name, text);
      this.known = { text, state: mine };
      this.saved = mine;
      if (this.failedWrite) {
        this.failedWrite = false;
        const shown = this.app?.store.getState().notice;
        if (shown === undefined || shown.key === 'storageWriteFailed')
          this.notify({ kind: 'info', key: 'storageWriteRecovered', details: [] });
      }
    } catch (error) {
      this.failedWrite = true;
      // The state stays in memory; the notice says it is not saved (again, if it was dismissed).
      if (this.app?.store.getState().notice?.key !== 'storageWriteFailed')
        this.notify({ kind: 'error', key: 'storageWriteFailed', details: [], failure: failureOf(error) });
    }
  }

  removeItem(name: string): void {
    try {
      this.area().removeItem(name);
      this.known = { text: null, state: undefined };
    } catch {
      // Nothing removed: the text is read (and set aside) again on the next load.
    }
  }

  /**
   * Checks the ids of a state taken from storage against the knowledge base, once it is complete
   * (option ids need the full one; until then unknown ids only sit unused). Unknown ids are left
   * out, and the stored text they came from is set aside.
   */
  checkIds(kb: Knowledge, complete: boolean): void {
    if (!complete) return;
    this.kb = kb;
    this.checkUnknownIds();
  }

  /** Checks ids again after a rehydration, when the knowledge base is already known. */
  rehydrated(): void {
    this.checkUnknownIds();
  }

  private checkUnknownIds(): void {
    const { app, kb, unchecked } = this;
    if (!app || !kb || unchecked === undefined) return;
    this.unchecked = undefined;
    const found = unknownIds(app.persisted(app.store.getState()), kb);
    if (found.problems.length === 0) return;
    const summary = summarizeProblems(found.problems);
    const kept = setAside(this.area, unchecked, summary);
    // Held first, so that saving the state without the unknown ids cannot replace the only copy.
    if (!kept.ok) app.store.getState().holdText({ text: unchecked, failure: kept.failure, ...summary });
    app.store.setState(found.kept);
    if (kept.ok) this.notify({ kind: 'error', key: 'storedIdsSetAside', ...summary });
  }

  private read(name: string): string | null {
    try {
      return this.area().getItem(name);
    } catch {
      return null;
    }
  }

  private isHeld(text: string): boolean {
    return this.app?.store.getState().heldTexts.some((h) => h.text === text) ?? false;
  }

  private notify(notice: Notice): void {
    this.app?.store.getState().showNotice(notice);
  }

  /**
   * Another tab wrote `current` since this tab last looked, and this tab is about to write `mine`.
   * Returns whether `mine` is still to be written: not when the merge was saved instead, nor when
   * `current` could not be kept.
   */
  private takeIn(current: string, mine: PersistedState): boolean {
    const theirs = readStoredState(current);
    const base = this.known.state ?? this.app?.initial ?? mine;
    this.known = { text: current, state: theirs.ok ? theirs.state : undefined };
    if (!theirs.ok) return this.keepUnreadable(current, theirs.problems);
    const merged = mergeStates(base, mine, theirs.state) ?? mine;
    if (sameJson(merged, mine)) return true;
    this.unchecked = current;
    this.adopt(merged);
    return false;
  }

  /** Another tab's write arrived (`storage` event): merged into this tab's state. */
  private sync(): void {
    const app = this.app;
    if (!app) return;
    const current = this.read(app.key);
    if (current === this.known.text) return;
    if (current === null) {
      // Removed elsewhere: this tab's state is saved again with its next change.
      this.known = { text: null, state: undefined };
      return;
    }
    if (this.isHeld(current)) return;
    const theirs = readStoredState(current);
    const base = this.known.state ?? app.initial;
    this.known = { text: current, state: theirs.ok ? theirs.state : undefined };
    if (!theirs.ok) {
      this.keepUnreadable(current, theirs.problems);
      return;
    }
    const mine = app.persisted(app.store.getState());
    this.unchecked = current;
    this.adopt(mergeStates(base, mine, theirs.state) ?? theirs.state);
  }

  /** Another tab's text this tab cannot read: set aside, or else held. Returns whether it was set aside. */
  private keepUnreadable(text: string, problems: string[]): boolean {
    const summary = summarizeProblems(problems);
    const kept = setAside(this.area, text, summary);
    if (kept.ok) this.notify({ kind: 'error', key: 'otherTabSetAside', ...summary });
    else this.app?.store.getState().holdText({ text, failure: kept.failure, ...summary });
    return kept.ok;
  }

  /** Makes `state` this tab's state (which saves it), and says so when anything visible changed. */
  private adopt(state: PersistedState): void {
    const app = this.app;
    if (!app) return;
    const changed = !sameJson(app.persisted(app.store.getState()), state);
    app.store.setState(fields(state));
    if (changed && app.store.getState().notice?.kind !== 'error')
      this.notify({ kind: 'info', key: 'otherTabApplied', details: [] });
    this.checkUnknownIds();
  }
}
