/**
 * What a person can do, as a closed vocabulary shared by the server (services, HTTP, CLI) and the web. Each
 * permission says whether it touches enterprise-level data (then the subject's scope applies row by row) and how
 * it is named to users. Reference data (regions, units, industries) needs no permission.
 */
import type { BilingualName } from '../i18n/bilingual-name.ts';

export const PERMISSIONS = [
  'registry.read',
  'registry.write',
  'enterprise.read',
  'enterprise.write',
  'import.read',
  'import.run',
  'import.rollback',
  'statistics.read',
  'statistics.write',
  'report.read',
  'evaluation.read',
  'evaluation.run',
  'evaluation.submit',
  'evaluation.publish',
  'evaluation.regrade',
  'evaluation.scheme',
  'evaluation.export_full',
  'appeal.file',
  'appeal.decide',
  'correction.file',
  'index.read',
  'index.define',
  'warning.read',
  'warning.run',
  'warning.handle',
  'register.read',
  'register.write',
  'account.manage',
  'role.assign',
  'audit.read',
  'audit.export',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export interface PermissionInfo {
  name: BilingualName;
  /** Rows of named enterprises are read or changed: the subject's unit, cluster or enterprise scope applies. */
  enterpriseLevel: boolean;
  /** Changes something (as opposed to reading). */
  writes: boolean;
}

const info = (zh: string, en: string, enterpriseLevel: boolean, writes: boolean): PermissionInfo => ({
  name: { zh, en },
  enterpriseLevel,
  writes,
});

export const PERMISSION_INFO: Readonly<Record<Permission, PermissionInfo>> = {
  'registry.read': info('查看集群名录', 'Read the cluster registry', false, false),
  'registry.write': info('维护集群名录', 'Edit the cluster registry', false, true),
  'enterprise.read': info('查看企业数据', 'Read enterprise data', true, false),
  'enterprise.write': info('维护企业数据', 'Edit enterprise data', true, true),
  'import.read': info('查看导入记录', 'Read import history', true, false),
  'import.run': info('导入部门数据', 'Import department files', true, true),
  'import.rollback': info('回退导入批次', 'Roll back an import', true, true),
  'statistics.read': info('查看汇总统计', 'Read aggregate statistics', false, false),
  'statistics.write': info('登记官方增速', 'Record official growth rates', false, true),
  'report.read': info('查看与下载简报', 'Read and download bulletins', false, false),
  'evaluation.read': info('查看评价结果', 'Read evaluation results', true, false),
  'evaluation.run': info('发起评价', 'Start an evaluation run', true, true),
  'evaluation.submit': info('提交评价审核', 'Submit a run for review', true, true),
  'evaluation.publish': info('审核发布评价', 'Approve and publish a run', true, true),
  'evaluation.regrade': info('调档', 'Re-grade an enterprise', true, true),
  'evaluation.scheme': info('维护评价方案', 'Maintain evaluation schemes', false, true),
  'evaluation.export_full': info('导出评价明细', 'Export full evaluation lists', true, false),
  'appeal.file': info('提出申诉', 'File an appeal', true, true),
  'appeal.decide': info('处理申诉', 'Decide an appeal', true, true),
  'correction.file': info('提出数据更正', 'Request a data correction', true, true),
  'index.read': info('查看集群指数', 'Read the cluster index', false, false),
  'index.define': info('维护指数定义', 'Edit index definitions', false, true),
  'warning.read': info('查看预警', 'Read warnings', false, false),
  'warning.run': info('运行预警规则', 'Run warning rules', false, true),
  'warning.handle': info('确认与关闭预警', 'Acknowledge and close warnings', false, true),
  'register.read': info('查看项目与培育库', 'Read registers', true, false),
  'register.write': info('维护项目与培育库', 'Edit registers', true, true),
  'account.manage': info('管理账号', 'Manage accounts', false, true),
  'role.assign': info('分配角色', 'Assign roles', false, true),
  'audit.read': info('查看审计日志', 'Read the audit log', false, false),
  'audit.export': info('导出审计日志', 'Export the audit log', false, false),
};

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}
