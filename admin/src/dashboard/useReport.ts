import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { CrmDataProvider } from '../providers/dataProvider';

export interface PipelineStage {
  stage: string;
  probability: number;
  count: number;
  amount: string;
  weightedAmount: string;
}

export interface PipelineReport {
  stages: PipelineStage[];
  totals: { count: number; amount: string; weightedAmount: string };
  currency?: string;
}

export interface RevenueReport {
  months: { month: string; amount: string }[];
  currency?: string;
}

/** GET /api/reports/:name, cached by react-query (shared by every widget using it). */
export const useReport = <T>(name: string, params: Record<string, string> = {}) => {
  const dataProvider = useDataProvider<CrmDataProvider>();
  return useQuery({
    queryKey: ['reports', name, params],
    queryFn: () => dataProvider.report<T>(name, params),
  });
};

export const usePipelineReport = () => useReport<PipelineReport>('pipeline');
