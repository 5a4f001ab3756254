import * as migration_20261122_044337_initial from './20261122_044337_initial';

export const migrations = [
  {
    up: migration_20261122_044337_initial.up,
    down: migration_20261122_044337_initial.down,
    name: '20261122_044337_initial'
  },
];
