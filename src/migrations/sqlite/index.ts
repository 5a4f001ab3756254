import * as migration_20261122_032145_initial from './20261122_032145_initial';

export const migrations = [
  {
    up: migration_20261122_032145_initial.up,
    down: migration_20261122_032145_initial.down,
    name: '20261122_032145_initial'
  },
];
