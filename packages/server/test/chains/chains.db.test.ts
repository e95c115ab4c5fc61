/**
 * Industry chains on stored data: chain files loaded by digest (unchanged, new version, all or nothing), a chain
 * assessed on the scenario's 1-3月 output (strong, weak, missing, gap actions, members), disclosure of a link's
 * output per audience, hand placements (latest wins), the roadmap pipeline (add, forward moves, drop with a
 * reason, refusals with the bilingual message, unit ownership), and the tables' guards.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accessSubject, parseDisclosureRules } from '@observatory/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/app-error.ts';
import { DEFAULT_DISCLOSURE_RULES } from '../../src/config.ts';
import { addChainLead } from '../../src/services/chains/add-chain-lead.ts';
import { assignEnterpriseToLinks } from '../../src/services/chains/assign-enterprise-to-links.ts';
import { getChain, type GetChainInput } from '../../src/services/chains/get-chain.ts';
import { listChainRoadmap } from '../../src/services/chains/list-chain-leads.ts';
import { listChains } from '../../src/services/chains/list-chains.ts';
import { loadChainDefinitions, shippedChainsDir } from '../../src/services/chains/load-chain-definitions.ts';
import { moveChainLead } from '../../src/services/chains/move-chain-lead.ts';
import { outputBasisOf } from '../../src/services/chains/read-chain-input.ts';
import { createTestDatabase, testEngine, type TestDatabase } from '../harness/test-database.ts';
import { destroyTestDatabase } from '../http/api-test-kit.ts';
import { chainFirms, loadChainScenario, wan } from './chains-scenario.ts';

let database: TestDatabase;
const scratch = mkdtempSync(join(tmpdir(), 'chains-'));
beforeAll(async () => {
  database = await createTestDatabase();
  await loadChainScenario(database);
}, 180_000);
afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  await destroyTestDatabase(database);
}, 120_000);

const rules = parseDisclosureRules(DEFAULT_DISCLOSURE_RULES);
const city = accessSubject('city.admin', 'city_admin', { kind: 'city' });
const tongxiang = accessSubject('tx.staff', 'county_staff', { kind: 'unit', reportingUnitId: '330483' });
const haining = accessSubject('hn.staff', 'county_staff', { kind: 'unit', reportingUnitId: '330481' });
const fibre = (overrides: Partial<GetChainInput> = {}) =>
  getChain(database.db, {
    chainId: 'differentiated-fibre',
    year: 2024,
    audience: { kind: 'full' },
    rules,
    memberScope: { kind: 'all' },
    ...overrides,
  });

async function appError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe(`industry chains on ${testEngine}`, { timeout: 120_000 }, () => {
  it('loads the shipped chain files by digest and keeps an unchanged chain', async () => {
    const first = await loadChainDefinitions(database.db, { loadedBy: 'test' });
    expect(first.map((o) => [o.id, o.version, o.status])).toEqual([
      ['chemical-materials', 1, 'added'],
      ['differentiated-fibre', 1, 'added'],
      ['fashion-textile', 1, 'added'],
      ['photovoltaic', 1, 'added'],
    ]);
    const again = await loadChainDefinitions(database.db, { loadedBy: 'test' });
    expect(again.map((o) => o.status)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
  });

  it('stores a changed file as the next version, and refuses a bad directory as a whole', async () => {
    const text = readFileSync(join(shippedChainsDir, 'photovoltaic.yaml'), 'utf8').replace(
      'id: photovoltaic',
      'id: test-pv',
    );
    writeFileSync(join(scratch, 'pv.yaml'), text);
    expect((await loadChainDefinitions(database.db, { directory: scratch, loadedBy: 'test' }))[0]).toMatchObject({
      id: 'test-pv',
      version: 1,
      status: 'added',
    });
    writeFileSync(join(scratch, 'pv.yaml'), text.replace('strongMinFirms: 5', 'strongMinFirms: 3'));
    expect((await loadChainDefinitions(database.db, { directory: scratch, loadedBy: 'test' }))[0]).toMatchObject({
      id: 'test-pv',
      version: 2,
      status: 'new version',
    });
    writeFileSync(join(scratch, 'pv.yaml'), text.replace('strongMinFirms: 5', 'strongMinFirms: 4'));
    writeFileSync(join(scratch, 'broken.yaml'), text.replace('id: test-pv', 'id: broken').replace('[cells]', '[nope]'));
    const refused = await appError(loadChainDefinitions(database.db, { directory: scratch, loadedBy: 'test' }));
    expect(refused.code).toBe('validation_failed');
    expect(JSON.stringify(refused.details)).toContain('silicon → nope');
    const { rows } = await sql<{ version: number }>`select max(version) as version from chain_definition
      where id = 'test-pv'`.execute(database.db);
    expect(rows[0]!.version).toBe(2);
  });

  it('says which output it used: annual when the year has it, else the latest 1–N月', () => {
    expect(outputBasisOf([0, 3, 6])).toEqual({ kind: 'annual' });
    expect(outputBasisOf([2, 3])).toEqual({ kind: 'cumulative', month: 3 });
    expect(outputBasisOf([])).toEqual({ kind: 'none' });
  });

  it('assesses the chain on the stored 1-3月 output: strength, gap actions, members', async () => {
    const chain = await fibre();
    expect(chain).toMatchObject({ year: 2024, basis: { kind: 'cumulative', month: 3 }, version: 1 });
    expect(chain.cluster).toEqual({
      id: 'wuda/wuda-textile-chemical-fibre',
      name: expect.objectContaining({ zh: expect.any(String) }),
    });
    expect(chain.links.map((link) => [link.id, link.strength, link.action, link.firms])).toEqual([
      ['refining', 'missing', 'fill', 0],
      ['monomers', 'weak', 'strengthen', 1],
      ['polyester', 'strong', null, 5],
      ['nylon', 'missing', 'build', 0],
      ['bio-fibre', 'missing', 'build', 0],
      ['weaving', 'weak', 'strengthen', 1],
      ['knitting', 'missing', 'extend', 0],
    ]);
    const polyester = chain.links.find((link) => link.id === 'polyester')!;
    expect(polyester.outputYuan).toBe(5 * 1_200_000 * wan);
    expect(polyester.members!.map((m) => m.uscc).sort()).toEqual(
      [chainFirms.P1, chainFirms.P2, chainFirms.P3, chainFirms.P4, chainFirms.P5].map((f) => f.uscc).sort(),
    );
    expect(chain.counts).toEqual({ strong: 1, weak: 2, missing: 4 });
    expect(chain.edges).toContainEqual({ from: 'monomers', to: 'polyester' });
  });

  it('shows members only within the scope, and withholds a link output the audience may not see', async () => {
    const none = await fibre({ memberScope: { kind: 'none' } });
    expect(none.membersShown).toBe(false);
    expect(none.links.every((link) => link.members === null)).toBe(true);

    const tx = await fibre({
      audience: { kind: 'unit', reportingUnitId: '330483' },
      memberScope: { kind: 'unit', reportingUnitId: '330483' },
    });
    const link = (id: string) => tx.links.find((candidate) => candidate.id === id)!;
    expect(link('polyester').members!.map((m) => m.reportingUnitId)).toEqual(['330483', '330483', '330483']);
    // Two unknown contributors (海宁) are too few: withheld for 桐乡; its own monomers firm is known to it.
    expect(link('polyester')).toMatchObject({ outputYuan: null, outputWithheld: true, strength: 'strong', firms: 5 });
    expect(link('monomers')).toMatchObject({ outputYuan: 50_000 * wan, outputWithheld: false });
    expect(link('weaving')).toMatchObject({ outputYuan: null, outputWithheld: true, members: [] });

    const hn = await fibre({ audience: { kind: 'unit', reportingUnitId: '330481' } });
    expect(hn.links.find((l) => l.id === 'polyester')).toMatchObject({ outputWithheld: false });
  });

  it('places an enterprise by hand; the latest placement wins', async () => {
    const placed = await assignEnterpriseToLinks(database.db, {
      chainId: 'differentiated-fibre',
      uscc: chainFirms.X1.uscc,
      linkIds: ['knitting'],
      reason: '主营经编面料',
      by: 'city.admin',
      subject: city,
    });
    expect(placed).toMatchObject({ linkIds: ['knitting'], reportingUnitId: '330402', assignedBy: 'city.admin' });
    let knitting = (await fibre()).links.find((l) => l.id === 'knitting')!;
    expect(knitting).toMatchObject({ strength: 'weak', action: 'strengthen', firms: 1 });
    expect(knitting.members).toEqual([expect.objectContaining({ uscc: chainFirms.X1.uscc, byHand: true })]);

    await assignEnterpriseToLinks(database.db, {
      chainId: 'differentiated-fibre',
      uscc: chainFirms.X1.uscc,
      linkIds: [],
      reason: '不属于本链',
      by: 'city.admin',
      subject: city,
    });
    knitting = (await fibre()).links.find((l) => l.id === 'knitting')!;
    expect(knitting).toMatchObject({ strength: 'missing', firms: 0 });

    const unknownLink = await appError(
      assignEnterpriseToLinks(database.db, {
        chainId: 'differentiated-fibre',
        uscc: chainFirms.X1.uscc,
        linkIds: ['spinning'],
        reason: 'x',
        by: 'city.admin',
        subject: city,
      }),
    );
    expect(unknownLink.code).toBe('validation_failed');
    const missing = await appError(
      assignEnterpriseToLinks(database.db, {
        chainId: 'no-such-chain',
        uscc: chainFirms.X1.uscc,
        linkIds: [],
        reason: 'x',
        by: 'a',
        subject: city,
      }),
    );
    expect(missing.code).toBe('not_found');
  });

  it('lists the chains with their counts and open leads', async () => {
    const listed = await listChains(database.db, { year: 2024 });
    const fibreRow = listed.chains.find((chain) => chain.id === 'differentiated-fibre')!;
    expect(fibreRow).toMatchObject({ links: 7, counts: { strong: 1, weak: 2, missing: 4 } });
    expect(listed.basis).toEqual({ kind: 'cumulative', month: 3 });
  });

  it('runs the roadmap pipeline: forward moves, drops with a reason, refusals and unit ownership', async () => {
    const lead = await addChainLead(database.db, {
      chainId: 'differentiated-fibre',
      linkId: 'nylon',
      companyName: '某锦纶集团',
      expectedInvestmentYuan: 2e9,
      by: 'tx.staff',
      subject: tongxiang,
    });
    expect(lead).toMatchObject({ status: 'lead', ownerUnitId: '330483', expectedInvestmentYuan: 2e9 });
    expect(lead.history).toEqual([expect.objectContaining({ from: null, to: 'lead', by: 'tx.staff' })]);

    const elsewhere = await appError(
      addChainLead(database.db, {
        chainId: 'differentiated-fibre',
        linkId: 'nylon',
        companyName: 'x',
        ownerUnitId: '330483',
        by: 'hn.staff',
        subject: haining,
      }),
    );
    expect(elsewhere.code).toBe('forbidden');
    const badLink = await appError(
      addChainLead(database.db, {
        chainId: 'differentiated-fibre',
        linkId: 'spinning',
        companyName: 'x',
        by: 'a',
        subject: city,
        ownerUnitId: '330483',
      }),
    );
    expect(badLink.code).toBe('validation_failed');

    const forbidden = await appError(
      moveChainLead(database.db, { id: lead.id, to: 'contact', by: 'hn.staff', subject: haining }),
    );
    expect(forbidden.code).toBe('forbidden');
    const moved = await moveChainLead(database.db, { id: lead.id, to: 'contact', by: 'tx.staff', subject: tongxiang });
    expect(moved.status).toBe('contact');
    const backwards = await appError(
      moveChainLead(database.db, { id: lead.id, to: 'lead', by: 'tx.staff', subject: tongxiang }),
    );
    expect(backwards.code).toBe('validation_failed');
    expect(backwards.message).toContain('只能向前推进');
    const noReason = await appError(
      moveChainLead(database.db, { id: lead.id, to: 'dropped', reason: ' ', by: 'tx.staff', subject: tongxiang }),
    );
    expect(noReason.message).toContain('放弃须说明原因');
    await moveChainLead(database.db, {
      id: lead.id,
      to: 'dropped',
      reason: '对方转投他市',
      by: 'city.admin',
      subject: city,
    });
    const final = await appError(moveChainLead(database.db, { id: lead.id, to: 'signed', by: 'a', subject: city }));
    expect(final.message).toContain('终态');

    const roadmap = await listChainRoadmap(database.db, 'differentiated-fibre');
    expect(roadmap).toHaveLength(1);
    expect(roadmap[0]!.history.map((event) => [event.from, event.to, event.reason])).toEqual([
      [null, 'lead', null],
      ['lead', 'contact', null],
      ['contact', 'dropped', '对方转投他市'],
    ]);
    expect((await appError(listChainRoadmap(database.db, 'nope'))).code).toBe('not_found');
  });

  it('keeps the trails: no update or delete of events, placements or leads beyond their status', async () => {
    const refused = async (statement: ReturnType<typeof sql>) =>
      expect(statement.execute(database.db)).rejects.toThrow();
    await refused(sql`update chain_lead_event set by = 'someone'`);
    await refused(sql`delete from chain_lead_event`);
    await refused(sql`update chain_lead set company_name = 'other'`);
    await refused(sql`delete from chain_lead`);
    await refused(sql`update chain_link_assignment set reason = 'other'`);
    await refused(sql`delete from chain_link_assignment`);
  });
});
