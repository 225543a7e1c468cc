/** `npm run schema`: writes schema.graphql from the Pothos schema (sorted, for stable diffs). */
import { writeFileSync } from 'node:fs';
import { buildSchema, printSortedSchema } from '../src/schema/index.js';

writeFileSync(new URL('../schema.graphql', import.meta.url), printSortedSchema(buildSchema()));
console.log('wrote schema.graphql');
