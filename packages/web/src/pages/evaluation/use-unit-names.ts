/**
 * Reporting unit names by id (GET /api/reporting-units, public, read once per page load): 330402 → 南湖区; the
 * id itself until the list has arrived or when the id is unknown.
 */
import { useCallback, useEffect, useState } from 'react';
import { apiGet } from '../../api/client.ts';
import { useLanguage, type Bilingual } from '../../i18n/language.tsx';

export interface ReportingUnit {
  id: string;
  name: Bilingual;
  kind: string;
  order: number;
}

let cached: Promise<ReportingUnit[]> | null = null;

function loadUnits(): Promise<ReportingUnit[]> {
  cached ??= apiGet<ReportingUnit[]>('/api/reporting-units').catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}

export function useReportingUnits(): ReportingUnit[] {
  const [units, setUnits] = useState<ReportingUnit[]>([]);
  useEffect(() => {
    let live = true;
    loadUnits().then(
      (list) => {
        if (live) setUnits([...list].sort((left, right) => left.order - right.order));
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);
  return units;
}

export function useUnitName(): (id: string) => string {
  const units = useReportingUnits();
  const { name } = useLanguage();
  return useCallback(
    (id: string) => {
      const unit = units.find((candidate) => candidate.id === id);
      return unit ? name(unit.name) : id;
    },
    [units, name],
  );
}

export function useUnitBilingual(): (id: string) => Bilingual {
  const units = useReportingUnits();
  return useCallback(
    (id: string) => units.find((candidate) => candidate.id === id)?.name ?? { zh: id, en: id },
    [units],
  );
}
