import { z } from './zod';

/**
 * A web address a reader can open: http: or https: with a domain name. `z.url()` alone also
 * accepts javascript:, data: and file: addresses, which no knowledge file may link to.
 */
export const httpUrlSchema = z.httpUrl({ error: 'Invalid URL: expected an http: or https: address' });
export type HttpUrl = z.infer<typeof httpUrlSchema>;
