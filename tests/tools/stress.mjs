// Runs the e2e suite (or the files given) several times with two CPU-bound processes beside it,
// as a busy 2-core CI machine would be, and prints how many runs passed. Needs a build first.
// Usage: node tests/tools/stress.mjs [--runs N] [e2e files...]
import { spawn, spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 3;
const burners = [0, 1].map(() => spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }));
const stopBurners = () => {
  for (const burner of burners) burner.kill('SIGKILL');
};
process.on('exit', stopBurners);
process.on('SIGINT', () => process.exit(130));

let passed = 0;
for (let run = 1; run <= runs; run++) {
  const started = Date.now();
  const result = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...args], {
    stdio: 'inherit',
  });
  const ok = result.status === 0;
  if (ok) passed++;
  console.log(
    `stress run ${run}/${runs}: ${ok ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
}
console.log(`stress: ${passed} of ${runs} runs passed with two CPU-bound processes beside them`);
process.exit(passed === runs ? 0 : 1);
