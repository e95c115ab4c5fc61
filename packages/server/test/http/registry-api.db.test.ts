/** The cluster registry through the API: the shipped systems as loaded, one cluster, targets, and PUT of a system. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RegistryFile } from '@observatory/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { shippedRegistryDir } from '../../src/data-files.ts';
import type {
  ClusterSystemDetailView,
  ClusterSystemView,
  ClusterView,
  TargetView,
} from '../../src/services/registry/registry-views.ts';
import { testEngine } from '../harness/test-database.ts';
import {
  detailPaths,
  expectError,
  openApiFixture,
  type ApiClient,
  type ApiFixture,
  setupTimeoutMs,
  testTimeoutMs,
} from './api-test-kit.ts';

let fixture: ApiFixture;
let api: ApiClient;
beforeAll(async () => {
  fixture = await openApiFixture();
  api = fixture.api;
}, setupTimeoutMs);
afterAll(() => fixture.destroy(), setupTimeoutMs);

const getSystem = async (id: string) => {
  const response = await api.get<ClusterSystemDetailView>('/api/registry/systems/{id}', { params: { id } });
  expect(response.status, response.text).toBe(200);
  return response.body;
};

/** A shipped registry file as the API takes it in a PUT body. */
const readRegistryFile = (name: string) =>
  parseYaml(readFileSync(join(shippedRegistryDir, name), 'utf8')) as RegistryFile;

/** "桐乡市 core 第1批" for every zone of every designation of the given level. */
const zoneLines = (system: ClusterSystemDetailView, level: string) =>
  system.clusters.flatMap((cluster) =>
    cluster.designations
      .filter((designation) => designation.level === level)
      .flatMap((designation) =>
        designation.zones.map((zone) => `${zone.regionName.zh} ${zone.role} 第${designation.batch}批 ${cluster.id}`),
      ),
  );

const shippedSystems = {
  'jiaxing-135n': { clusterCount: 12, additive: true, illustrative: true, owner: 'city' },
  'national-advanced-manufacturing': { clusterCount: 2, additive: false, illustrative: false, owner: 'national' },
  sanda: { clusterCount: 3, additive: true, illustrative: false, owner: 'city' },
  wuda: { clusterCount: 19, additive: true, illustrative: false, owner: 'city' },
  'zhejiang-415x': { clusterCount: 8, additive: false, illustrative: false, owner: 'province' },
};

describe(`registry API on ${testEngine}`, { timeout: testTimeoutMs }, () => {
  describe('GET /api/registry/systems and GET /api/registry', () => {
    it('lists the five shipped systems with their cluster counts and flags', async () => {
      const response = await api.get<ClusterSystemView[]>('/api/registry/systems');
      expect(response.status).toBe(200);
      expect(Object.fromEntries(response.body.map((system) => [system.id, system]))).toMatchObject(shippedSystems);
      expect(response.body.map((system) => system.id)).toEqual(Object.keys(shippedSystems));
    });

    it('gives the whole registry: every system with all its clusters', async () => {
      const response = await api.get<ClusterSystemDetailView[]>('/api/registry');
      expect(response.status).toBe(200);
      expect(response.body.map((system) => [system.id, system.clusters.length])).toEqual(
        Object.entries(shippedSystems).map(([id, system]) => [id, system.clusterCount]),
      );
      for (const system of response.body) {
        expect(system.clusters.every((cluster) => cluster.systemId === system.id)).toBe(true);
      }
    });
  });

  describe('GET /api/registry/systems/{id}', () => {
    it('shows the 五大 system: five top-level clusters with their 2025 output targets', async () => {
      const wuda = await getSystem('wuda');
      const topLevel = wuda.clusters.filter((cluster) => cluster.parentId === null);
      const output = (cluster: ClusterView) => cluster.targets.find((target) => target.measure === 'industrial_output');
      expect(
        topLevel.map((cluster) => [cluster.id, cluster.name.zh, output(cluster)?.value, output(cluster)?.unit]),
      ).toEqual([
        ['wuda-textile', '现代纺织产业集群', 3000, '亿元'],
        ['wuda-new-energy', '新能源产业集群', 1000, '亿元'],
        ['wuda-chemical-materials', '化工新材料产业集群', 3000, '亿元'],
        ['wuda-automotive', expect.stringContaining('汽车'), 1000, '亿元'],
        ['wuda-smart-home', expect.stringContaining('智能家居'), 1000, '亿元'],
      ]);
      expect(output(topLevel[0]!)).toMatchObject({ canonical: { value: 3e11, unit: 'yuan' }, deadline: '2025-12-31' });
      const topIds = new Set(topLevel.map((cluster) => cluster.id));
      const children = wuda.clusters.filter((cluster) => cluster.parentId !== null);
      expect(children).toHaveLength(14);
      expect(children.every((cluster) => topIds.has(cluster.parentId!))).toBe(true);
      expect(wuda.targets.find((target) => target.id === 'wuda-total-output-2025')).toMatchObject({
        clusterId: null,
        value: 10000,
        unit: '亿元',
        canonical: { value: 1e12, unit: 'yuan' },
      });
    });

    it('shows the 415X core zones and the 南湖区 collaborative zone with their batches', async () => {
      const system = await getSystem('zhejiang-415x');
      expect(zoneLines(system, 'provincial_characteristic')).toEqual([
        '海宁市 core 第1批 zj415x-smart-pv',
        '秀洲区 core 第1批 zj415x-smart-pv',
        '桐乡市 core 第1批 zj415x-textile-apparel',
        '嘉善县 core 第2批 zj415x-digital-security-network-comms',
        '南湖区 collaborative 第2批 zj415x-digital-security-network-comms',
        '平湖市 core 第2批 zj415x-robotics-cnc',
      ]);
      const nova = system.clusters
        .flatMap((cluster) => cluster.designations)
        .filter((d) => d.level === 'provincial_nova');
      expect(nova.map((designation) => [designation.batch, designation.year])).toEqual([
        [2, 2023],
        [2, 2023],
        [2, 2023],
        [2, 2023],
      ]);
    });

    it('lists 嘉兴市 as member city of both national clusters', async () => {
      const system = await getSystem('national-advanced-manufacturing');
      expect(system.clusters).toHaveLength(2);
      for (const cluster of system.clusters) {
        const zones = cluster.designations.flatMap((designation) => designation.zones);
        expect(zones).toContainEqual(
          expect.objectContaining({
            region: '330400',
            role: 'member_city',
            regionName: { zh: '嘉兴市', en: 'Jiaxing' },
          }),
        );
        expect(cluster.designations[0]).toMatchObject({ level: 'national', year: 2024, status: 'recognised' });
      }
    });
  });

  describe('GET /api/registry/clusters/{id}', () => {
    it('shows a cluster with its focus counties, catalogue with industry names, and targets', async () => {
      const response = await api.get<ClusterView>('/api/registry/clusters/{id}', { params: { id: 'wuda-textile' } });
      expect(response.status).toBe(200);
      const cluster = response.body;
      expect(cluster).toMatchObject({ id: 'wuda-textile', systemId: 'wuda', parentId: null, tier: '3000亿 世界级' });
      expect(cluster.designations[0]!.zones.map((zone) => `${zone.regionName.zh}:${zone.role}`)).toEqual([
        '桐乡市:focus',
        '海宁市:focus',
        '秀洲区:focus',
        '平湖市:focus',
      ]);
      expect(cluster.catalogue).toContainEqual(
        expect.objectContaining({
          code: '17',
          industryName: '纺织业',
          coverage: 'full',
          validFrom: 2020,
          validTo: null,
        }),
      );
      expect(cluster.catalogue.find((entry) => entry.code === '191')).toMatchObject({ coverage: 'partial' });
      expect(cluster.targets.map((target) => target.id)).toContain('wuda-textile-output-2025');
    });

    it('shows a sub-direction under its parent', async () => {
      const response = await api.get<ClusterView>('/api/registry/clusters/{id}', {
        params: { id: 'wuda-textile-high-end' },
      });
      expect(response.body).toMatchObject({
        parentId: 'wuda-textile',
        name: { zh: '高端纺织' },
        designations: [],
        targets: [],
      });
    });
  });

  describe('GET /api/registry/systems/{id}/targets', () => {
    it("gives the system's own targets and its clusters' targets", async () => {
      const response = await api.get<TargetView[]>('/api/registry/systems/{id}/targets', { params: { id: 'wuda' } });
      expect(response.status).toBe(200);
      expect(response.body).toHaveLength(39);
      expect(response.body.every((target) => target.systemId === 'wuda')).toBe(true);
      const ids = response.body.map((target) => target.id);
      expect(ids).toEqual(
        expect.arrayContaining(['wuda-total-output-2025', 'wuda-textile-output-2025', 'city-tax-per-mu-2025']),
      );
      expect(response.body.find((target) => target.id === 'city-tax-per-mu-2025')).toMatchObject({
        unit: '万元/亩',
        value: 37,
      });
      expect((await api.get('/api/registry/systems/{id}/targets', { params: { id: 'sanda' } })).body).toEqual([]);
    });
  });

  describe('PUT /api/registry/systems/{id}', () => {
    it('replaces a system with a modified copy of its registry file', async () => {
      const sanda = readRegistryFile('sanda.yaml');
      const changed = structuredClone(sanda);
      changed.system.name.zh = '嘉兴市三大传统优势产业集群（修订）';
      changed.clusters[0]!.name.zh = '现代纺织服装产业集群（修订）';
      changed.clusters[0]!.catalogue = changed.clusters[0]!.catalogue.filter((entry) => entry.code !== '28');
      const response = await api.put('/api/registry/systems/{id}', { params: { id: 'sanda' }, body: changed });
      expect(response.status, response.text).toBe(200);
      expect(response.body).toEqual({ system: 'sanda', clusters: 3, targets: 0 });

      const after = await getSystem('sanda');
      expect(after.name.zh).toBe('嘉兴市三大传统优势产业集群（修订）');
      expect(after.clusters.map((cluster) => cluster.name.zh)).toEqual([
        '现代纺织服装产业集群（修订）',
        '精细化工产业集群',
        '智能家居产业集群',
      ]);
      expect(after.clusters[0]!.catalogue.map((entry) => entry.code)).not.toContain('28');
      expect((await getSystem('wuda')).clusterCount).toBe(19);
    });

    it('refuses a catalogue code that is not in GB/T 4754 and leaves the system unchanged', async () => {
      const before = await getSystem('sanda');
      const bad = readRegistryFile('sanda.yaml');
      bad.clusters[0]!.name.zh = '不应保存的名称';
      bad.clusters[0]!.catalogue.push({ code: '1799', coverage: 'full', validFrom: null, validTo: null, note: null });
      const response = await api.put('/api/registry/systems/{id}', { params: { id: 'sanda' }, body: bad });
      const error = expectError(response, 400, 'validation_failed');
      expect(error.details.map((detail) => detail.message).join('\n')).toContain('1799');
      expect(await getSystem('sanda')).toEqual(before);
    });

    it.each([
      ['a document for another system', { id: 'wuda' }, () => readRegistryFile('sanda.yaml'), []],
      [
        'an unknown zone region',
        { id: 'national-advanced-manufacturing' },
        () => {
          const file = readRegistryFile('national.yaml');
          file.clusters[0]!.designations[0]!.zones[0]!.region = '999999';
          return file;
        },
        [],
      ],
      [
        'a system without a name',
        { id: 'sanda' },
        () => ({ system: { id: 'sanda', owner: 'city' } }),
        ['body.system.name'],
      ],
    ])('refuses %s with 400', async (_what, params, body, fields) => {
      const before = await getSystem(params.id);
      const error = expectError(
        await api.put('/api/registry/systems/{id}', { params, body: body() }),
        400,
        'validation_failed',
      );
      expect(detailPaths(error)).toEqual(expect.arrayContaining(fields));
      expect(await getSystem(params.id)).toEqual(before);
    });

    // Runs last: it adds a sixth system.
    it('adds a system that does not exist yet', async () => {
      const copy = readRegistryFile('sanda.yaml');
      copy.system.id = 'sanda-2026';
      copy.clusters = copy.clusters.map((cluster) => ({ ...cluster, id: `${cluster.id}-2026` }));
      const response = await api.put('/api/registry/systems/{id}', { params: { id: 'sanda-2026' }, body: copy });
      expect(response.status, response.text).toBe(200);
      const systems = (await api.get<ClusterSystemView[]>('/api/registry/systems')).body;
      expect(systems.map((system) => system.id)).toEqual([
        ...Object.keys(shippedSystems).slice(0, 3),
        'sanda-2026',
        'wuda',
        'zhejiang-415x',
      ]);
      expect((await getSystem('sanda-2026')).clusters.map((cluster) => cluster.id)).toEqual([
        'sanda-textile-apparel-2026',
        'sanda-fine-chemicals-2026',
        'sanda-smart-home-2026',
      ]);
    });
  });

  it('answered every route this file covers with a success', () => {
    expect(api.missingSuccesses('registry-api.db.test.ts')).toEqual([]);
  });
});
