import type { StateCreator } from 'zustand';
import type { Profile } from '@/domain/schemas';
import type { Method } from '@/domain/scoring';
import type { AppState } from './store';

/** A second profile to compare with the user's own: from a profile file or a share link. */
export interface OtherProfile {
  profile: Profile;
  /** A share link carries the scoring method; a profile file does not. */
  method: Method | undefined;
  from: 'file' | 'link';
}

/** Held for the comparison only: never persisted, never merged into the user's own profile. */
export interface OtherProfileSlice {
  otherProfile: OtherProfile | undefined;
  setOtherProfile: (other: OtherProfile) => void;
  clearOtherProfile: () => void;
}

export const createOtherProfileSlice: StateCreator<AppState, [], [], OtherProfileSlice> = (set) => ({
  otherProfile: undefined,
  setOtherProfile: (otherProfile) => set({ otherProfile }),
  clearOtherProfile: () => set({ otherProfile: undefined }),
});
