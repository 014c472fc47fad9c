import type { StateCreator } from 'zustand';
import type { CriterionId, Environment, EnvironmentKey, Profile } from '@/domain/schemas';
import type { Method } from '@/domain/scoring';
import type { AppState } from './store';

export interface ProfileSlice {
  environment: Environment;
  weights: Profile['weights'];
  mustHave: Profile['mustHave'];
  method: Method;
  /** Sets one environment answer; `undefined` means "unknown". */
  setEnvironment: <K extends EnvironmentKey>(key: K, value: Environment[K] | undefined) => void;
  setWeight: (criterion: CriterionId, weight: number) => void;
  toggleMustHave: (criterion: CriterionId) => void;
  setMethod: (method: Method) => void;
  /** Replaces the whole profile (preset, import, share link). */
  loadProfile: (profile: Profile) => void;
  resetProfile: () => void;
}

export const emptyProfile: Omit<Profile, 'version'> = { environment: {}, weights: {}, mustHave: [] };

export const createProfileSlice: StateCreator<AppState, [], [], ProfileSlice> = (set) => ({
  ...emptyProfile,
  method: 'weighted',
  setEnvironment: (key, value) =>
    set((state) => {
      const environment: Environment = Object.fromEntries(
        Object.entries(state.environment).filter(([k]) => k !== key),
      );
      if (value !== undefined) environment[key] = value;
      return { environment };
    }),
  setWeight: (criterion, weight) =>
    set((state) => {
      const weights: Profile['weights'] = Object.fromEntries(
        Object.entries(state.weights).filter(([k]) => k !== criterion),
      );
      if (weight > 0) weights[criterion] = Math.min(5, Math.round(weight));
      return { weights };
    }),
  toggleMustHave: (criterion) =>
    set((state) => ({
      mustHave: state.mustHave.includes(criterion)
        ? state.mustHave.filter((id) => id !== criterion)
        : [...state.mustHave, criterion],
    })),
  setMethod: (method) => set({ method }),
  loadProfile: (profile) =>
    set({
      environment: { ...profile.environment },
      weights: { ...profile.weights },
      mustHave: [...profile.mustHave],
    }),
  resetProfile: () => set({ ...emptyProfile, method: 'weighted' }),
});
