import { printable } from '../domain/profile';

/** Bad input from the user: printed as one message on stderr, exit code 2, nothing on stdout. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A value from the command line as a message shows it: quoted, control and bidi characters escaped. */
export const quoted = (value: string): string => `"${printable(value)}"`;

export const commandNames = ['recommend', 'stack', 'whatif', 'list', 'explain', 'validate', 'help'] as const;
export type CommandName = (typeof commandNames)[number];

const commandUsage: Record<CommandName, string> = {
  recommend: `advisor recommend --profile FILE [--category C] [--method weighted|topsis] [--json]
                    [--confidence [--samples N] [--seed S]] [--overlay FILE]`,
  stack: `advisor stack --profile FILE [--pin category=id]… [--method weighted|topsis] [--json]
                    [--overlay FILE]`,
  whatif: 'advisor whatif --profile FILE [--category C] [--method weighted|topsis] [--json] [--overlay FILE]',
  list: 'advisor list [--category C] [--overlay FILE]',
  explain: 'advisor explain ID [--overlay FILE]',
  validate: 'advisor validate [--overlay FILE]',
  help: 'advisor help [COMMAND]   (or -h, --help, after a command too)',
};

export const usage = `Usage:\n${commandNames.map((name) => `  ${commandUsage[name]}`).join('\n')}`;

/** The usage of one command, or of all of them. */
export const usageOf = (name: CommandName | undefined): string =>
  name === undefined || name === 'help' ? usage : `Usage:\n  ${commandUsage[name]}`;
