import type { Hono } from 'hono';
import { forecastReport } from '../../domain/reports/forecast-report';
import { pipelineReport } from '../../domain/reports/pipeline-report';
import { revenueReport } from '../../domain/reports/revenue-report';
import type { AppEnv } from '../env';

/** Deal reports (contract.md); `forecast` is an addition. Each accepts `?mine=true`. */
export function mountReportRoutes(app: Hono<AppEnv>) {
  app.get('/api/reports/pipeline', async (c) =>
    c.json(await pipelineReport(c.var.ctx, c.req.query())),
  );
  app.get('/api/reports/revenue', async (c) =>
    c.json(await revenueReport(c.var.ctx, c.req.query())),
  );
  app.get('/api/reports/forecast', async (c) =>
    c.json(await forecastReport(c.var.ctx, c.req.query())),
  );
}
