import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { knowledgePlugin } from './src/build/knowledge-plugin.ts';

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };

/**
 * The Content-Security-Policy of the built app: scripts, styles and the SMAA worker from the app's
 * own origin only, no eval, no inline script or style; images also as data: (the diagram preview,
 * the icon) and blob: (the PNG export draws an SVG blob onto a canvas). connect-src lets the app
 * fetch a knowledge overlay a share link names by address: any https address (a team publishes it
 * where it likes), and http on this machine for local testing. What is fetched is only read as
 * text, parsed as JSON and checked like an overlay file, never executed (script-src stays 'self').
 * A web server should send it as a header too, with frame-ancestors (see "Serving dist/" in the README).
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self' https: http://localhost:* http://127.0.0.1:*",
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
    rolldownOptions: {
      output: {
        // Knowledge parts are named after what they hold (knowledge-text-zh-networking.detail-….js),
        // so a page's downloads can be read from their names.
        chunkFileNames: (chunk) => {
          const part = chunk.facadeModuleId?.match(/^\0virtual:knowledge\/part\/(.+)$/)?.[1];
          return part ? `assets/knowledge-${part.replaceAll('/', '-')}-[hash].js` : 'assets/[name]-[hash].js';
        },
        // zod and the module that makes it jitless share one chunk, so the setting runs before any
        // other chunk builds a schema: an import at the top of main.tsx alone would run only after
        // the shared chunks main.tsx imports had built theirs.
        codeSplitting: {
          groups: [
            { name: 'zod', test: /node_modules[\\/]zod[\\/]|src[\\/]zod-jitless\.ts$/ },
            // Only the stack, case study and decision views draw diagrams: keep them out of the shared chunk.
            {
              name: 'diagram',
              test: /src[\\/](domain[\\/]diagram|words[\\/]diagram-texts|ui[\\/]architecture-diagram)/,
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  test: {
    testTimeout: 20000,
    // Every core, not all but one: the main process only hands out files and reports, and the
    // jsdom files are CPU-bound.
    maxWorkers: '100%',
    sequence: { sequencer: (await import('./tests/support/slowest-first.ts')).default },
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: [
            'tests/domain/**/*.test.ts',
            'tests/cli/**/*.test.ts',
            'tests/fuzz/**/*.test.ts',
            'tests/words/**/*.test.ts',
            'tests/lint/**/*.test.ts',
            // A feature's .test.ts files test its pure mappers; only its .test.tsx files render.
            'tests/features/**/*.test.ts',
          ],
          environment: 'node',
          // The code under test keeps no state but caches keyed by the (read-only) knowledge base,
          // and no test file mocks a module or stubs a global: files can share a worker's modules,
          // so zod, the engine and the knowledge base (see the setup file) load once per worker.
          // (The dom project cannot: the app keeps state in its modules, such as its lazily loaded
          // views, and with shared modules its tests pass or fail by which file ran before.)
          isolate: false,
          setupFiles: ['tests/support/setup-knowledge.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          include: [
            'tests/ui/**/*.test.{ts,tsx}',
            'tests/features/**/*.test.tsx',
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
          // Files run side by side: each builds into its own folder and serves it on its own port
          // to its own browser.
          fileParallelism: true,
        },
      },
    ],
  },
});
