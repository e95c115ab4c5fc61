/** The digest every stored scheme and run uses: SHA-256 (hex) of the canonical JSON text, from node:crypto. */
import { createHash } from 'node:crypto';
import { canonicalJson } from '@observatory/core';

export const sha256Digest = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

export const digestOf = (value: unknown): string => sha256Digest(canonicalJson(value));
