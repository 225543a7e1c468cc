import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { ObservedResponse } from '../../src/sandbox/server.js';

interface Spec {
  paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> }>>;
}

/**
 * OpenAPI 3.0's `nullable: true` is not JSON Schema; rewrite each such schema as
 * `anyOf: [schema, { type: 'null' }]` so Ajv reads it the way OpenAPI means it.
 */
function openApiToJsonSchema(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(openApiToJsonSchema);
  if (!value || typeof value !== 'object') return value;
  const { nullable, ...rest } = value as Record<string, unknown>;
  const converted = Object.fromEntries(Object.entries(rest).map(([key, inner]) => [key, openApiToJsonSchema(inner)]));
  return nullable === true ? { anyOf: [converted, { type: 'null' }] } : converted;
}

const spec = openApiToJsonSchema(JSON.parse(readFileSync(new URL('../fixtures/metronome-openapi.json', import.meta.url), 'utf8'))) as Spec;

const ajv = new Ajv({ strict: false, allErrors: false, validateFormats: true });
addFormats.default(ajv);
ajv.addSchema({ ...spec, $id: 'metronome' });

const compiled = new Map<string, ValidateFunction | null>();

const pointerPart = (text: string): string => text.replaceAll('~', '~0').replaceAll('/', '~1');

/** The validator for a route's response with this status, or null when the spec declares no JSON body for it. */
function validatorFor(method: string, route: string, status: number): ValidateFunction | null {
  const key = `${method} ${route} ${status}`;
  const cached = compiled.get(key);
  if (cached !== undefined) return cached;
  const operation = spec.paths[route]?.[method.toLowerCase()];
  if (!operation) throw new Error(`The spec has no operation ${method} ${route}`);
  const declared = operation.responses?.[String(status)];
  let validator: ValidateFunction | null = null;
  if (declared?.content?.['application/json']?.schema) {
    const pointer = `metronome#/paths/${pointerPart(route)}/${method.toLowerCase()}/responses/${status}/content/application~1json/schema`;
    validator = ajv.compile({ $ref: pointer });
  } else if (status >= 400) {
    // Metronome documents every error body as `{ message }`, declared or not.
    validator = ajv.compile({ $ref: 'metronome#/components/schemas/Error' });
  }
  compiled.set(key, validator);
  return validator;
}

/** Problems found in the observed responses: one line per response that does not match the spec. */
export function specViolations(responses: readonly ObservedResponse[]): string[] {
  const problems: string[] = [];
  for (const response of responses) {
    if (response.body === undefined) continue;
    const validate = validatorFor(response.method, response.route, response.status);
    if (validate === null) {
      problems.push(`${response.method} ${response.route} ${response.status}: the spec declares no JSON body`);
      continue;
    }
    if (!validate(response.body)) {
      const detail = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`).join('; ');
      problems.push(`${response.method} ${response.route} ${response.status}: ${detail}`);
    }
  }
  return problems;
}
