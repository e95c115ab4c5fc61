/** The cultivation pools (企业培育库) beyond the import rows: criteria as data, screening, validity, transitions. */
export * from './pool-criteria.ts';
export * from './screen-enterprise.ts';
export * from './entry-validity.ts';
export * from './pool-transitions.ts';
