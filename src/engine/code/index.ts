/**
 * The source-code engine: parse-only TypeScript AST, one walk per file, ESLint-style
 * rules, a shared sensitive-data classifier and a sink catalogue.
 */
export { analyzeSource, scriptKindOf, SOURCE_EXTENSIONS, type AnalyzeOptions, type AnalyzeResult } from './walk.js';
export {
  defineRule,
  type CodeRule,
  type NodeByKind,
  type NodeOfKind,
  type ReportDescriptor,
  type RuleContext,
  type RuleVisitors,
  type SecretSpan,
} from './define-rule.js';
export {
  DATA_CATEGORIES,
  DATA_CATEGORY_LABELS,
  classifyExpression,
  classifyName,
  createExpressionClassifier,
  describeClassification,
  isRedactionCall,
  isRecordName,
  isRedactionName,
  mergeClassifications,
  namedClassification,
  tokenizeName,
  type Classification,
  type ClassifierOptions,
  type ClassifyCallOptions,
  type DataCategory,
  type DataMatch,
  type ExpressionClassifier,
  type ExpressionClassifierOptions,
} from './data-classifier.js';
export {
  SINK_CATALOGUE,
  SINK_KINDS,
  THIRD_PARTY_CATEGORY_LABELS,
  createSinkMatcher,
  sinkKeyName,
  vendorOfUrl,
  type FactorySinkEntry,
  type PropertySinkEntry,
  type ReceiverSinkEntry,
  type SinkArguments,
  type SinkCatalogue,
  type SinkKind,
  type SinkMatch,
  type SinkMatcher,
  type SinkNode,
  type ThirdPartyCategory,
  type VendorHost,
} from './sinks.js';
export { SCHEMA_LIBRARY_LABELS, schemaOf, type SchemaDefinition, type SchemaField, type SchemaLibrary } from './schema-fields.js';
export { QUERY_METHODS, databaseQueryOf, isDatabaseCall, type DatabaseQuery } from './queries.js';
