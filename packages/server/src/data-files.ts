/** Where the data files shipped with the product live (reference data, the registry). */
import { fileURLToPath } from 'node:url';

export const shippedDataDir = fileURLToPath(new URL('../data/', import.meta.url));
export const shippedReferenceDir = fileURLToPath(new URL('../data/reference/', import.meta.url));
/** The web cockpit's build folder (packages/web/dist). */
export const shippedWebDir = fileURLToPath(new URL('../../web/dist/', import.meta.url));
export const shippedRegistryDir = fileURLToPath(new URL('../data/registry/', import.meta.url));
export const shippedProfilesDir = fileURLToPath(new URL('../data/profiles/', import.meta.url));
