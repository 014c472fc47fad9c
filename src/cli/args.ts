import { parseArgs } from 'node:util';
import { printable } from '../domain/profile';
import { categoryIds, type CategoryId } from '../domain/schemas';
import { methods, type Method } from '../domain/scoring';
import { DEFAULT_SAMPLES, DEFAULT_SEED } from '../domain/sensitivity';
import { commandNames, quoted, UsageError, type CommandName } from './usage-error';

export type Command =
  | {
      name: 'recommend';
      profile: string;
      category: CategoryId;
      method: Method;
      json: boolean;
      /** Set by --confidence: samples and seed for the acceptability analysis. */
      confidence: { samples: number; seed: number } | undefined;
      overlay: string | undefined;
    }
  | {
      name: 'stack';
      profile: string;
      method: Method;
      json: boolean;
      pins: string[];
      overlay: string | undefined;
    }
  | {
      name: 'whatif';
      profile: string;
      method: Method;
      json: boolean;
      category: CategoryId | undefined;
      overlay: string | undefined;
    }
  | { name: 'list'; category: CategoryId | undefined; overlay: string | undefined }
  | { name: 'explain'; id: string; overlay: string | undefined }
  | { name: 'validate'; overlay: string | undefined }
  /** Usage of one command, or of all when `about` is absent. */
  | { name: 'help'; about: CommandName | undefined };

const options = {
  profile: { type: 'string' },
  category: { type: 'string' },
  method: { type: 'string' },
  json: { type: 'boolean' },
  confidence: { type: 'boolean' },
  samples: { type: 'string' },
  seed: { type: 'string' },
  pin: { type: 'string', multiple: true },
  overlay: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;
type Flag = keyof typeof options;

/** The flags each command takes (`--help` goes with every one). */
const flagsOf: Record<CommandName, readonly Flag[]> = {
  recommend: ['profile', 'category', 'method', 'json', 'confidence', 'samples', 'seed', 'overlay'],
  stack: ['profile', 'pin', 'method', 'json', 'overlay'],
  whatif: ['profile', 'category', 'method', 'json', 'overlay'],
  list: ['category', 'overlay'],
  explain: ['overlay'],
  validate: ['overlay'],
  help: [],
};

const isCommand = (name: string): name is CommandName => (commandNames as readonly string[]).includes(name);

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${flag}: unknown value ${quoted(value)} (expected one of: ${allowed.join(', ')})`);
  }
  return value as T;
}

const MAX_SAMPLES = 1_000_000;

function integerFlag(flag: string, value: string, min: number, max: number): number {
  const n = /^-?\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`${flag}: expected an integer from ${min} to ${max} (value: ${quoted(value)})`);
  }
  return n;
}

function confidenceOf(values: {
  confidence?: boolean;
  samples?: string;
  seed?: string;
}): { samples: number; seed: number } | undefined {
  const samples =
    values.samples === undefined ? DEFAULT_SAMPLES : integerFlag('--samples', values.samples, 1, MAX_SAMPLES);
  const seed = values.seed === undefined ? DEFAULT_SEED : integerFlag('--seed', values.seed, 0, 2 ** 32 - 1);
  if (!values.confidence) {
    if (values.samples !== undefined)
      throw new UsageError(`--samples: only with --confidence (value: ${quoted(values.samples)})`);
    if (values.seed !== undefined)
      throw new UsageError(`--seed: only with --confidence (value: ${quoted(values.seed)})`);
    return undefined;
  }
  return { samples, seed };
}

/** "--seed -1" would read as a flag to parseArgs; join numeric-looking values so the range check names them. */
function joinNumericValues(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    const next = args[i + 1];
    if ((arg === '--seed' || arg === '--samples') && next !== undefined && /^-[\d.]/.test(next)) {
      out.push(`${arg}=${next}`);
      i += 1;
    } else out.push(arg);
  }
  return out;
}

function parseFlags(args: readonly string[]) {
  try {
    return parseArgs({ args: [...args], allowPositionals: true, strict: true, tokens: true, options });
  } catch (error) {
    throw new UsageError(printable((error as Error).message));
  }
}

type Parsed = ReturnType<typeof parseFlags>;

/**
 * Every flag once (but `--pin`), only flags the command takes, no stray arguments: a mistyped
 * command line is refused rather than half read.
 */
function checkShape(name: CommandName, { tokens, positionals }: Parsed): void {
  const seen = new Map<Flag, string[]>();
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const flag = token.name as Flag;
    const value = token.value === undefined ? 'true' : quoted(token.value);
    seen.set(flag, [...(seen.get(flag) ?? []), value]);
  }
  for (const [flag, values] of seen) {
    if (values.length > 1 && flag !== 'pin')
      throw new UsageError(`--${flag}: given ${values.length} times (value: ${values.join(', ')})`);
  }
  for (const [flag, values] of seen) {
    if (flag === 'help' || flagsOf[name].includes(flag)) continue;
    const takers = commandNames.filter((command) => flagsOf[command].includes(flag));
    const only =
      takers.length > 1 ? `${takers.slice(0, -1).join(', ')} or ${takers.at(-1)}` : takers.join('');
    throw new UsageError(
      `--${flag}: only with ${only}; ${name} does not take it (value: ${values.join(', ')})`,
    );
  }
  const stray = positionals.slice(name === 'explain' ? 1 : 0);
  if (stray.length > 0)
    throw new UsageError(`${name}: unexpected argument (value: ${stray.map(quoted).join(', ')})`);
}

export function parseCommand(argv: readonly string[]): Command {
  const [name, ...given] = argv;
  if (name === undefined || name === '-h' || name === '--help') return { name: 'help', about: undefined };
  if (!isCommand(name)) throw new UsageError(`unknown command ${quoted(name)}; see "advisor --help"`);
  const parsed = parseFlags(joinNumericValues(given));
  if (parsed.values.help) return { name: 'help', about: name };
  if (name === 'help') {
    const [about, ...rest] = parsed.positionals;
    if (about !== undefined && !isCommand(about))
      throw new UsageError(`help: unknown command (value: ${quoted(about)})`);
    if (rest.length > 0)
      throw new UsageError(`help: unexpected argument (value: ${rest.map(quoted).join(', ')})`);
    checkShape(name, { ...parsed, positionals: [] });
    return { name, about };
  }
  checkShape(name, parsed);
  const { values, positionals } = parsed;
  const category =
    values.category === undefined ? undefined : oneOf('--category', values.category, categoryIds);
  const method = values.method === undefined ? 'weighted' : oneOf('--method', values.method, methods);
  const profileFlag = (): string => {
    if (!values.profile)
      throw new UsageError('--profile: missing (value: none); give the path of a profile JSON file');
    return values.profile;
  };
  const overlay = values.overlay;
  if (overlay === '')
    throw new UsageError('--overlay: empty (value: ""); give the path of an overlay JSON file');
  switch (name) {
    case 'stack':
      return {
        name,
        profile: profileFlag(),
        method,
        json: values.json ?? false,
        pins: values.pin ?? [],
        overlay,
      };
    case 'whatif':
      return { name, profile: profileFlag(), method, json: values.json ?? false, category, overlay };
    case 'recommend':
      return {
        name,
        profile: profileFlag(),
        category: category ?? 'networking',
        method,
        json: values.json ?? false,
        confidence: confidenceOf(values),
        overlay,
      };
    case 'list':
      return { name, category, overlay };
    case 'explain':
      if (positionals.length !== 1 || !positionals[0])
        throw new UsageError('explain: give exactly one option id');
      return { name, id: positionals[0], overlay };
    case 'validate':
      return { name, overlay };
  }
}
