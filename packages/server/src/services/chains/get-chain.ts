/** One chain assessed on the stored data of a year (default: the latest year with enterprise attributes). */
import type { DataScope, DisclosureRules } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import type { Audience } from '../disclosure/protect-cluster-table.ts';
import { assessStoredChain } from './assess-stored-chain.ts';
import { requireChain } from './current-chains.ts';
import { chainCluster, presentChain, type PresentedChain } from './present-chain.ts';
import { chainYear, readChainInput } from './read-chain-input.ts';

export interface GetChainInput {
  chainId: string;
  year?: number | undefined;
  audience: Audience;
  rules: DisclosureRules;
  memberScope: DataScope;
}

export async function getChain(db: Kysely<DatabaseSchema>, input: GetChainInput): Promise<PresentedChain> {
  const stored = await requireChain(db, input.chainId);
  const year = await chainYear(db, input.year);
  const chainInput = await readChainInput(db, year);
  const [assessed, cluster] = await Promise.all([
    assessStoredChain(db, stored.chain, chainInput),
    chainCluster(db, stored.chain.cluster),
  ]);
  return presentChain(stored, cluster, assessed, {
    year,
    basis: chainInput.basis,
    audience: input.audience,
    rules: input.rules,
    memberScope: input.memberScope,
  });
}
