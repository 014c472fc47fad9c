import { KnowledgeError } from '../domain/knowledge';
import { printable } from '../domain/profile';
import { rank } from '../domain/scoring';
import { confidence } from '../domain/sensitivity';
import { parseCommand, type Command } from './args';
import { readKnowledge } from './read-knowledge';
import { readProfile } from './read-profile';
import { explainText, listText, rankingToText } from './text-output';
import { rankingToJson } from './to-json';
import { parsePins, stackFor, stackToJson, stackToText, whatIfJson, whatIfText } from './stack-command';
import { usageOf, UsageError } from './usage-error';
import { validateCommand } from './validate-command';

function run(command: Command): string {
  if (command.name === 'help') return usageOf(command.about);
  if (command.name === 'validate') return validateCommand();
  const kb = readKnowledge();
  switch (command.name) {
    case 'recommend': {
      const profile = readProfile(kb, command.profile);
      const result = rank(kb, profile, { category: command.category, method: command.method });
      const sure = command.confidence
        ? confidence(kb, profile, result, command.confidence.samples, command.confidence.seed)
        : undefined;
      return command.json
        ? JSON.stringify(rankingToJson(kb, result, sure), null, 2)
        : rankingToText(kb, result, sure);
    }
    case 'stack': {
      const profile = readProfile(kb, command.profile);
      const stack = stackFor(kb, profile, command.method, parsePins(kb, command.pins));
      return command.json ? JSON.stringify(stackToJson(kb, stack), null, 2) : stackToText(kb, stack);
    }
    case 'whatif': {
      const entries = whatIfJson(kb, readProfile(kb, command.profile), command.method, command.category);
      return command.json ? JSON.stringify(entries, null, 2) : whatIfText(entries);
    }
    case 'list':
      return listText(kb, command.category);
    case 'explain': {
      const option = kb.optionById.get(command.id);
      if (!option)
        throw new UsageError(
          `explain: unknown option id (value: "${printable(command.id)}"); see "advisor list"`,
        );
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
