import type { StateCreator } from 'zustand';
import type {
  CategoryId,
  CriterionId,
  Environment,
  EnvironmentKey,
  OptionId,
  Profile,
} from '@/domain/schemas';
import type { Method } from '@/domain/scoring';
import type { AppState } from './store';

export interface ProfileSlice {
  environment: Environment;
  weights: Profile['weights'];
  mustHave: Profile['mustHave'];
  /** Archived, retired and removed projects are excluded unless this is set (profile v1.1). */
  includeUnmaintained: boolean;
  /** The team's decision per category (profile v1.1). */
  choices: NonNullable<Profile['choices']>;
  method: Method;
  /** Sets one environment answer; `undefined` means "unknown". */
  setEnvironment: <K extends EnvironmentKey>(key: K, value: Environment[K] | undefined) => void;
  setWeight: (criterion: CriterionId, weight: number) => void;
  toggleMustHave: (criterion: CriterionId) => void;
  setMethod: (method: Method) => void;
  setIncludeUnmaintained: (include: boolean) => void;
  /** Records the team's choice for a category; `undefined` clears it. */
  setChoice: (category: CategoryId, id: OptionId | undefined) => void;
  /** Replaces the whole profile (preset, import, share link). */
  loadProfile: (profile: Profile) => void;
  resetProfile: () => void;
}

export const emptyProfile = {
  environment: {},
  weights: {},
  mustHave: [],
  includeUnmaintained: false,
  choices: {},
} satisfies Omit<Profile, 'version'>;

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
  setIncludeUnmaintained: (includeUnmaintained) => set({ includeUnmaintained }),
  setChoice: (category, id) =>
    set((state) => {
      const choices: ProfileSlice['choices'] = Object.fromEntries(
        Object.entries(state.choices).filter(([c]) => c !== category),
      );
      if (id !== undefined) choices[category] = id;
      return { choices };
    }),
  loadProfile: (profile) =>
    set({
      environment: { ...profile.environment },
      weights: { ...profile.weights },
      mustHave: [...profile.mustHave],
      includeUnmaintained: profile.includeUnmaintained ?? false,
      choices: { ...profile.choices },
    }),
  resetProfile: () => set({ ...emptyProfile, method: 'weighted' }),
});
