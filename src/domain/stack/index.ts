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
export { whatIf, type WhatIf } from './what-if';
