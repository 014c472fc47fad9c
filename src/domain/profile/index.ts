export { parseProfile, type ProfileResult } from './parse-profile';
export { formatIssues } from './format-issues';
