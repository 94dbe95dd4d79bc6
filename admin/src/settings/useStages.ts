import { useCallback, useMemo } from 'react';
import { useGetOne, useLocaleState } from 'react-admin';
import { type Choice, DEFAULT_STAGES } from '../choices';
import type { Stage, StageSettings } from '../types';

export const STAGES_ID = 'opportunityStages';

/**
 * The admin-defined deal stages (GET /api/settings/opportunityStages), fetched once and cached,
 * with labels in the current locale. Falls back to the default stages if unreadable.
 */
export const useStages = () => {
  const [locale] = useLocaleState();
  const { data, isPending } = useGetOne<StageSettings>(
    'settings',
    { id: STAGES_ID },
    { staleTime: 5 * 60_000, retry: false },
  );
  const stages: Stage[] = data?.stages?.length ? data.stages : DEFAULT_STAGES;

  const label = useCallback(
    (name: string | null | undefined): string => {
      if (!name) return '';
      const stage = stages.find((s) => s.name === name);
      if (!stage) return name;
      return (locale === 'fr' ? stage.labelFr : stage.labelEn) || stage.labelEn || stage.name;
    },
    [stages, locale],
  );

  const choices: Choice[] = useMemo(
    () => stages.map((s) => ({ id: s.name, name: label(s.name) })),
    [stages, label],
  );

  const probabilityOf = useCallback(
    (name: string | null | undefined) => stages.find((s) => s.name === name)?.probability,
    [stages],
  );

  return { stages, label, choices, probabilityOf, isPending };
};
