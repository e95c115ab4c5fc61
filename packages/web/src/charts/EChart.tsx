/**
 * The one adapter between React and ECharts: a div that gets a chart (SVG renderer) with the given option,
 * resized with its box, disposed on unmount, clicks reported. Option builders are pure functions elsewhere
 * (charts/options), so what a chart shows is tested without a browser. ECharts loads with the first chart, with
 * only the parts its option needs (chart-parts.ts).
 */
import { useEffect, useRef, useState } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { useLanguage } from '../i18n/language.tsx';
import { loadChartParts } from './chart-parts.ts';

export interface ChartClick {
  name: string;
  dataIndex: number;
  seriesIndex: number;
  data: unknown;
}

export function EChart({
  option,
  height = 320,
  needsMap = false,
  onClick,
  onDrawn,
  ariaLabel,
}: {
  option: EChartsCoreOption;
  height?: number;
  needsMap?: boolean;
  onClick?: (click: ChartClick) => void;
  /** Called once the first option has been drawn, or the chart has failed (a page may hold back work till then). */
  onDrawn?: () => void;
  ariaLabel: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<import('echarts/core').ECharts | null>(null);
  const clickHandler = useRef(onClick);
  clickHandler.current = onClick;
  const drawnHandler = useRef(onDrawn);
  drawnHandler.current = onDrawn;
  const latestOption = useRef(option);
  latestOption.current = option;
  const [failure, setFailure] = useState<string | null>(null);
  const { t } = useLanguage();

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | null = null;
    void (async () => {
      try {
        const setup = await loadChartParts(latestOption.current);
        if (needsMap) await setup.ensureJiaxingMap();
        if (disposed || !box.current) return;
        const instance = setup.echarts.init(box.current, null, { renderer: 'svg' });
        chart.current = instance;
        instance.on('click', (params) => {
          const event = params as unknown as ChartClick;
          clickHandler.current?.({
            name: event.name,
            dataIndex: event.dataIndex,
            seriesIndex: event.seriesIndex,
            data: event.data,
          });
        });
        instance.setOption(latestOption.current, { notMerge: true });
        box.current.dataset.rendered = 'true';
        drawnHandler.current?.();
        observer = new ResizeObserver(() => instance.resize());
        observer.observe(box.current);
      } catch (error) {
        if (disposed) return;
        setFailure((error as Error).message);
        drawnHandler.current?.();
      }
    })();
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
    // The chart is created once (the latest option from the ref); option changes are applied below.
  }, [needsMap]);

  useEffect(() => {
    if (!chart.current) return;
    // A later option may need parts the first did not (registered on the same ECharts before it is set).
    void loadChartParts(option).then(() => chart.current?.setOption(option, { notMerge: true }));
  }, [option]);

  if (failure)
    return (
      <div className="state error" role="alert">
        {t('图表无法显示', 'The chart cannot be shown')}: {failure}
      </div>
    );
  return <div ref={box} className="chart" style={{ height }} role="img" aria-label={ariaLabel} />;
}
