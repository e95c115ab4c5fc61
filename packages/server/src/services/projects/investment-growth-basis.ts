/** The basis of cluster industrial investment growth in words (docs/projects.md), shown with every figure. */
import type { BilingualName } from '@observatory/core';

export const INVESTMENT_GROWTH_BASIS: BilingualName = {
  zh:
    '项目库口径：本年1-N月与上年同期各按当年项目清单中归属该集群、计划总投资500万元及以上的项目合计；' +
    '项目1-N月完成投资 = N月累计完成投资 − 上年末累计完成投资',
  en:
    "project-register basis: this year's 1–N months and last year's same months, each over that year's listed " +
    'projects of the cluster with a planned total of at least 5 million yuan; a project’s 1–N months = its ' +
    'cumulative completed investment at month N minus at the end of the year before',
};
