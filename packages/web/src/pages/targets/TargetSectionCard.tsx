/**
 * One policy section of the targets page: each target with its figures, progress bar, projection, owner and source
 * badge; a rate target shows its rate against the target rate with 已达标/未达标 and the gap in percentage points.
 */
import { useLanguage } from '../../i18n/language.tsx';
import type { TargetLineView, TargetSectionView } from './target-view.ts';

const SOURCE_BADGE: Record<TargetLineView['source'], string> = {
  statistics: 'blue',
  register: 'A',
  manual: 'orange',
  unavailable: 'red',
};

function TargetItem({ line }: { line: TargetLineView }) {
  const { t } = useLanguage();
  return (
    <li className="target-item">
      <div className="target-head">
        <span className="target-name">
          {line.name}
          {line.cluster && <span className="muted"> · {line.cluster}</span>}
        </span>
        <span className={`badge ${SOURCE_BADGE[line.source]}`} title={line.basis ?? undefined}>
          {line.sourceName}
        </span>
      </div>
      <div className="target-figures">
        {line.rate ? (
          <>
            {line.measured} {t('对比目标', 'against the target of')} {line.target}
          </>
        ) : (
          <>
            {line.measured} / {line.target}
          </>
        )}
        {line.actualYear !== null && <span className="muted"> （{line.actualYear}）</span>}
        {line.rate ? (
          <strong className={line.rate.met ? 'on-track' : 'off-track'}>
            {' '}
            ·{' '}
            <span className={`badge ${line.rate.met ? 'A' : 'red'}`}>
              {line.rate.met ? t('已达标', 'Met') : t('未达标', 'Not met')}
            </span>{' '}
            <span className="rate-gap">{line.rate.gap}</span>
          </strong>
        ) : (
          line.barPercent !== null && <strong> · {line.progressText}</strong>
        )}
      </div>
      {line.barPercent !== null && (
        <div
          className={line.onTrack === false ? 'progress late' : 'progress'}
          role="progressbar"
          aria-label={line.name}
          aria-valuenow={line.barPercent}
          aria-valuemin={0}
          aria-valuemax={100}
        >
          <span style={{ width: `${line.barPercent}%` }} />
        </div>
      )}
      <div className="target-note muted">
        {line.projection}
        {line.onTrack !== null && !line.rate && (
          <span className={line.onTrack ? 'on-track' : 'off-track'}>
            {' '}
            ({line.onTrack ? t('可按期完成', 'on track') : t('需加快', 'behind')})
          </span>
        )}
        {line.unavailable && (
          <span>
            {t('暂无实测值：', 'Not measured: ')}
            {line.unavailable}
          </span>
        )}
        {line.basis && (
          <div>
            {t('口径：', 'Basis: ')}
            {line.basis}
          </div>
        )}
        <div>
          {t('责任单位：', 'Owner: ')}
          {line.owner ?? t('未明确（请市级补充）', 'not named (to be filled in)')}
        </div>
      </div>
    </li>
  );
}

export function TargetSectionCard({ section }: { section: TargetSectionView }) {
  return (
    <section className="card target-section" aria-label={section.name}>
      <h2>{section.name}</h2>
      <ul className="target-items">
        {section.lines.map((line) => (
          <TargetItem key={line.id} line={line} />
        ))}
      </ul>
    </section>
  );
}
