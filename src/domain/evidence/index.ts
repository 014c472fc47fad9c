export { measuredValue, ratioToLevel, benchmarkApplies, type MeasuredValue } from './measured';
export {
  observationIndex,
  type ObservationIndex,
  type RatioObservation,
  type OrdinalSeries,
} from './observations';
