/**
 * An industry chain (产业链图谱) as data: links (环节) on three stages, upstream → midstream → downstream, joined by
 * edges from a supplying link to the links it supplies, each link with the GB/T 4754 industry codes whose local
 * enterprises sit on it, and the thresholds that make a link strong or weak. Checked as a graph: unique ids, edges
 * to known links, no cycles, and edges never run back up the chain.
 */
import { z } from 'zod';
import type { BilingualName } from '../i18n/bilingual-name.ts';

export const CHAIN_STAGES = ['upstream', 'midstream', 'downstream'] as const;
export type ChainStage = (typeof CHAIN_STAGES)[number];

export const CHAIN_STAGE_NAMES: Record<ChainStage, BilingualName> = {
  upstream: { zh: '上游', en: 'Upstream' },
  midstream: { zh: '中游', en: 'Midstream' },
  downstream: { zh: '下游', en: 'Downstream' },
};

const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();
const industryPrefix = z.string().regex(/^[0-9]{2,4}$/u, 'GB/T 4754 代码为 2–4 位数字 (2 to 4 digits)');

const linkSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/u, '环节编号：小写字母、数字、横线 (lower-case letters, digits, -)'),
    name: bilingual,
    stage: z.enum(CHAIN_STAGES),
    industries: z.array(industryPrefix).default([]),
    /** Links this one supplies (edges downstream). */
    supplies: z.array(z.string()).default([]),
    /** Why the link matters or what it holds (products), shown on the map. */
    note: z.string().optional(),
  })
  .strict();

/** A link is strong with at least this many local firms AND this much local output; weak with at least one firm. */
const thresholdsSchema = z
  .object({
    strongMinFirms: z.number().int().positive().default(5),
    /** 元, 1–N月 or annual output as assessed. */
    strongMinOutputYuan: z.number().nonnegative().default(5e9),
  })
  .strict();

export const chainDefinitionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/u),
    name: bilingual,
    /** The cluster the chain belongs to (`system/cluster`), if any. */
    cluster: z.string().optional(),
    source: z.string().min(1),
    thresholds: thresholdsSchema.default({ strongMinFirms: 5, strongMinOutputYuan: 5e9 }),
    links: z.array(linkSchema).min(1),
  })
  .strict();

export type ChainDefinition = z.infer<typeof chainDefinitionSchema>;
export type ChainLink = ChainDefinition['links'][number];
export type ChainThresholds = ChainDefinition['thresholds'];

export class ChainDefinitionError extends Error {
  constructor(readonly problems: string[]) {
    super(`产业链定义有误 (invalid chain definition): ${problems.join('; ')}`);
    this.name = 'ChainDefinitionError';
  }
}

/** The problems of a chain graph (empty when it is sound). */
export function chainGraphProblems(chain: ChainDefinition): string[] {
  const problems: string[] = [];
  const byId = new Map<string, ChainLink>();
  for (const link of chain.links) {
    if (byId.has(link.id)) problems.push(`环节编号重复 ${link.id} (duplicate link id)`);
    byId.set(link.id, link);
  }
  const order = (stage: ChainStage) => CHAIN_STAGES.indexOf(stage);
  for (const link of chain.links) {
    for (const next of link.supplies) {
      const target = byId.get(next);
      if (!target) problems.push(`${link.id} → ${next}：没有这个环节 (no such link)`);
      else if (order(target.stage) < order(link.stage))
        problems.push(`${link.id} → ${next}：下游不能供给上游 (an edge may not run back up the chain)`);
    }
  }
  // Cycles (within a stage): depth-first search with colours.
  const colour = new Map<string, 'grey' | 'black'>();
  const visit = (id: string, path: string[]): void => {
    if (colour.get(id) === 'black') return;
    if (colour.get(id) === 'grey') {
      problems.push(`环路 ${[...path.slice(path.indexOf(id)), id].join(' → ')} (cycle)`);
      return;
    }
    colour.set(id, 'grey');
    for (const next of byId.get(id)?.supplies ?? []) if (byId.has(next)) visit(next, [...path, id]);
    colour.set(id, 'black');
  };
  for (const link of chain.links) visit(link.id, []);
  return problems;
}

/** Parses and checks a chain document; throws ChainDefinitionError naming every problem. */
export function parseChainDefinition(document: unknown): ChainDefinition {
  const parsed = chainDefinitionSchema.safeParse(document);
  if (!parsed.success)
    throw new ChainDefinitionError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  const problems = chainGraphProblems(parsed.data);
  if (problems.length > 0) throw new ChainDefinitionError(problems);
  return parsed.data;
}
