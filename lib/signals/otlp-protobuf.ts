import protobuf from "protobufjs";

/**
 * The OTLP metrics messages (opentelemetry-proto v1: collector/metrics/v1, metrics/v1, common/v1, resource/v1),
 * as a protobufjs descriptor with the proto's field numbers and JSON (lowerCamelCase) names, so that a decoded
 * protobuf request has the same shape as an OTLP/JSON one. Exemplars and metadata are left out: protobufjs skips
 * fields it does not know.
 */
const DESCRIPTOR = {
  nested: {
    KeyValue: { fields: { key: { type: "string", id: 1 }, value: { type: "AnyValue", id: 2 } } },
    AnyValue: {
      oneofs: { value: { oneof: ["stringValue", "boolValue", "intValue", "doubleValue", "arrayValue", "kvlistValue", "bytesValue"] } },
      fields: {
        stringValue: { type: "string", id: 1 },
        boolValue: { type: "bool", id: 2 },
        intValue: { type: "int64", id: 3 },
        doubleValue: { type: "double", id: 4 },
        arrayValue: { type: "ArrayValue", id: 5 },
        kvlistValue: { type: "KeyValueList", id: 6 },
        bytesValue: { type: "bytes", id: 7 },
      },
    },
    ArrayValue: { fields: { values: { rule: "repeated", type: "AnyValue", id: 1 } } },
    KeyValueList: { fields: { values: { rule: "repeated", type: "KeyValue", id: 1 } } },
    Resource: { fields: { attributes: { rule: "repeated", type: "KeyValue", id: 1 } } },
    InstrumentationScope: { fields: { name: { type: "string", id: 1 }, version: { type: "string", id: 2 } } },
    ExportMetricsServiceRequest: { fields: { resourceMetrics: { rule: "repeated", type: "ResourceMetrics", id: 1 } } },
    ExportMetricsServiceResponse: { fields: { partialSuccess: { type: "ExportMetricsPartialSuccess", id: 1 } } },
    ExportMetricsPartialSuccess: { fields: { rejectedDataPoints: { type: "int64", id: 1 }, errorMessage: { type: "string", id: 2 } } },
    ResourceMetrics: {
      fields: { resource: { type: "Resource", id: 1 }, scopeMetrics: { rule: "repeated", type: "ScopeMetrics", id: 2 }, schemaUrl: { type: "string", id: 3 } },
    },
    ScopeMetrics: {
      fields: { scope: { type: "InstrumentationScope", id: 1 }, metrics: { rule: "repeated", type: "Metric", id: 2 }, schemaUrl: { type: "string", id: 3 } },
    },
    Metric: {
      oneofs: { data: { oneof: ["gauge", "sum", "histogram", "exponentialHistogram", "summary"] } },
      fields: {
        name: { type: "string", id: 1 },
        description: { type: "string", id: 2 },
        unit: { type: "string", id: 3 },
        gauge: { type: "Gauge", id: 5 },
        sum: { type: "Sum", id: 7 },
        histogram: { type: "Histogram", id: 9 },
        exponentialHistogram: { type: "ExponentialHistogram", id: 10 },
        summary: { type: "Summary", id: 11 },
      },
    },
    Gauge: { fields: { dataPoints: { rule: "repeated", type: "NumberDataPoint", id: 1 } } },
    Sum: {
      fields: {
        dataPoints: { rule: "repeated", type: "NumberDataPoint", id: 1 },
        aggregationTemporality: { type: "int32", id: 2 },
        isMonotonic: { type: "bool", id: 3 },
      },
    },
    Histogram: { fields: { dataPoints: { rule: "repeated", type: "HistogramDataPoint", id: 1 }, aggregationTemporality: { type: "int32", id: 2 } } },
    ExponentialHistogram: {
      fields: { dataPoints: { rule: "repeated", type: "ExponentialHistogramDataPoint", id: 1 }, aggregationTemporality: { type: "int32", id: 2 } },
    },
    Summary: { fields: { dataPoints: { rule: "repeated", type: "SummaryDataPoint", id: 1 } } },
    NumberDataPoint: {
      oneofs: { value: { oneof: ["asDouble", "asInt"] } },
      fields: {
        attributes: { rule: "repeated", type: "KeyValue", id: 7 },
        startTimeUnixNano: { type: "fixed64", id: 2 },
        timeUnixNano: { type: "fixed64", id: 3 },
        asDouble: { type: "double", id: 4 },
        asInt: { type: "sfixed64", id: 6 },
        flags: { type: "uint32", id: 8 },
      },
    },
    HistogramDataPoint: {
      fields: {
        attributes: { rule: "repeated", type: "KeyValue", id: 9 },
        startTimeUnixNano: { type: "fixed64", id: 2 },
        timeUnixNano: { type: "fixed64", id: 3 },
        count: { type: "fixed64", id: 4 },
        sum: { type: "double", id: 5, options: { proto3_optional: true } },
        bucketCounts: { rule: "repeated", type: "fixed64", id: 6 },
        explicitBounds: { rule: "repeated", type: "double", id: 7 },
        flags: { type: "uint32", id: 10 },
        min: { type: "double", id: 11, options: { proto3_optional: true } },
        max: { type: "double", id: 12, options: { proto3_optional: true } },
      },
    },
    ExponentialHistogramDataPoint: {
      fields: {
        attributes: { rule: "repeated", type: "KeyValue", id: 1 },
        startTimeUnixNano: { type: "fixed64", id: 2 },
        timeUnixNano: { type: "fixed64", id: 3 },
        count: { type: "fixed64", id: 4 },
        sum: { type: "double", id: 5, options: { proto3_optional: true } },
        scale: { type: "sint32", id: 6 },
        zeroCount: { type: "fixed64", id: 7 },
        positive: { type: "Buckets", id: 8 },
        negative: { type: "Buckets", id: 9 },
        flags: { type: "uint32", id: 10 },
        min: { type: "double", id: 12, options: { proto3_optional: true } },
        max: { type: "double", id: 13, options: { proto3_optional: true } },
      },
    },
    Buckets: { fields: { offset: { type: "sint32", id: 1 }, bucketCounts: { rule: "repeated", type: "uint64", id: 2 } } },
    SummaryDataPoint: {
      fields: {
        attributes: { rule: "repeated", type: "KeyValue", id: 7 },
        startTimeUnixNano: { type: "fixed64", id: 2 },
        timeUnixNano: { type: "fixed64", id: 3 },
        count: { type: "fixed64", id: 4 },
        sum: { type: "double", id: 5 },
      },
    },
  },
};

const root = protobuf.Root.fromJSON(DESCRIPTOR);
const requestType = root.lookupType("ExportMetricsServiceRequest");
const responseType = root.lookupType("ExportMetricsServiceResponse");

/**
 * Decodes an OTLP/protobuf metrics request into the OTLP/JSON shape: 64-bit integers as decimal strings, bytes as
 * base64, only the fields that were sent. Throws on bytes that are not such a message.
 */
export function decodeOtlpMetricsRequest(bytes: Uint8Array): unknown {
  return requestType.toObject(requestType.decode(bytes), { longs: String, bytes: String, defaults: false, arrays: false });
}

/** The protobuf answer: an ExportMetricsServiceResponse, with a partial success only when something was rejected. */
export function encodeOtlpMetricsResponse(partialSuccess: { rejectedDataPoints: number; errorMessage: string } | null): Uint8Array {
  return responseType.encode(responseType.fromObject(partialSuccess ? { partialSuccess } : {})).finish();
}
