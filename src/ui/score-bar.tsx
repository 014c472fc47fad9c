import './score-bar.css';

/**
 * A horizontal bar for a score in [0, 1]; the number is also shown as text for every reader, with
 * two decimals: finer digits would present noise as a difference (ties are marked separately).
 */
export function ScoreBar({ score, label }: { score: number; label: string }) {
  const percent = Math.round(score * 100);
  return (
    <span className="score-bar">
      <span className="score-bar-track" role="img" aria-label={`${label}: ${percent}%`}>
        <span className="score-bar-fill" style={{ transform: `scaleX(${percent / 100})` }} />
      </span>
      <span className="score-bar-value">{score.toFixed(2)}</span>
    </span>
  );
}
