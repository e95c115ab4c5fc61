/**
 * Which ECharts parts a chart loads: the cockpit's map and ranking bars need only the basic set; every other
 * option builder's chart, an unknown key or series type, or a mark line needs all parts.
 */
import { describe, expect, it } from 'vitest';
import { needsAllChartParts } from './chart-parts.ts';
import { jiaxingMapOption } from './options/jiaxing-map.ts';
import { rankingBarOption } from './options/ranking-bar.ts';

describe('needsAllChartParts', () => {
  it.each([
    ['bars on a grid', { tooltip: {}, grid: {}, xAxis: {}, yAxis: {}, series: [{ type: 'bar' }] }, false],
    ['the county map with zone markers', { geo: {}, series: [{ type: 'scatter', coordinateSystem: 'geo' }] }, false],
    ['one series as an object', { series: { type: 'map' } }, false],
    ['a line series', { series: [{ type: 'line' }] }, true],
    ['a bar with a mark line', { series: [{ type: 'bar', markLine: { data: [] } }] }, true],
    ['a legend', { legend: {}, series: [{ type: 'bar' }] }, true],
    ['a zoom', { dataZoom: [{}], series: [{ type: 'bar' }] }, true],
    ['a graph', { series: [{ type: 'graph' }] }, true],
    ['a series without a type', { series: [{}] }, true],
  ])('%s', (_name, option, expected) => {
    expect(needsAllChartParts(option)).toBe(expected);
  });

  it("the cockpit's county map and cluster ranking need only the basic set", () => {
    expect(needsAllChartParts(jiaxingMapOption([], 'output', 'zh'))).toBe(false);
    expect(needsAllChartParts(rankingBarOption([], 'zh'))).toBe(false);
  });
});
