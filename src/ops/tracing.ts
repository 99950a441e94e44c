// OpenTelemetry tracing, on when OTEL_EXPORTER_OTLP_ENDPOINT is set: a span per GraphQL operation
// (and per resolver of our own), sent over OTLP/HTTP. The exporter reads the standard OTEL_*
// variables (endpoint, headers, batch delay); each span carries the request id. The OpenTelemetry
// packages load only then: a server without tracing does not hold them (4 MB of heap).
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';

/** The plugins that trace, for createServer's `tracing`; none when no OTLP endpoint is set. */
export async function useTracing(env: NodeJS.ProcessEnv = process.env): Promise<Plugin<Context>[]> {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT && !env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return [];
  const [{ getCurrentOtelContext, useOpenTelemetry }, { trace }, { OTLPTraceExporter }, { Resource }, { BasicTracerProvider, BatchSpanProcessor }] =
    await Promise.all([
      import('@envelop/opentelemetry'),
      import('@opentelemetry/api'),
      import('@opentelemetry/exporter-trace-otlp-http'),
      import('@opentelemetry/resources'),
      import('@opentelemetry/sdk-trace-base'),
    ]);
  const serviceName = env.OTEL_SERVICE_NAME ?? 'aspire-api';
  const provider = new BasicTracerProvider({
    resource: new Resource({ 'service.name': serviceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  return [
    // Variables and results can hold personal data: they stay out of the traces.
    useOpenTelemetry(
      { resolvers: true, defaultResolvers: false, variables: false, result: false, document: true, traceIdInResult: 'traceId' },
      provider,
      undefined,
      undefined,
      serviceName,
    ) as Plugin<Context>,
    {
      onExecute({ args }) {
        trace.getSpan(getCurrentOtelContext(args.contextValue))?.setAttribute('aspire.request_id', args.contextValue.requestId);
      },
      // Send what is buffered before the process ends.
      onDispose: () => provider.shutdown(),
    },
  ];
}
