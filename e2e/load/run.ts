/*
 * The load benchmark (issue 3): how many people one room holds on this machine.
 *
 *   npm run bench -- --participants 25 --duration 30 --open-mics 3 --tiles 9   one step
 *   npm run bench -- --duration 30                                             the ramp
 *
 * Each step prints its table, then one JSON line (the verdict); a ramp ends with a summary
 * line naming the largest room that held. The last line of output is always JSON.
 */
import { parseOptions, RAMP_STEPS, USAGE, withParticipants, type LoadOptions } from './options.js';
import { rampShouldStop, largestHolding } from './ramp.js';
import { runStep, waitQuiet } from './run-step.js';
import type { StepVerdict } from './report/step-verdict.js';

function printVerdict(verdict: StepVerdict): void {
  if (!verdict.holds) console.log(`\nDOES NOT HOLD at ${verdict.participants}: ${verdict.failures.join('; ')}`);
  for (const note of verdict.notes) console.log(`note: ${note}`);
  console.log(JSON.stringify(verdict));
}

async function main(): Promise<void> {
  let options: LoadOptions;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  const steps = options.participants === undefined ? RAMP_STEPS : [options.participants];
  const verdicts: StepVerdict[] = [];
  for (const participants of steps) {
    // The machine may be shared (other people's tests): measured (and waited for) before each step.
    const busyBefore = await waitQuiet(options.waitQuiet);
    console.log(`\n=== ${participants} participants (${participants - options.canaries} bots + ${options.canaries} canaries) ===`);
    const verdict = await runStep(withParticipants(options, participants), busyBefore);
    verdicts.push(verdict);
    printVerdict(verdict);
    if (rampShouldStop(verdicts.map((step) => step.holds))) break;
  }
  if (steps.length > 1) {
    const steps = verdicts.map(({ participants, holds, failures }) => ({ participants, holds, failures }));
    console.log(JSON.stringify({ ramp: steps, largestHolding: largestHolding(verdicts) }));
  }
}

await main();
process.exit(0);
