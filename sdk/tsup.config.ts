// The package as people install it: ESM for `import`, CommonJS for `require`, each with its own
// declarations (.d.ts, .d.cts). A bundler rather than two tsc runs because the rules come from the
// server's src/domain, outside this folder: bundling gives one flat dist/ and lets the CommonJS
// build share its chunks (one AspireError class for `@aspire/sdk` and `@aspire/sdk/rules`).
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', rules: 'src/rules.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  tsconfig: 'tsconfig.build.json',
});
