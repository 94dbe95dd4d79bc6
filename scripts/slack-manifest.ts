/**
 * Prints the Slack app manifest with this server's URLs (PUBLIC_URL):
 *   npm run slack:manifest               JSON, HTTP mode (request URLs at $PUBLIC_URL/slack/events)
 *   npm run slack:manifest -- --yaml     YAML
 *   npm run slack:manifest -- --socket   Socket Mode (no request URLs); the default when SLACK_APP_TOKEN is set
 */
import { buildManifest, toYaml } from '../bot/manifest';
import { loadConfig } from '../server/config';

const args = process.argv.slice(2);
const config = loadConfig();
const socketMode =
  args.includes('--socket') || (!args.includes('--http') && !!config.SLACK_APP_TOKEN);
const manifest = buildManifest({ publicUrl: config.PUBLIC_URL, socketMode });
process.stdout.write(
  args.includes('--yaml') ? toYaml(manifest) : `${JSON.stringify(manifest, null, 2)}\n`,
);
