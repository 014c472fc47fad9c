export {
  describeReason,
  describeAssumption,
  describeSource,
  describeFact,
  describeExpected,
} from './reasons';
export { describeMeasured, describeOrdering, describeConflict, benchmarkNames } from './measured';
export { maintenanceStateNames } from './state-names';
export { cloudNames, cloudName, orchestratorName } from './environment-names';
export { describeCondition, describeAlternatives, questionLabel } from './condition';
export { describeOverlayFacts } from './overlay';
