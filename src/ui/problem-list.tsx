/** Problems as the checks word them (file, path, value), one per line, shown verbatim. */
export function ProblemList({ problems, className }: { problems: readonly string[]; className?: string }) {
  return (
    <ul className={className}>
      {problems.map((problem) => (
        <li key={problem}>
          <code>{problem}</code>
        </li>
      ))}
    </ul>
  );
}
