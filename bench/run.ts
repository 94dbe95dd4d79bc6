import { documentPdf } from './document-pdf';
import { inboundWebhook } from './inbound-webhook';
import { leadsList } from './leads-list';
import { slackAck } from './slack-ack';
import type { Benchmark } from './types';

/** Every benchmark, in the order `npm run bench` runs them. Add new ones here. */
const benchmarks: Benchmark[] = [leadsList, slackAck, documentPdf, inboundWebhook];

/** `npm run bench` runs them all; `npm run bench -- leads-list` runs only the ones named. */
async function main() {
  const only = process.argv.slice(2);
  const unknown = only.filter((n) => !benchmarks.some((b) => b.name === n));
  if (unknown.length) {
    console.error(`Unknown benchmark(s): ${unknown.join(', ')}.`);
    console.error(`Known: ${benchmarks.map((b) => b.name).join(', ')}.`);
    process.exit(2);
  }
  let failed = 0;
  for (const b of benchmarks) {
    if (only.length && !only.includes(b.name)) continue;
    console.log(`\n=== ${b.name} ===`);
    const started = performance.now();
    try {
      await b.run();
    } catch (err) {
      failed++;
      console.error(`${b.name} failed:`, err);
    }
    console.log(`(${b.name}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
  process.exit(failed ? 1 : 0);
}

await main();
