/** Bad input from the user: printed as one message on stderr, exit code 2, nothing on stdout. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const usage = `Usage:
  advisor recommend --profile FILE [--category C] [--method weighted|topsis] [--json]
                    [--confidence [--samples N] [--seed S]]
  advisor stack --profile FILE [--pin category=id]… [--method weighted|topsis] [--json]
  advisor whatif --profile FILE [--category C] [--method weighted|topsis] [--json]
  advisor list [--category C]
  advisor explain ID
  advisor validate`;
