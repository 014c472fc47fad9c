import { parseArgs } from 'node:util';
import { categoryIds, type CategoryId } from '../domain/schemas';
import { methods, type Method } from '../domain/scoring';
import { DEFAULT_SAMPLES, DEFAULT_SEED } from '../domain/sensitivity';
import { UsageError } from './usage-error';

export type Command =
  | {
      name: 'recommend';
      profile: string;
      category: CategoryId;
      method: Method;
      json: boolean;
      /** Set by --confidence: samples and seed for the acceptability analysis. */
      confidence: { samples: number; seed: number } | undefined;
    }
  | { name: 'stack'; profile: string; method: Method; json: boolean; pins: string[] }
  | { name: 'whatif'; profile: string; method: Method; json: boolean; category: CategoryId | undefined }
  | { name: 'list'; category: CategoryId | undefined }
  | { name: 'explain'; id: string }
  | { name: 'validate' }
  | { name: 'help' };

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${flag}: unknown value "${value}" (expected one of: ${allowed.join(', ')})`);
  }
  return value as T;
}

const MAX_SAMPLES = 1_000_000;

function integerFlag(flag: string, value: string, min: number, max: number): number {
  const n = /^-?\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`${flag}: expected an integer from ${min} to ${max} (value: "${value}")`);
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
      throw new UsageError(`--samples: only with --confidence (value: "${values.samples}")`);
    if (values.seed !== undefined)
      throw new UsageError(`--seed: only with --confidence (value: "${values.seed}")`);
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

export function parseCommand(argv: readonly string[]): Command {
  const [name, ...given] = argv;
  const rest = joinNumericValues(given);
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: {
        profile: { type: 'string' },
        category: { type: 'string' },
        method: { type: 'string' },
        json: { type: 'boolean' },
        confidence: { type: 'boolean' },
        samples: { type: 'string' },
        seed: { type: 'string' },
        pin: { type: 'string', multiple: true },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const category =
    values.category === undefined ? undefined : oneOf('--category', values.category, categoryIds);
  const method = values.method === undefined ? 'weighted' : oneOf('--method', values.method, methods);
  const profileFlag = (): string => {
    if (!values.profile)
      throw new UsageError('--profile: missing (value: none); give the path of a profile JSON file');
    return values.profile;
  };
  if (name !== 'stack' && values.pin !== undefined)
    throw new UsageError(`--pin: only with stack (value: "${values.pin.join(', ')}")`);
  switch (name) {
    case 'stack':
      return { name, profile: profileFlag(), method, json: values.json ?? false, pins: values.pin ?? [] };
    case 'whatif':
      return { name, profile: profileFlag(), method, json: values.json ?? false, category };
    case 'recommend':
      return {
        name,
        profile: profileFlag(),
        category: category ?? 'networking',
        method,
        json: values.json ?? false,
        confidence: confidenceOf(values),
      };
    case 'list':
      return { name, category };
    case 'explain':
      if (positionals.length !== 1 || !positionals[0])
        throw new UsageError('explain: give exactly one option id');
      return { name, id: positionals[0] };
    case 'validate':
      return { name };
    case undefined:
    case 'help':
    case '--help':
      return { name: 'help' };
    default:
      throw new UsageError(`unknown command "${name}"`);
  }
}
