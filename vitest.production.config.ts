import { defineConfig } from 'vitest/config';
import base, { PRODUCTION_BUILD_TEST } from './vitest.config.js';

/** Only the production-build test, which the everyday config leaves out (CI runs this one too). */
export default defineConfig({ ...base, test: { ...base.test, include: [PRODUCTION_BUILD_TEST], exclude: ['**/node_modules/**'] } });
