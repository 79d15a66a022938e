import { buildSchema, isObjectType, getNamedType, type GraphQLSchema } from 'graphql';
import { readTypeDefs } from '../graphql/schema';
import { ARGUMENT_BOUNDS, bounded, type BoundedArgument } from './limits';

/** Arguments whose value bounds how much a field returns or walks (queryCost.ts prices them). */
// groupAbove bounds how many members a group may hold before it is one node.
const BOUNDING = new Set(['first', 'limit', 'depth', 'maxHops', 'groupAbove']);

describe('one source of truth for argument defaults and maxima', () => {
  const schema: GraphQLSchema = buildSchema(readTypeDefs());

  const argumentOf = (key: string) => {
    const [typeName, fieldName, argName] = key.split('.') as [string, string, string];
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`${typeName} is not an object type of the schema`);
    const field = type.getFields()[fieldName];
    const arg = field?.args.find((a) => a.name === argName);
    if (!field || !arg) throw new Error(`${key} is not an argument of the schema`);
    return { field, arg };
  };

  it.each(Object.entries(ARGUMENT_BOUNDS))(
    '%s: schema.graphql declares the default the service applies, and states the maximum',
    (key, bound) => {
      const { field, arg } = argumentOf(key);
      expect(getNamedType(arg.type).name).toBe('Int');
      expect(arg.defaultValue).toBe(bound.default);
      const text = `${field.description ?? ''} ${arg.description ?? ''}`;
      expect(text).toMatch(new RegExp(`\\b${bound.max}\\b`));
      expect(bounded(key as BoundedArgument, undefined)).toBe(bound.default);
      expect(bounded(key as BoundedArgument, null)).toBe(bound.default);
      expect(bounded(key as BoundedArgument, bound.max)).toBe(bound.max);
      expect(() => bounded(key as BoundedArgument, bound.max + 1)).toThrow(/must be an integer/);
      expect(() => bounded(key as BoundedArgument, bound.min - 1)).toThrow(/must be an integer/);
    },
  );

  it('every bounding argument of the schema has its bounds in limits.ts', () => {
    const declared: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        for (const arg of field.args) {
          if (BOUNDING.has(arg.name)) declared.push(`${type.name}.${field.name}.${arg.name}`);
        }
      }
    }
    expect(declared.sort()).toEqual(Object.keys(ARGUMENT_BOUNDS).sort());
  });
});
