/** Public surface of the pure domain package. */
export * from './i18n/bilingual-name.ts';
export * from './region/region-file.ts';
export * from './industry/industry-code.ts';
export * from './industry/industry-table.ts';
export * from './registry/registry-vocabulary.ts';
export * from './registry/registry-file.ts';
export * from './registry/check-registry-file.ts';
export * from './registry/catalogue-match.ts';
export * from './uscc/index.ts';
export * from './units/index.ts';
export * from './registry/target-canonical.ts';
export * from './enterprise/net-land-area.ts';
export * from './period/iso-date.ts';
export * from './intake/index.ts';
export * from './measure/measure-catalogue.ts';
export * from './region/resolve-reporting-unit.ts';
export * from './intake/extract-records.ts';
