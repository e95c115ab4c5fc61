/** The targets page without IO: a target's policy section and the pace of register or manual figures. */
export * from './target-section.ts';
export * from './target-pace.ts';
