export {
  defineMessages,
  useMessages,
  useLanguage,
  useLocalize,
  format,
  languageNames,
  type Messages,
} from './i18n';
export { SourceCitation } from './source-citation';
export { LevelMeter } from './level-meter';
export { ScoreBar } from './score-bar';
export { StatusBadge } from './status-badge';
export { ErrorBoundary } from './error-boundary';
export { formatMonth } from './format-month';
export { StackedTableHead } from './stacked-table-head';
export { useDarkTheme } from './use-dark-theme';
export { downloadBlob, downloadText } from './download';
export { readText } from './read-text';
export { useOptionName, useOrchestratorName, type OptionRef } from './display-name';
export { useConditionText } from './use-condition-text';
export { SourcedList } from './sourced-list';
export { OverlayMark } from './overlay-mark';
export { ProblemList } from './problem-list';
export {
  definePlurals,
  usePlurals,
  countedIn,
  plural,
  formatCount,
  type Count,
  type Counted,
  type PluralForms,
  type Plurals,
} from './plural';
export { useNarrowScreen, NARROW_SCREEN } from './use-narrow-screen';
export { useInView } from './use-in-view';
