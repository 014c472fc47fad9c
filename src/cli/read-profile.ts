import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import type { Knowledge } from '../domain/knowledge';
import { MAX_PROFILE_BYTES, parseProfileJson, printable, sizeProblem } from '../domain/profile';
import type { Profile } from '../domain/schemas';
import { UsageError } from './usage-error';

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Only regular files within the cap are read: a device, a FIFO or a directory could block or never end. */
function check(shown: string, stats: Stats, cap: number): void {
  if (!stats.isFile()) throw new UsageError(`${shown}: not a regular file (value: ${kindOf(stats)})`);
  if (stats.size > cap) throw new UsageError(sizeProblem(shown, stats.size, 'bytes', cap));
}

const cannotRead = (shown: string, what: string, error: unknown): UsageError =>
  error instanceof UsageError
    ? error
    : new UsageError(
        `${shown}: cannot read the ${what} file (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`,
      );

/**
 * The text of a profile (or overlay) file. The path is checked before it is opened (a FIFO would block the
 * open), the open file again (it may have been swapped), and at most the cap plus one byte is read
 * (a file may grow, or report no size at all).
 */
export function readProfileText(path: string, cap = MAX_PROFILE_BYTES, what = 'profile'): string {
  const shown = printable(path);
  let fd: number;
  try {
    check(shown, statSync(path), cap);
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw cannotRead(shown, what, error);
  }
  try {
    check(shown, fstatSync(fd), cap);
    const buffer = Buffer.alloc(cap + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === buffer.length)
        throw new UsageError(`${shown}: too large (value: more than ${cap} bytes, limit ${cap})`);
    }
    return buffer.toString('utf8', 0, length);
  } catch (error) {
    throw cannotRead(shown, what, error);
  } finally {
    closeSync(fd);
  }
}

/** A profile file through the one profile boundary; every problem is named with the file. */
export function readProfile(kb: Knowledge, path: string): Profile {
  const shown = printable(path);
  const parsed = parseProfileJson(readProfileText(path), kb);
  if (!parsed.ok) throw new UsageError(parsed.problems.map((p) => `${shown}: ${p}`).join('\n'));
  return parsed.profile;
}
