import { readFileSync } from 'node:fs';
import { parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { gatewayError } from '../schema/errors.js';

/**
 * What the gateway does with trusted documents (`TRUSTED_DOCUMENTS`):
 * - `off`: ids are not understood; every request carries its document;
 * - `allow` (default): a request may send a manifest `documentId` instead of its document;
 * - `only`: documents that are not in the manifest are refused (admins may be let through with
 *   `TRUSTED_DOCUMENTS_ADMIN_ARBITRARY`, so GraphiQL keeps working for them).
 */
type TrustedDocumentsMode = 'off' | 'allow' | 'only';

/** The manifest `npm run codegen` writes (client preset `persistedDocuments`): id → document text. */
const BUNDLED_MANIFEST = new URL('../../trusted-documents/gql/persisted-documents.json', import.meta.url).pathname;

/** The manifest's documents, parsed and validated once, at startup. */
export interface TrustedDocuments {
  /** The parsed document of an id (`sha256:<hex>`, or the bare hex), or undefined. */
  get(id: string): DocumentNode | undefined;
  readonly size: number;
  /** Operation name → id, for the documents whose operation name is unique in the manifest (the board looks its ids up here). */
  readonly idsByOperationName: Readonly<Record<string, string>>;
}

const bareHash = (id: string): string => (id.startsWith('sha256:') ? id.slice('sha256:'.length) : id).toLowerCase();

/**
 * Reads a manifest and parses and validates every document against the schema, so that running
 * one by id needs neither. A document that does not parse or validate stops startup: a manifest
 * built for another schema must not be half-served.
 */
export function loadTrustedDocuments(schema: GraphQLSchema, manifestPath: string = BUNDLED_MANIFEST): TrustedDocuments {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as unknown;
  if (!manifest || typeof manifest !== 'object' || Array.isArray(manifest))
    throw new Error(`${manifestPath}: expected an object of documentId → document`);
  const byHash = new Map<string, DocumentNode>();
  const names = new Map<string, string[]>();
  for (const [id, text] of Object.entries(manifest as Record<string, unknown>)) {
    if (typeof text !== 'string') throw new Error(`${manifestPath}: the document of ${id} is not a string`);
    const document = parse(text);
    const errors = validate(schema, document);
    if (errors.length > 0) throw new Error(`${manifestPath}: ${id} does not validate against the schema: ${errors[0]?.message}`);
    byHash.set(bareHash(id), document);
    for (const definition of document.definitions) {
      if (definition.kind === 'OperationDefinition' && definition.name)
        names.set(definition.name.value, [...(names.get(definition.name.value) ?? []), id]);
    }
  }
  const idsByOperationName = Object.fromEntries(
    [...names].filter(([, ids]) => ids.length === 1).map(([name, ids]) => [name, ids[0] as string]),
  );
  return {
    get: (id) => byHash.get(bareHash(id)),
    size: byHash.size,
    idsByOperationName,
  };
}

/**
 * The document id a request names, wherever the client put it: `documentId` (the GraphQL over
 * HTTP working group's trusted documents; in the JSON body, the query string or a graphql-ws
 * subscribe payload) or Apollo's `extensions.persistedQuery.sha256Hash`.
 */
export function documentIdOf(params: { documentId?: unknown; extensions?: unknown }, url?: string): string | undefined {
  if (typeof params.documentId === 'string' && params.documentId !== '') return params.documentId;
  const persisted = (params.extensions as { persistedQuery?: { version?: unknown; sha256Hash?: unknown } } | undefined)?.persistedQuery;
  if (persisted?.version === 1 && typeof persisted.sha256Hash === 'string') return persisted.sha256Hash;
  if (url?.includes('documentId=')) return new URL(url).searchParams.get('documentId') ?? undefined;
  return undefined;
}

/** How the gateway treats trusted documents, shared by HTTP/SSE (a yoga plugin) and graphql-ws. */
export interface TrustedDocumentsPolicy {
  mode: Exclude<TrustedDocumentsMode, 'off'>;
  documents: TrustedDocuments;
  /** In `only` mode, admins may still send arbitrary documents (GraphiQL). */
  adminArbitrary: boolean;
  /** `Cache-Control: private, max-age` of a successful GET by documentId (0: no-cache). */
  getMaxAgeSeconds: number;
}

export function mayRunArbitrary(policy: TrustedDocumentsPolicy, viewer: { kind: 'admin' | 'customer' }): boolean {
  return policy.mode === 'allow' || (policy.adminArbitrary && viewer.kind === 'admin');
}

export const trustedDocumentErrors = {
  notFound: (id: string) =>
    gatewayError(
      'TRUSTED_DOCUMENT_NOT_FOUND',
      `No trusted document has the id ${JSON.stringify(id.slice(0, 80))}; send an id from this gateway's manifest (npm run codegen writes it)`,
      {
        http: { status: 400 },
      },
    ),
  onlyTrusted: () =>
    gatewayError(
      'TRUSTED_DOCUMENTS_ONLY',
      "This gateway runs trusted documents only: send the documentId of an operation in its manifest instead of the document's text",
      {
        http: { status: 400 },
      },
    ),
  missing: () =>
    gatewayError('BAD_USER_INPUT', 'Send a GraphQL document in `query`, or the `documentId` of a trusted document', {
      http: { status: 400 },
    }),
};

export interface TrustedDocumentsOptions {
  /** Default `allow`. */
  mode?: TrustedDocumentsMode;
  /** Default: the manifest `npm run codegen` writes for the board, the example client and the README. */
  manifestPath?: string | undefined;
  adminArbitrary?: boolean;
  getMaxAgeSeconds?: number;
}

/** The policy for a gateway, its manifest loaded against the schema it serves; undefined when off. */
export function trustedDocumentsPolicy(schema: GraphQLSchema, options: TrustedDocumentsOptions = {}): TrustedDocumentsPolicy | undefined {
  const mode = options.mode ?? 'allow';
  if (mode === 'off') return undefined;
  return {
    mode,
    documents: loadTrustedDocuments(schema, options.manifestPath),
    adminArbitrary: options.adminArbitrary ?? false,
    getMaxAgeSeconds: options.getMaxAgeSeconds ?? 5,
  };
}
