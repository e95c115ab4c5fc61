/**
 * "Every number explains itself": a figure shown as a button; clicking it opens a dialog with how the figure is
 * computed (GET /api/statistics/explain), rendered into document.body so it does not inherit the figure's
 * styles. Reusable on every page:
 * `<ExplainFigure query={{ system, cluster?, unit?, measure, period, audience? }}>{text}</ExplainFigure>`.
 */
import { useCallback, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useLanguage } from '../i18n/language.tsx';
import { ExplainDialog } from './ExplainDialog.tsx';
import type { ExplainQuery } from './explain-types.ts';
import './explain-figure.css';

export type { ExplainQuery } from './explain-types.ts';

export function ExplainFigure({
  query,
  children,
  className,
}: {
  query: ExplainQuery;
  children: ReactNode;
  className?: string;
}) {
  const { t } = useLanguage();
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  return (
    <>
      <button
        type="button"
        className={className ? `explain-figure ${className}` : 'explain-figure'}
        aria-haspopup="dialog"
        title={t('点击查看数字来历', 'Click to see how this figure is computed')}
        onClick={() => setOpen(true)}
      >
        {children}
      </button>
      {open && createPortal(<ExplainDialog query={query} onClose={close} />, document.body)}
    </>
  );
}
