export { parseProfile, type ProfileResult } from './parse-profile';
export {
  parseProfileJson,
  profileJsonValue,
  fileSizeProblem,
  MAX_PROFILE_BYTES,
  type JsonValue,
} from './profile-json';
export { formatIssues, showPath, showValue } from './format-issues';
export { summarizeProblems, MAX_PROBLEMS_SHOWN } from './problem-list';
export {
  encodeShare,
  decodeShare,
  SHARE_VERSION,
  MAX_SHARE_TOKEN,
  MAX_SHARED_OVERLAY_TEXT,
  MAX_SHARED_OVERLAY_URL,
  overlayUrlProblem,
  type SharedDecision,
  type SharedOverlay,
  type ShareResult,
} from './share-link';
export {
  parseBoundedJson,
  jsonDepth,
  printable,
  showKey,
  sizeProblem,
  DEFAULT_LIMITS,
  FORBIDDEN_KEYS,
  type JsonLimits,
  type BoundedJson,
} from './bounded-json';
