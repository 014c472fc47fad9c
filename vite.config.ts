import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { knowledgePlugin } from './src/build/knowledge-plugin.ts';

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };

export default defineConfig({
  plugins: [react(), knowledgePlugin(fileURLToPath(new URL('./data', import.meta.url)))],
  resolve: { alias },
  build: { chunkSizeWarningLimit: 1400, manifest: true },
  test: {
    testTimeout: 20000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['tests/domain/**/*.test.ts', 'tests/cli/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          include: [
            'tests/ui/**/*.test.{ts,tsx}',
            'tests/features/**/*.test.{ts,tsx}',
            'tests/app/**/*.test.{ts,tsx}',
            'tests/store/**/*.test.{ts,tsx}',
          ],
          environment: 'jsdom',
          setupFiles: ['tests/ui/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60000,
          hookTimeout: 180000,
          fileParallelism: false,
        },
      },
    ],
  },
});
