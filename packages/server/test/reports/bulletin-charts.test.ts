/**
 * The chart option builders pinned by snapshots, and what the snapshots cannot say: labels are the bureau's
 * table forms, a withheld cluster has no bar and is marked "x", and the server-side SVG carries the names as
 * escaped text in the CJK font.
 */
import { describe, expect, it } from 'vitest';
import {
  clusterChartOption,
  shortClusterName,
  targetProgressChartOption,
  unitRankingChartOption,
} from '../../src/reports/bulletin/bulletin-charts.ts';
import { loadChartSvgRenderer } from '../../src/reports/bulletin/render-chart-svg.ts';
import { sampleBulletin } from '../fixtures/bulletin/sample-bulletin.ts';

const document = sampleBulletin();
const [wuda, sanda] = document.systems;
const renderChartSvg = await loadChartSvgRenderer();

describe('chart options', () => {
  it('cluster bars with growth line (五大, 三大)', () => {
    expect(clusterChartOption(wuda!, document.period)).toMatchSnapshot();
    expect(clusterChartOption(sanda!, document.period)).toMatchSnapshot();
  });

  it('unit ranking', () => {
    expect(unitRankingChartOption(document)).toMatchSnapshot();
  });

  it('target progress', () => {
    expect(targetProgressChartOption(document.targets)).toMatchSnapshot();
  });

  it('labels bars and points with the figures as the tables print them', () => {
    const option = clusterChartOption(sanda!, document.period);
    const [bars, growth] = option.series as { data: { value: number; label: { formatter: string } }[] }[];
    expect(bars!.data[0]).toEqual({ value: 2278.3, label: { formatter: '2278.3' } });
    expect(growth!.data[0]).toEqual({ value: 8.3, label: { formatter: '+8.3%' } });
  });

  it('leaves a withheld cluster without a bar and marks its name with x', () => {
    const withheld = structuredClone(wuda!);
    const energy = withheld.rows.find((row) => row.clusterId === 'wuda-new-energy')!;
    energy.value = { value: null, suppressed: 'withheld' };
    energy.growth = { value: null, basis: 'nominal', derived: false };
    const option = clusterChartOption(withheld, document.period);
    const axis = option.xAxis as { data: string[] };
    expect(axis.data[1]).toBe('新能源（x）');
    expect((option.series as { data: unknown[] }[]).map((series) => series.data[1])).toEqual(['-', '-']);
  });

  it.each([
    ['现代纺织产业集群', '现代纺织'],
    ['智能家居集群', '智能家居'],
    ['光伏产业', '光伏产业'],
    ['产业集群', '产业集群'],
  ])('shortens %s on the axis to %s', (name, short) => {
    expect(shortClusterName(name)).toBe(short);
  });
});

describe('renderChartSvg', () => {
  it('draws an SVG with the names as text in the CJK font', () => {
    const svg = renderChartSvg(clusterChartOption(sanda!, document.period), { width: 600, height: 280 });
    expect(svg).toMatch(/^<svg [^>]*width="600" height="280"[^>]*viewBox="0 0 600 280"/);
    expect(svg).toContain('>现代纺织服装</text>');
    expect(svg).toContain('>2278.3</text>');
    expect(svg).toContain('>+8.3%</text>');
    expect(svg).toContain("font-family:'Noto Sans CJK SC'");
    expect(svg).not.toContain('font-family:"');
  });

  it('escapes text from the data', () => {
    const hostile = structuredClone(sanda!);
    hostile.name.zh = '<script>alert(1)</script>&';
    hostile.rows[0]!.name.zh = '<img src=x onerror=alert(1)>';
    const svg = renderChartSvg(clusterChartOption(hostile, document.period));
    expect(svg).not.toMatch(/<script|<img/);
    expect(svg).toContain('&lt;script&gt;');
  });
});
