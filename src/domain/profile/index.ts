export { parseProfile, type ProfileResult } from './parse-profile';
export { formatIssues } from './format-issues';
export { encodeShare, decodeShare, SHARE_VERSION, type SharedDecision, type ShareResult } from './share-link';
