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
} from './define-rule.js';
export {
  DATA_CATEGORIES,
  DATA_CATEGORY_LABELS,
  classifyExpression,
  classifyName,
  createExpressionClassifier,
  describeClassification,
  isRedactionCall,
  isRedactionName,
  mergeClassifications,
  tokenizeName,
  type Classification,
  type ClassifierOptions,
  type DataCategory,
  type DataMatch,
  type ExpressionClassifier,
  type ExpressionClassifierOptions,
} from './data-classifier.js';
export {
  SINK_CATALOGUE,
  createSinkMatcher,
  type FactorySinkEntry,
  type ReceiverSinkEntry,
  type SinkCatalogue,
  type SinkKind,
  type SinkMatch,
  type SinkMatcher,
} from './sinks.js';
