import * as fs from 'node:fs';
import * as path from 'node:path';
import { ACTOR_KINDS, RELATION_TYPES } from './model';

/** The values of a GraphQL enum, in order, ignoring descriptions. */
function enumValues(schema: string, name: string): string[] {
  const body = new RegExp(`enum ${name} \\{([\\s\\S]*?)\\}`).exec(schema)?.[1] ?? '';
  return body
    .replace(/"""[\s\S]*?"""/g, '')
    .replace(/"[^"\n]*"/g, '')
    .split(/\s+/)
    .filter((w) => /^[A-Z_]+$/.test(w));
}

describe('the domain model', () => {
  const schema = fs.readFileSync(path.resolve(__dirname, '..', '..', 'schema.graphql'), 'utf8');

  it('has the actor kinds of schema.graphql', () => {
    expect([...ACTOR_KINDS]).toEqual(enumValues(schema, 'ActorKind'));
  });

  it('has the relation types of schema.graphql', () => {
    expect([...RELATION_TYPES]).toEqual(enumValues(schema, 'RelationType'));
  });
});
