import { readFileSync } from 'node:fs';
import { serverAudits } from 'graphql-http';
import { fetch } from 'undici';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema, printSortedSchema } from '../../src/schema/index.js';
import { useGateway } from '../helpers/gateway.js';

const harness = useGateway();

describe('the committed schema', () => {
  it('matches the Pothos schema (run `npm run schema` after changing it)', () => {
    const committed = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');
    expect(printSortedSchema(buildSchema())).toBe(committed);
  });

  it('documents every type and every field', () => {
    const schema = buildSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) if (!field.description) missing.push(`${type.name}.${field.name}`);
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('GraphQL over HTTP', () => {
  it('passes every MUST and SHOULD audit of graphql-http', async () => {
    const audits = serverAudits({ url: harness.gateway.graphqlUrl, fetchFn: fetch as unknown as typeof globalThis.fetch });
    const failures: string[] = [];
    for (const audit of audits) {
      if (audit.name.startsWith('MAY')) continue;
      const result = await audit.fn();
      if (result.status !== 'ok') failures.push(`${audit.name}: ${result.reason}`);
    }
    expect(failures).toEqual([]);
    expect(audits.filter((audit) => !audit.name.startsWith('MAY')).length).toBeGreaterThan(30);
  });
});
