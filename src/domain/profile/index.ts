export { parseProfile, type ProfileResult } from './parse-profile';
export { formatIssues } from './format-issues';
export { encodeShare, decodeShare, SHARE_VERSION, type SharedDecision, type ShareResult } from './share-link';
export {
  parseBoundedJson,
  jsonDepth,
  printable,
  showKey,
  DEFAULT_LIMITS,
  FORBIDDEN_KEYS,
  type JsonLimits,
  type BoundedJson,
} from './bounded-json';
