export {
  composeStack,
  type Stack,
  type StackPick,
  type StackAlternative,
  type Pins,
  type PinRefusal,
  type StackOutcome,
} from './compose';
export { conflictBetween, orchestratorOf, type Conflict } from './compatibility';
export {
  buildPipelines,
  comparePipelines,
  requiredRoles,
  MAX_MEMBERS,
  type Pipeline,
  type PipelineMember,
  type PipelineValue,
} from './pipeline';
export { whatIf, type WhatIf } from './what-if';
export { pairingsAmong, type Pairing } from './pairings';
export { pipelineAcceptability, pipelineKey } from './pipeline-confidence';
