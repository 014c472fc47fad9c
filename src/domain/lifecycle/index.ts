export { maintenanceStateNames } from './state-names';
