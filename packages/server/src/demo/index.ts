/**
 * The synthetic demo data generator (合成演示数据): department files of a Jiaxing-like city, calibrated to
 * published figures, for demonstrating and testing the platform's intake and cluster statistics.
 */
export { generateDemoDataset } from './generate-demo-dataset.ts';
export { DEFAULT_SEED, type DemoManifest, type DemoOptions } from './demo-options.ts';
export type { CalibrationEntry } from './calibration-report.ts';
export { SYNTHETIC_LABEL, TITLE_PREFIX, type ManifestFile, type SourceProfileId } from './file-labels.ts';
export { DEMO_NAME_MARK } from './enterprise-names.ts';
