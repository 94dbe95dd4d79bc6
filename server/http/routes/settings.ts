import type { Hono } from 'hono';
import { getStageSettings } from '../../domain/settings/opportunity-stages';
import { updateStageSettings } from '../../domain/settings/update-opportunity-stages';
import { jsonBody } from '../body';
import type { AppEnv } from '../env';

/**
 * Settings singletons in the ra-data-simple-rest shape (`{id, …}`), so react-admin can edit them
 * with `<Edit resource="settings" id="opportunityStages">`. Anyone logged in may read the stages
 * (deal forms need them); only admins may change them.
 */
export function mountSettingsRoutes(app: Hono<AppEnv>) {
  app.get('/api/settings/opportunityStages', async (c) =>
    c.json(await getStageSettings(c.var.ctx)),
  );
  app.put('/api/settings/opportunityStages', async (c) =>
    c.json(await updateStageSettings(c.var.ctx, await jsonBody(c))),
  );
}
