// Loaded with --require by the benchmark: the process reports its own CPU time when it exits.

'use strict';
process.on('exit', () => {
  const u = process.cpuUsage();
  process.stderr.write(`\ncpu-ms ${(u.user + u.system) / 1000}\n`);
});
