import * as z from 'zod/mini';

// The app runs under a Content-Security-Policy without 'unsafe-eval'. Unless jitless, zod probes
// `new Function` when it builds its first object schema, and the browser reports that probe as a
// policy violation even though zod catches the error. Both entries (the app and the SMAA worker)
// import this module first, and the build puts it in zod's own chunk (vite.config.ts), so the
// setting holds before any schema is built.
z.config({ jitless: true });
