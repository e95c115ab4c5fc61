/**
 * Every page: its path, its name in the navigation (none for detail pages), who may open it, and its code (loaded
 * when first opened, so the first page stays small; the first page's code is fetched at start, beside the session
 * check). The navigation shows only what the role may open; the server
 * refuses the rest anyway.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Bilingual } from '../i18n/language.tsx';
import { prefetchApi, prefetchedAnswer } from '../api/use-api.ts';
import { SYSTEMS_PATH, type SystemSummary } from '../components/system-default.ts';
import { cockpitFirstReads } from '../pages/cockpit/cockpit-reads.ts';
import { matchPath } from './router.tsx';
import type { Me } from '../session/session-types.ts';

export interface PageProps {
  params: Record<string, string>;
}

export interface RouteDefinition {
  path: string;
  nav: Bilingual | null;
  /** May this person open the page? */
  allowed: (me: Me) => boolean;
  page: LazyExoticComponent<ComponentType<PageProps>>;
  /** Fetches the page's code (the same module `page` renders), e.g. before the session is known. */
  load: () => Promise<unknown>;
  /**
   * The API paths the page reads first for an address's query, asked for at start beside its code: once without
   * the systems list (null), and again when the list prefetched at start has come.
   */
  firstReads?: (query: URLSearchParams, systems: readonly SystemSummary[] | null) => string[];
}

type PageModule = Promise<{ default: ComponentType<PageProps> }>;
const lazyPage = (load: () => PageModule) => ({ page: lazy(load), load });

const has = (permission: string) => (me: Me) => me.permissions.includes(permission);
const cityOrUnit = (permission: string) => (me: Me) =>
  me.permissions.includes(permission) && me.scope.kind !== 'enterprise';
const ownEnterprise = (me: Me) => me.scope.kind === 'enterprise';

export const ROUTES: RouteDefinition[] = [
  {
    path: '/',
    nav: { zh: '驾驶舱', en: 'Cockpit' },
    allowed: has('statistics.read'),
    ...lazyPage(() => import('../pages/cockpit/CockpitPage.tsx')),
    firstReads: cockpitFirstReads,
  },
  {
    path: '/clusters',
    nav: { zh: '产业集群', en: 'Clusters' },
    allowed: has('statistics.read'),
    ...lazyPage(() => import('../pages/clusters/ClusterListPage.tsx')),
  },
  {
    path: '/clusters/:system/:cluster',
    nav: null,
    allowed: has('statistics.read'),
    ...lazyPage(() => import('../pages/clusters/ClusterPage.tsx')),
  },
  {
    path: '/chains',
    nav: { zh: '产业链', en: 'Chains' },
    allowed: has('register.read'),
    ...lazyPage(() => import('../pages/chains/ChainsPage.tsx')),
  },
  {
    path: '/chains/:chain',
    nav: null,
    allowed: has('register.read'),
    ...lazyPage(() => import('../pages/chains/ChainPage.tsx')),
  },
  {
    path: '/rectification',
    nav: { zh: '低效整治', en: 'Rectification' },
    allowed: cityOrUnit('register.read'),
    ...lazyPage(() => import('../pages/rectification/RectificationPage.tsx')),
  },
  {
    path: '/rectification/:id',
    nav: null,
    allowed: cityOrUnit('register.read'),
    ...lazyPage(() => import('../pages/rectification/RectificationCasePage.tsx')),
  },
  {
    path: '/projects',
    nav: { zh: '项目', en: 'Projects' },
    allowed: has('register.read'),
    ...lazyPage(() => import('../pages/projects/ProjectsPage.tsx')),
  },
  {
    path: '/projects/:code',
    nav: null,
    allowed: has('register.read'),
    ...lazyPage(() => import('../pages/projects/ProjectPage.tsx')),
  },
  {
    path: '/pools',
    nav: { zh: '培育库', en: 'Pools' },
    allowed: has('register.read'),
    ...lazyPage(() => import('../pages/pools/PoolsPage.tsx')),
  },
  {
    path: '/platforms',
    nav: { zh: '平台载体', en: 'Platforms' },
    allowed: has('register.read'),
    ...lazyPage(() => import('../pages/platforms/PlatformsPage.tsx')),
  },
  {
    path: '/targets',
    nav: { zh: '目标任务', en: 'Targets' },
    allowed: has('statistics.read'),
    ...lazyPage(() => import('../pages/targets/TargetsPage.tsx')),
  },
  {
    path: '/bulletin',
    nav: { zh: '统计专刊', en: 'Bulletin' },
    allowed: has('report.read'),
    ...lazyPage(() => import('../pages/bulletin/BulletinPage.tsx')),
  },
  {
    path: '/evaluation',
    nav: { zh: '亩均评价', en: 'Evaluation' },
    allowed: cityOrUnit('evaluation.read'),
    ...lazyPage(() => import('../pages/evaluation/EvaluationPage.tsx')),
  },
  {
    path: '/evaluation/runs/:run',
    nav: null,
    allowed: cityOrUnit('evaluation.read'),
    ...lazyPage(() => import('../pages/evaluation/EvaluationRunPage.tsx')),
  },
  {
    path: '/evaluation/runs/:run/enterprises/:uscc',
    nav: null,
    allowed: has('evaluation.read'),
    ...lazyPage(() => import('../pages/evaluation/EnterpriseExplanationPage.tsx')),
  },
  {
    path: '/enterprises',
    nav: { zh: '企业', en: 'Enterprises' },
    allowed: cityOrUnit('enterprise.read'),
    ...lazyPage(() => import('../pages/enterprises/EnterpriseListPage.tsx')),
  },
  {
    path: '/enterprises/:uscc',
    nav: null,
    allowed: has('enterprise.read'),
    ...lazyPage(() => import('../pages/enterprises/EnterprisePage.tsx')),
  },
  {
    path: '/imports',
    nav: { zh: '数据导入', en: 'Imports' },
    allowed: has('import.read'),
    ...lazyPage(() => import('../pages/imports/ImportsPage.tsx')),
  },
  {
    path: '/imports/:id',
    nav: null,
    allowed: has('import.read'),
    ...lazyPage(() => import('../pages/imports/ImportBatchPage.tsx')),
  },
  {
    path: '/warnings',
    nav: { zh: '预警中心', en: 'Warnings' },
    allowed: has('warning.read'),
    ...lazyPage(() => import('../pages/warnings/WarningsPage.tsx')),
  },
  {
    path: '/my',
    nav: { zh: '本企业', en: 'My enterprise' },
    allowed: ownEnterprise,
    ...lazyPage(() => import('../pages/self-service/MyEnterprisePage.tsx')),
  },
  {
    path: '/admin/accounts',
    nav: { zh: '用户与角色', en: 'Users and roles' },
    allowed: (me) => me.permissions.includes('account.manage') || me.permissions.includes('role.assign'),
    ...lazyPage(() => import('../pages/admin/AccountsPage.tsx')),
  },
  {
    path: '/admin/audit',
    nav: { zh: '审计日志', en: 'Audit log' },
    allowed: has('audit.read'),
    ...lazyPage(() => import('../pages/admin/AuditPage.tsx')),
  },
];

/** Where a person lands after signing in: the first page in the navigation they may open. */
export function homePath(me: Me): string {
  return ROUTES.find((route) => route.nav !== null && route.allowed(me))?.path ?? '/account';
}

const routeAt = (path: string) => ROUTES.find((candidate) => matchPath(candidate.path, path) !== null);

/** Starts fetching the code of the page at `path` (if any), so that it loads beside the session check. */
export function preloadPage(path: string): void {
  routeAt(path)
    ?.load()
    .catch(() => {
      // the page shows the failure when it renders
    });
}

/**
 * Starts the reads the page at `path` makes first for `query` (prefetchApi), before the session is known; those
 * that depend on the system list when its prefetch has come.
 */
export function prefetchFirstReads(path: string, query: URLSearchParams): void {
  const firstReads = routeAt(path)?.firstReads;
  if (!firstReads) return;
  const started = new Set<string>();
  const start = (systems: readonly SystemSummary[] | null) => {
    for (const read of firstReads(query, systems)) {
      if (!started.has(read)) prefetchApi(read);
      started.add(read);
    }
  };
  start(null);
  void prefetchedAnswer<SystemSummary[]>(SYSTEMS_PATH).then((systems) => {
    if (systems) start(systems);
  });
}
