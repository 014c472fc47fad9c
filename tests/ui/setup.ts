import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { resetStore } from './render-app';

beforeEach(() => {
  localStorage.clear();
  resetStore();
  window.location.hash = '';
});
afterEach(() => cleanup());
