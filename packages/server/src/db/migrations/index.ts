/** The ordered list of migrations. Add a file and a line here; never edit a migration that has shipped. */
import type { Migration } from 'kysely';
import * as reference from './0001-reference.ts';
import * as registry from './0002-registry.ts';
import * as enterprise from './0003-enterprise.ts';
import * as intake from './0004-intake.ts';
import * as statistics from './0005-statistics.ts';
import * as evaluation from './0006-evaluation.ts';
import * as evaluationFacts from './0007-evaluation-facts.ts';
import * as clusterIndex from './0008-cluster-index.ts';
import * as warnings from './0009-warnings.ts';
import * as registers from './0010-registers.ts';
import * as accounts from './0011-accounts.ts';
import * as rowSecurity from './0012-row-security.ts';
import * as approvals from './0013-approvals.ts';
import * as corrections from './0014-corrections.ts';
import * as chains from './0015-chains.ts';
import * as pools from './0017-pools.ts';
import * as platforms from './0019-platforms.ts';
import * as rectification from './0018-rectification.ts';

export const migrations: Record<string, Migration> = {
  '0001-reference': reference,
  '0002-registry': registry,
  '0003-enterprise': enterprise,
  '0004-intake': intake,
  '0005-statistics': statistics,
  '0006-evaluation': evaluation,
  '0007-evaluation-facts': evaluationFacts,
  '0008-cluster-index': clusterIndex,
  '0009-warnings': warnings,
  '0010-registers': registers,
  '0011-accounts': accounts,
  '0012-row-security': rowSecurity,
  '0013-approvals': approvals,
  '0014-corrections': corrections,
  '0015-chains': chains,
  '0017-pools': pools,
  '0018-rectification': rectification,
  '0019-platforms': platforms,
};
