/**
 * The map of Jiaxing's reporting units for the period: counties coloured by the chosen measure (1–N月 output,
 * comparable growth, share of the city), the two functional zones as markers, a legend of the colour scale.
 * Clicking a unit opens its enterprises when the role may read them; otherwise the tooltip is all there is.
 */
import { useMemo, useState } from 'react';
import { navigate } from '../../app/router.tsx';
import { EChart, type ChartClick } from '../../charts/EChart.tsx';
import { jiaxingMapOption, mapColour, mapValueRange, type MapMeasure } from '../../charts/options/jiaxing-map.ts';
import { growth, money, percent, SUPPRESSED_MARK } from '../../format/display.ts';
import type { ApiState } from '../../api/use-api.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { useLanguage } from '../../i18n/language.tsx';
import { useSession } from '../../session/session-context.tsx';
import type { UnitStatisticsRow } from './cockpit-types.ts';

const MEASURES: { value: MapMeasure; zh: string; en: string }[] = [
  { value: 'output', zh: '工业总产值', en: 'Output' },
  { value: 'growth', zh: '可比增速', en: 'Growth' },
  { value: 'share', zh: '占全市比重', en: 'Share of the city' },
];

function legendText(value: number, measure: MapMeasure, language: 'zh' | 'en'): string {
  return measure === 'output' ? money(value, language) : measure === 'growth' ? growth(value) : percent(value);
}

function UnitMap({ units, onDrawn }: { units: UnitStatisticsRow[]; onDrawn?: () => void }) {
  const { t, language } = useLanguage();
  const { can, state } = useSession();
  const [measure, setMeasure] = useState<MapMeasure>('output');
  const clickable = can('enterprise.read') && state.status === 'signed_in' && state.me.scope.kind !== 'enterprise';
  const option = useMemo(
    () => jiaxingMapOption(units, measure, language, { clickable }),
    [units, measure, language, clickable],
  );
  const range = mapValueRange(units, measure);
  const withheld = units.filter((unit) => unit.suppressed);
  const open = (click: ChartClick) => {
    const unit = units.find((entry) => entry.unit === click.name);
    if (clickable && unit) navigate(`/enterprises?unit=${encodeURIComponent(unit.unit)}`);
  };
  return (
    <section className="card cockpit-map" aria-labelledby="cockpit-map-title">
      <div className="card-head">
        <h2 id="cockpit-map-title">{t('各县（市、区）分布', 'By county and zone')}</h2>
        <label className="picker">
          {t('着色指标', 'Colour by')}{' '}
          <select value={measure} onChange={(event) => setMeasure(event.target.value as MapMeasure)}>
            {MEASURES.map((entry) => (
              <option key={entry.value} value={entry.value}>
                {t(entry.zh, entry.en)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <EChart
        option={option}
        height={420}
        needsMap
        onClick={open}
        onDrawn={onDrawn}
        ariaLabel={t('嘉兴市各县（市、区）地图', 'Map of Jiaxing by county')}
      />
      {range && (
        <div className="map-legend" aria-hidden="true">
          <span>{legendText(range.min, measure, language)}</span>
          <span
            className="map-legend-bar"
            style={{
              background: `linear-gradient(to right, ${[0, 0.25, 0.5, 0.75, 1]
                .map((step) => mapColour(range.min + (range.max - range.min) * step, range, measure))
                .join(', ')})`,
            }}
          />
          <span>{legendText(range.max, measure, language)}</span>
          {withheld.length > 0 && (
            <span className="muted">
              {' '}
              · {SUPPRESSED_MARK} = {t('依披露控制不公开', 'withheld by disclosure control')}
            </span>
          )}
        </div>
      )}
      <p className="muted map-note">
        {clickable
          ? t('点击县（市、区）查看其企业。', 'Click a county to see its enterprises.')
          : t('悬停查看数值。', 'Hover to see the figures.')}{' '}
        {t('功能区以圆点示意位置。', 'Functional zones are shown as dots at indicative positions.')}
      </p>
    </section>
  );
}

/**
 * The map card, or a card with the loading, empty or error state of the units' figures. `onDrawn` is called once
 * the map has been drawn.
 */
export function UnitMapCard({
  state,
  onDrawn,
}: {
  state: ApiState<UnitStatisticsRow[]> & { reload: () => void };
  onDrawn?: () => void;
}) {
  const { t } = useLanguage();
  if (state.status === 'ready' && state.data.length > 0) return <UnitMap units={state.data} onDrawn={onDrawn} />;
  return (
    <section className="card cockpit-map" aria-label={t('各县（市、区）分布', 'By county and zone')}>
      <ApiView state={state} isEmpty={(rows) => rows.length === 0}>
        {(rows) => <UnitMap units={rows} onDrawn={onDrawn} />}
      </ApiView>
    </section>
  );
}
