import { readFileSync } from 'node:fs';
import { KnowledgeError, type Knowledge } from '../domain/knowledge';
import type { Profile } from '../domain/schemas';
import { parseProfile } from '../domain/profile';
import { rank } from '../domain/scoring';
import { confidence } from '../domain/sensitivity';
import { parseCommand, type Command } from './args';
import { readKnowledge } from './read-knowledge';
import { explainText, listText, rankingToText } from './text-output';
import { rankingToJson } from './to-json';
import { parsePins, stackFor, stackToJson, stackToText, whatIfJson, whatIfText } from './stack-command';
import { usage, UsageError } from './usage-error';
import { validateCommand } from './validate-command';

function readProfileFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new UsageError(`${path}: cannot read the profile file (${code})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`${path}: invalid JSON: ${(error as Error).message}`);
  }
}

function profileFrom(kb: Knowledge, path: string): Profile {
  const parsed = parseProfile(readProfileFile(path), kb);
  if (!parsed.ok) throw new UsageError(`${path}: ${parsed.problems.join(`\n${path}: `)}`);
  return parsed.profile;
}

function run(command: Command): string {
  if (command.name === 'help') return usage;
  if (command.name === 'validate') return validateCommand();
  const kb = readKnowledge();
  switch (command.name) {
    case 'recommend': {
      const profile = profileFrom(kb, command.profile);
      const result = rank(kb, profile, { category: command.category, method: command.method });
      const sure = command.confidence
        ? confidence(kb, profile, result, command.confidence.samples, command.confidence.seed)
        : undefined;
      return command.json
        ? JSON.stringify(rankingToJson(kb, result, sure), null, 2)
        : rankingToText(kb, result, sure);
    }
    case 'stack': {
      const profile = profileFrom(kb, command.profile);
      const stack = stackFor(kb, profile, command.method, parsePins(kb, command.pins));
      return command.json ? JSON.stringify(stackToJson(kb, stack), null, 2) : stackToText(kb, stack);
    }
    case 'whatif': {
      const entries = whatIfJson(kb, profileFrom(kb, command.profile), command.method, command.category);
      return command.json ? JSON.stringify(entries, null, 2) : whatIfText(entries);
    }
    case 'list':
      return listText(kb, command.category);
    case 'explain': {
      const option = kb.optionById.get(command.id);
      if (!option)
        throw new UsageError(`explain: unknown option id (value: "${command.id}"); see "advisor list"`);
      return explainText(kb, option);
    }
  }
}

try {
  process.stdout.write(`${run(parseCommand(process.argv.slice(2)))}\n`);
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`advisor: ${error.message}\n`);
    process.exitCode = 2;
  } else if (error instanceof KnowledgeError) {
    process.stderr.write(`advisor: ${error.message}\n`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
