import * as z from 'zod/mini';

// Issue messages are part of the interface: the CLI, the importer, share links and stored state all
// show them. zod/mini registers no locale, so without this every issue would read "Invalid input".
// Schema modules take `z` from here rather than from zod/mini so that none is built without it.
z.config(z.locales.en());

export { z };
