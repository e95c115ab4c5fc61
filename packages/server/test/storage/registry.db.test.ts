import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { shippedRegistryDir } from '../../src/data-files.ts';
import {
  getFullRegistry,
  getRegistryCluster,
  getRegistrySystem,
  listRegistrySystems,
} from '../../src/services/registry/get-registry.ts';
import { loadRegistryFiles } from '../../src/services/registry/load-registry-files.ts';
import { replaceClusterSystem } from '../../src/services/registry/replace-cluster-system.ts';
import { createTestDatabase, testEngine, type TestDatabase } from '../harness/test-database.ts';

let database: TestDatabase;
const scratch = mkdtempSync(join(tmpdir(), 'observatory-registry-'));
beforeAll(async () => {
  database = await createTestDatabase();
  await loadRegistryFiles(database.db, shippedRegistryDir);
});
afterAll(async () => {
  await database.destroy();
  rmSync(scratch, { recursive: true, force: true });
});

const shipped = (name: string) =>
  parseYaml(readFileSync(join(shippedRegistryDir, name), 'utf8')) as Record<string, unknown>;

describe(`cluster registry on ${testEngine}`, () => {
  it('loads every shipped system, the 135N one marked illustrative', async () => {
    const systems = await listRegistrySystems(database.db);
    expect(systems.map((system) => system.id).sort()).toEqual([
      'jiaxing-135n',
      'national-advanced-manufacturing',
      'sanda',
      'wuda',
      'zhejiang-415x',
    ]);
    expect(systems.find((system) => system.id === 'jiaxing-135n')?.illustrative).toBe(true);
    expect(systems.filter((system) => system.illustrative)).toHaveLength(1);
    expect(systems.find((system) => system.id === 'wuda')?.additive).toBe(true);
    expect(systems.find((system) => system.id === 'zhejiang-415x')?.additive).toBe(false);
  });

  it('holds the 五大 clusters with their 2025 output targets in canonical 元', async () => {
    const wuda = await getRegistrySystem(database.db, 'wuda');
    const top = wuda.clusters.filter((cluster) => cluster.parentId === null);
    const output = top.map((cluster) => {
      const target = cluster.targets.find((candidate) => candidate.measure === 'industrial_output');
      return [cluster.name.zh, target?.value, target?.unit, target?.canonical?.value, target?.deadline];
    });
    expect(output).toEqual([
      ['现代纺织产业集群', 3000, '亿元', 3e11, '2025-12-31'],
      ['新能源产业集群', 1000, '亿元', 1e11, '2025-12-31'],
      ['化工新材料产业集群', 3000, '亿元', 3e11, '2025-12-31'],
      ['汽车制造产业集群', 1000, '亿元', 1e11, '2025-12-31'],
      ['智能家居产业集群', 1000, '亿元', 1e11, '2025-12-31'],
    ]);
    const taxPerMu = wuda.targets.find((target) => target.measure === 'tax_per_mu');
    expect(taxPerMu).toMatchObject({ value: 37, unit: '万元/亩', canonical: { value: 370000, unit: 'yuan/mu' } });
    const investment = wuda.targets.find((target) => target.measure === 'industrial_investment_growth');
    expect(investment?.canonical).toEqual({ value: 0.15, unit: 'ratio' });
  });

  it('holds the provincial core and collaborative zones with batch and region', async () => {
    const zj = await getRegistrySystem(database.db, 'zhejiang-415x');
    const zones = zj.clusters.flatMap((cluster) =>
      cluster.designations
        .filter((designation) => designation.level === 'provincial_characteristic')
        .flatMap((designation) =>
          designation.zones.map((zone) => `${zone.regionName.zh}/${zone.role}/${designation.batch}`),
        ),
    );
    expect(zones.sort()).toEqual(
      [
        '南湖区/collaborative/2',
        '嘉善县/core/2',
        '平湖市/core/2',
        '桐乡市/core/1',
        '海宁市/core/1',
        '秀洲区/core/1',
      ].sort(),
    );
    const novas = zj.clusters.filter((cluster) =>
      cluster.designations.some((designation) => designation.level === 'provincial_nova'),
    );
    expect(novas).toHaveLength(4);
  });

  it('holds the two national clusters with Jiaxing as a member city', async () => {
    const registry = await getFullRegistry(database.db);
    const national = registry.find((system) => system.id === 'national-advanced-manufacturing')!;
    expect(national.clusters.map((cluster) => cluster.name.zh)).toEqual([
      '浙东工业母机集群',
      '环杭州湾现代纺织服装集群',
    ]);
    for (const cluster of national.clusters) {
      expect(
        cluster.designations[0]?.zones.some((zone) => zone.region === '330400' && zone.role === 'member_city'),
      ).toBe(true);
    }
  });

  it('names the industry of each catalogue entry', async () => {
    const textiles = await getRegistryCluster(database.db, 'wuda-textile');
    expect(textiles.catalogue.find((entry) => entry.code === '17')?.industryName).toBe('纺织业');
  });

  it('replaces a system through the service, and refuses a document with unknown codes without changing anything', async () => {
    const document = shipped('sanda.yaml') as {
      system: { name: { zh: string } };
      clusters: { catalogue: { code: string }[] }[];
    };
    document.system.name.zh = '三大传统优势产业（修订）';
    await replaceClusterSystem(database.db, 'sanda', document);
    expect((await getRegistrySystem(database.db, 'sanda')).name.zh).toBe('三大传统优势产业（修订）');

    document.system.name.zh = '不应保存';
    document.clusters[0]!.catalogue[0]!.code = '9876';
    await expect(replaceClusterSystem(database.db, 'sanda', document)).rejects.toMatchObject({
      code: 'validation_failed',
      details: [expect.objectContaining({ message: expect.stringContaining('9876') })],
    });
    expect((await getRegistrySystem(database.db, 'sanda')).name.zh).toBe('三大传统优势产业（修订）');
    await expect(replaceClusterSystem(database.db, 'other-id', shipped('sanda.yaml'))).rejects.toMatchObject({
      code: 'validation_failed',
    });
  });

  it('loads a directory all or nothing: one broken file names itself and nothing changes', async () => {
    const before = await getFullRegistry(database.db);
    const dir = join(scratch, 'mixed');
    rmSync(dir, { recursive: true, force: true });
    const broken = shipped('national.yaml') as { system: { region: string } };
    broken.system.region = '999999';
    mkdirSync(dir);
    copyFileSync(join(shippedRegistryDir, 'wuda.yaml'), join(dir, 'a-wuda.yaml'));
    writeFileSync(join(dir, 'b-national.yaml'), JSON.stringify(broken));
    writeFileSync(join(dir, 'c-bad-syntax.yaml'), 'system: [unclosed\n');
    const failure = loadRegistryFiles(database.db, dir);
    await expect(failure).rejects.toMatchObject({ code: 'validation_failed' });
    const details = (await failure.catch((error: { details: { path?: string }[] }) => error.details)) as {
      path?: string;
    }[];
    expect(details.some((detail) => detail.path?.startsWith('b-national.yaml'))).toBe(true);
    expect(details.some((detail) => detail.path?.startsWith('c-bad-syntax.yaml'))).toBe(true);
    expect(await getFullRegistry(database.db)).toEqual(before);
  });

  it('refuses a directory that defines one system twice, or has no files', async () => {
    const dir = join(scratch, 'twice');
    mkdirSync(dir);
    copyFileSync(join(shippedRegistryDir, 'sanda.yaml'), join(dir, 'one.yaml'));
    copyFileSync(join(shippedRegistryDir, 'sanda.yaml'), join(dir, 'two.yaml'));
    await expect(loadRegistryFiles(database.db, dir)).rejects.toMatchObject({
      details: [expect.objectContaining({ message: expect.stringContaining('system defined twice') })],
    });
    const empty = join(scratch, 'empty');
    mkdirSync(empty);
    await expect(loadRegistryFiles(database.db, empty)).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(loadRegistryFiles(database.db, join(scratch, 'missing'))).rejects.toMatchObject({ code: 'not_found' });
  });
});
