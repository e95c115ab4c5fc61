/** A rate (percent, 50 = 50 %) as a progress bar with its text; over 100 % fills the bar, under the mark shows late. */
import { ratePercent } from './project-labels.ts';

export function RateBar({ value, label, lateBelow }: { value: number | null; label: string; lateBelow?: number }) {
  const width = value === null ? 0 : Math.max(0, Math.min(100, value));
  const late = value !== null && lateBelow !== undefined && value < lateBelow;
  return (
    <span className="rate-bar">
      <span
        className={late ? 'progress late' : 'progress'}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value === null ? undefined : Math.round(width)}
      >
        <span style={{ width: `${width}%` }} />
      </span>
      <span className="rate-text">{ratePercent(value)}</span>
    </span>
  );
}
