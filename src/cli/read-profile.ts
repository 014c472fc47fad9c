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
function check(shown: string, stats: Stats): void {
  if (!stats.isFile()) throw new UsageError(`${shown}: not a regular file (value: ${kindOf(stats)})`);
  if (stats.size > MAX_PROFILE_BYTES)
    throw new UsageError(sizeProblem(shown, stats.size, 'bytes', MAX_PROFILE_BYTES));
}

const cannotRead = (shown: string, error: unknown): UsageError =>
  error instanceof UsageError
    ? error
    : new UsageError(
        `${shown}: cannot read the profile file (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`,
      );

/**
 * The text of a profile file. The path is checked before it is opened (a FIFO would block the
 * open), the open file again (it may have been swapped), and at most the cap plus one byte is read
 * (a file may grow, or report no size at all).
 */
export function readProfileText(path: string): string {
  const shown = printable(path);
  let fd: number;
  try {
    check(shown, statSync(path));
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw cannotRead(shown, error);
  }
  try {
    check(shown, fstatSync(fd));
    const buffer = Buffer.alloc(MAX_PROFILE_BYTES + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === buffer.length)
        throw new UsageError(
          `${shown}: too large (value: more than ${MAX_PROFILE_BYTES} bytes, limit ${MAX_PROFILE_BYTES})`,
        );
    }
    return buffer.toString('utf8', 0, length);
  } catch (error) {
    throw cannotRead(shown, error);
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
