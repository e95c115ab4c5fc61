/**
 * The enterprise's latest evaluation class with a link to its explanation: the newest runs the caller may read
 * (published ones for county and enterprise accounts) are asked in turn until one has the enterprise.
 */
import { useEffect, useState } from 'react';
import { apiGet } from '../../api/client.ts';
import { Link } from '../../app/router.tsx';
import { Loading } from '../../components/States.tsx';
import { useLanguage } from '../../i18n/language.tsx';
import { ClassBadge, pick, RUN_STATUS } from '../evaluation/evaluation-labels.tsx';
import type { EvaluationRunRecord } from '../evaluation/evaluation-types.ts';
import type { EnterpriseEvaluation } from '../evaluation/explanation-types.ts';

/** Runs asked at most (newest first). */
const RUNS_ASKED = 5;

interface Found {
  run: EvaluationRunRecord;
  evaluation: EnterpriseEvaluation;
}

export function LatestEvaluation({ uscc }: { uscc: string }) {
  const { t, name, language } = useLanguage();
  const [found, setFound] = useState<Found | null | 'loading'>('loading');
  useEffect(() => {
    const controller = new AbortController();
    void (async () => {
      try {
        const runs = await apiGet<EvaluationRunRecord[]>('/api/evaluation/runs', controller.signal);
        const ordered = [...runs].sort(
          (left, right) =>
            Number(right.status === 'published') - Number(left.status === 'published') ||
            right.year - left.year ||
            right.id - left.id,
        );
        for (const run of ordered.slice(0, RUNS_ASKED)) {
          try {
            const evaluation = await apiGet<EnterpriseEvaluation>(
              `/api/evaluation/runs/${run.id}/enterprises/${encodeURIComponent(uscc)}`,
              controller.signal,
            );
            if (!controller.signal.aborted) setFound({ run, evaluation });
            return;
          } catch {
            // not in this run (or not visible): try the next one
          }
        }
      } catch {
        // runs not readable: no evaluation shown
      }
      if (!controller.signal.aborted) setFound(null);
    })();
    return () => controller.abort();
  }, [uscc]);

  return (
    <section className="card" aria-label={t('最新评价', 'Latest evaluation')}>
      <h2>{t('最新亩均评价', 'Latest per-mu evaluation')}</h2>
      {found === 'loading' ? (
        <Loading />
      ) : found === null ? (
        <p className="muted">{t('没有可查看的评价结果', 'No evaluation result to show')}</p>
      ) : (
        <p>
          {t(`${found.run.year}年度（批次 ${found.run.id}，`, `${found.run.year} (run ${found.run.id}, `)}
          {pick(RUN_STATUS[found.run.status], language)}
          {t('）：', '): ')}
          <ClassBadge value={found.evaluation.finalClass} />{' '}
          {found.evaluation.explanation.className
            ? name(found.evaluation.explanation.className)
            : t('未定级', 'not rated')}{' '}
          <Link to={`/evaluation/runs/${found.run.id}/enterprises/${encodeURIComponent(uscc)}`}>
            {t('查看评价说明', 'See the explanation')}
          </Link>
        </p>
      )}
    </section>
  );
}
