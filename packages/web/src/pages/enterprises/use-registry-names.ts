/**
 * Names of cluster systems and clusters by id from the public registry (GET /api/registry, read once per page
 * load); the id itself until it has arrived.
 */
import { useCallback, useEffect, useState } from 'react';
import { apiGet } from '../../api/client.ts';
import { useLanguage, type Bilingual } from '../../i18n/language.tsx';

interface RegistrySystem {
  id: string;
  name: Bilingual;
  clusters: { id: string; name: Bilingual }[];
}

let cached: Promise<RegistrySystem[]> | null = null;

export function useRegistryNames(): { system: (id: string) => string; cluster: (id: string) => string } {
  const [systems, setSystems] = useState<RegistrySystem[]>([]);
  const { name } = useLanguage();
  useEffect(() => {
    let live = true;
    cached ??= apiGet<RegistrySystem[]>('/api/registry').catch((error: unknown) => {
      cached = null;
      throw error;
    });
    cached.then(
      (list) => {
        if (live) setSystems(list);
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);
  const system = useCallback(
    (id: string) => {
      const found = systems.find((candidate) => candidate.id === id);
      return found ? name(found.name) : id;
    },
    [systems, name],
  );
  const cluster = useCallback(
    (id: string) => {
      for (const candidate of systems) {
        const found = candidate.clusters.find((entry) => entry.id === id);
        if (found) return name(found.name);
      }
      return id;
    },
    [systems, name],
  );
  return { system, cluster };
}
