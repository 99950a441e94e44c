// Generates the SDK's types and typed documents from the committed SDL and the SDK's own
// operations (`npm run codegen`). String documents keep the SDK independent of any GraphQL
// client; the persisted-documents map lets the server trust the SDK's operations by hash.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['sdk/operations/**/*.graphql'],
  // ESM with explicit .js extensions, as Node's module resolution wants.
  emitLegacyCommonJSImports: false,
  // The preset's TypedDocumentString types its metadata with `any`; the SDK's public types have none.
  hooks: { afterAllFileWrite: ["sed -i 's/Record<string, any>/Record<string, unknown>/g'"] },
  generates: {
    'sdk/src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: {
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
