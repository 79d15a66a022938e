import fs from 'node:fs';
import path from 'node:path';

/** schema.graphql at the repository root: the contract, read as is. */
export const SCHEMA_PATH = path.resolve(__dirname, '..', '..', '..', 'schema.graphql');

export function readTypeDefs(): string {
  return fs.readFileSync(SCHEMA_PATH, 'utf8');
}
