// Typed documents of your own, generated against the schema the SDK ships
// (`@aspire/sdk/schema.graphql`): `npx graphql-codegen --config codegen.ts`.
import { createRequire } from 'node:module';
import type { CodegenConfig } from '@graphql-codegen/cli';

const require = createRequire(import.meta.url);

const config: CodegenConfig = {
  schema: require.resolve('@aspire/sdk/schema.graphql'),
  documents: ['src/**/*.ts', '!src/gql/**'],
  emitLegacyCommonJSImports: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Strings, as the SDK's own documents: client.request sends them as they are.
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { DateTime: 'string', Date: 'string', Yen: 'string', FiscalYear: 'number' },
      },
    },
  },
};

export default config;
