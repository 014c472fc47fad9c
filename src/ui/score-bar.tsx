/** A horizontal bar for a score in [0, 1]; the number is also shown as text for every reader. */
export function ScoreBar({ score, label }: { score: number; label: string }) {
  const percent = Math.round(score * 1000) / 10;
  return (
    <span className="score-bar">
      <span className="score-bar-track" role="img" aria-label={`${label}: ${percent}%`}>
        <span className="score-bar-fill" style={{ width: `${percent}%` }} />
      </span>
      <span className="score-bar-value">{score.toFixed(3)}</span>
    </span>
  );
}
