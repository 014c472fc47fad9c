import { KnowledgeError, type Knowledge } from '../domain/knowledge';
import { printable } from '../domain/profile';
import { rank } from '../domain/scoring';
import { confidence } from '../domain/sensitivity';
import { parseCommand, type Command } from './args';
import { readKnowledge, readKnowledgeWithOverlay } from './read-knowledge';
import { readProfile } from './read-profile';
import { parsePins, stackFor, stackToJson, stackToText, whatIfJson, whatIfText } from './stack-command';
import { explainText, listText, rankingToText } from './text-output';
import { rankingToJson } from './to-json';
import { usageOf, UsageError } from './usage-error';
import { validateCommand } from './validate-command';

/** Where the advisor writes; a process's stdout and stderr fit, and so does a string sink. */
export interface Output {
  write(text: string): unknown;
}

/** What the advisor reads from and writes to besides its arguments; profile files come from the file system. */
export interface CliIo {
  stdout: Output;
  stderr: Output;
  /**
   * The knowledge base for commands that rank or describe options; data/ by default. `validate`
   * always reads data/ itself, since checking it on disk is what it is for.
   */
  knowledge?: () => Knowledge;
}

/** Exit codes of the contract: 0 success, 1 a broken knowledge base, 2 bad input from the user. */
export type ExitCode = 0 | 1 | 2;

function output(command: Command, knowledge: () => Knowledge): string {
  if (command.name === 'help') return usageOf(command.about);
  if (command.name === 'validate') return validateCommand(command.overlay);
  const kb = command.overlay === undefined ? knowledge() : readKnowledgeWithOverlay(command.overlay);
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

/**
 * The advisor for one command line (without the node and script arguments). The whole answer is
 * written at once, and only on success, so a failing command leaves stdout empty. Errors other
 * than bad input or a broken knowledge base are bugs: they are thrown, not turned into a message.
 */
export function run(argv: readonly string[], io: CliIo): ExitCode {
  try {
    io.stdout.write(`${output(parseCommand(argv), io.knowledge ?? (() => readKnowledge()))}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`advisor: ${error.message}\n`);
      return 2;
    }
    if (error instanceof KnowledgeError) {
      io.stderr.write(`advisor: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
