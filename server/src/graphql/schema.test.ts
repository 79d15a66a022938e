import {
  ACTOR_KINDS,
  API_BOUNDS,
  API_DEFAULTS,
  RELATION_TYPES,
  type IntBound,
} from '@explorer/domain';
import {
  buildSchema,
  isEnumType,
  isObjectType,
  valueFromAST,
  astFromValue,
  print,
  type GraphQLArgument,
} from 'graphql';
import { readTypeDefs } from './schema';

/**
 * schema.graphql is the contract; @explorer/domain holds the same lists and
 * defaults for the code. These keep the two equal, so neither drifts.
 */
const schema = buildSchema(readTypeDefs());

function enumValues(name: string): string[] {
  const type = schema.getType(name);
  if (!isEnumType(type)) throw new Error(`${name} is not an enum of schema.graphql`);
  return type.getValues().map((v) => v.name);
}

function argument(typeName: string, field: string, name: string): GraphQLArgument {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
  const arg = type.getFields()[field]?.args.find((a) => a.name === name);
  if (!arg) throw new Error(`${typeName}.${field}(${name}) is not in schema.graphql`);
  return arg;
}

/** Every (type, field, argument, value) of a nested { Type: { field: { argument: value } } } table. */
function entries<T>(table: Record<string, Record<string, Record<string, T>>>) {
  return Object.entries(table).flatMap(([type, fields]) =>
    Object.entries(fields).flatMap(([field, args]) =>
      Object.entries(args).map(([name, value]) => [type, field, name, value] as const),
    ),
  );
}

describe('schema.graphql and the domain', () => {
  it('has the actor kinds of the domain, in order', () => {
    expect(enumValues('ActorKind')).toEqual([...ACTOR_KINDS]);
  });

  it('has the relation types of the domain, in order', () => {
    expect(enumValues('RelationType')).toEqual([...RELATION_TYPES]);
  });

  it.each(entries<IntBound>(API_BOUNDS))(
    'defaults %s.%s(%s) to the domain bound',
    (type, field, name, bound) => {
      const arg = argument(type, field, name);
      expect(arg.defaultValue).toBe(bound.default);
      expect(bound.default).toBeGreaterThanOrEqual(bound.min);
      expect(bound.default).toBeLessThanOrEqual(bound.max);
    },
  );

  it.each(entries<unknown>(API_DEFAULTS))(
    'defaults %s.%s(%s) to the domain default',
    (type, field, name, value) => {
      const arg = argument(type, field, name);
      // Compare as GraphQL values, so an enum list reads the same on both sides.
      const ast = astFromValue(value, arg.type);
      expect(ast).not.toBeNull();
      expect(valueFromAST(ast!, arg.type)).toEqual(arg.defaultValue);
      expect(print(ast!)).toBe(print(astFromValue(arg.defaultValue, arg.type)!));
    },
  );

  it('states every argument default of schema.graphql in the domain', () => {
    const stated = [...entries<unknown>(API_BOUNDS), ...entries<unknown>(API_DEFAULTS)].map(
      ([type, field, name]) => `${type}.${field}(${name})`,
    );
    const inSchema: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields()))
        for (const arg of field.args)
          if (arg.defaultValue !== undefined)
            inSchema.push(`${type.name}.${field.name}(${arg.name})`);
    }
    expect(inSchema.sort()).toEqual(stated.sort());
  });
});
