import type { Neo4jTestHandle } from './jestGlobalSetup';

/** Stops the throw-away Neo4j that the global setup started, and deletes its data. */
export default async function globalTeardown(): Promise<void> {
  const handle = (globalThis as { __neo4jTest?: Neo4jTestHandle }).__neo4jTest;
  if (!handle) return;
  await handle.starting;
  const t0 = Date.now();
  await handle.instance.dispose();
  process.stdout.write(
    `\n[npm test] Neo4j on ${handle.instance.uri} stopped in ${Date.now() - t0} ms\n`,
  );
}
