import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { knowledgePlugin } from './src/build/knowledge-plugin.ts';

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };

/**
 * The Content-Security-Policy of the built app: scripts, styles and the SMAA worker from the app's
 * own origin only, no eval, no inline script or style; images also as data: (the diagram preview,
 * the icon) and blob: (the PNG export draws an SVG blob onto a canvas). A web server should send it
 * as a header too, with frame-ancestors (see "Serving dist/" in the README).
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Adds the policy to the built index.html, right after the charset; the dev server (HMR) runs inline code. */
function contentSecurityPolicyPlugin(): Plugin {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`;
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) => {
      const charset = /<meta charset="[^"]*" \/>/.exec(html);
      if (!charset) throw new Error('index.html: no <meta charset> to put the Content-Security-Policy after');
      const at = charset.index + charset[0].length;
      return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    knowledgePlugin(fileURLToPath(new URL('./data', import.meta.url))),
    contentSecurityPolicyPlugin(),
  ],
  resolve: { alias },
  build: {
    chunkSizeWarningLimit: 1400,
    manifest: true,
    rolldownOptions: {
      output: {
        // zod and the module that makes it jitless share one chunk, so the setting runs before any
        // other chunk builds a schema: an import at the top of main.tsx alone would run only after
        // the shared chunks main.tsx imports had built theirs.
        codeSplitting: {
          groups: [{ name: 'zod', test: /node_modules[\\/]zod[\\/]|src[\\/]zod-jitless\.ts$/ }],
        },
      },
    },
  },
  test: {
    testTimeout: 20000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['tests/domain/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/fuzz/**/*.test.ts'],
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
            'tests/fuzz/**/*.test.tsx',
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
