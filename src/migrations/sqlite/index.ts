import * as migration_20261122_050816_initial from './20261122_050816_initial';
import * as migration_20261122_054948_moderation_admin_notes from './20261122_054948_moderation_admin_notes';

export const migrations = [
  {
    up: migration_20261122_050816_initial.up,
    down: migration_20261122_050816_initial.down,
    name: '20261122_050816_initial',
  },
  {
    up: migration_20261122_054948_moderation_admin_notes.up,
    down: migration_20261122_054948_moderation_admin_notes.down,
    name: '20261122_054948_moderation_admin_notes'
  },
];
