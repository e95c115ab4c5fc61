/**
 * The options of generateDemoDataset and the manifest it writes. Defaults: seed 20241031, scale 1 (about
 * 7,500 规上 and 12,000 规下 firms), years 2021–2024. A smaller scale gives fewer firms with the same
 * calibrated totals.
 */
import type { CalibrationEntry } from './calibration-tools.ts';
import { SYNTHETIC_LABEL, type ManifestFile } from './file-labels.ts';

export interface DemoOptions {
  outDir: string;
  seed?: number;
  scale?: number;
  fromYear?: number;
  toYear?: number;
  onProgress?: (message: string) => void;
}

export interface ResolvedDemoOptions {
  outDir: string;
  seed: number;
  scale: number;
  fromYear: number;
  toYear: number;
  onProgress: (message: string) => void;
}

export interface DemoManifest {
  synthetic: true;
  label: typeof SYNTHETIC_LABEL;
  description: string;
  seed: number;
  scale: number;
  fromYear: number;
  toYear: number;
  /** In the order they should be imported. */
  files: ManifestFile[];
  calibration: CalibrationEntry[];
}

export const DEFAULT_SEED = 20241031;

export function resolveDemoOptions(options: DemoOptions): ResolvedDemoOptions {
  const resolved = {
    outDir: options.outDir,
    seed: options.seed ?? DEFAULT_SEED,
    scale: options.scale ?? 1,
    fromYear: options.fromYear ?? 2021,
    toYear: options.toYear ?? 2024,
    onProgress: options.onProgress ?? (() => undefined),
  };
  if (!Number.isInteger(resolved.seed) || resolved.seed < 0 || resolved.seed > 0xffffffff) {
    throw new RangeError(`种子须为 0–4294967295 的整数 (seed must be a 32-bit unsigned integer): ${resolved.seed}`);
  }
  if (!(resolved.scale > 0 && resolved.scale <= 4)) {
    throw new RangeError(`规模系数须在 (0, 4] 之内 (scale must be in (0, 4]): ${resolved.scale}`);
  }
  const { fromYear, toYear } = resolved;
  if (
    !Number.isInteger(fromYear) ||
    !Number.isInteger(toYear) ||
    fromYear > toYear ||
    fromYear < 2001 ||
    toYear > 2099
  ) {
    throw new RangeError(`年份范围无效 (invalid years): ${fromYear}–${toYear}`);
  }
  return resolved;
}

export const MANIFEST_DESCRIPTION =
  '合成演示数据：全部企业、代码与数值均为程序生成的虚构数据，仅供产业集群监测评价平台演示与测试；' +
  '部分合计按公开发布数据校准（见 calibration）。Synthetic demo data: every enterprise, code and figure is ' +
  'generated; some totals are calibrated to published figures (see calibration).';
