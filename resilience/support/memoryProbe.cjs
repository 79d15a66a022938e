/**
 * Preloaded into the server by the load test (node --expose-gc -r ...): on
 * SIGUSR2, runs a full GC and prints one line with the process's memory.
 * Test harness only; the server itself is unchanged.
 */
process.on('SIGUSR2', () => {
  if (typeof global.gc === 'function') global.gc();
  const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
  process.stderr.write(`MEMORY_PROBE ${JSON.stringify({ rss, heapUsed, heapTotal, external })}\n`);
});
