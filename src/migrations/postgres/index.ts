import * as migration_20261122_050822_initial from './20261122_050822_initial';
import * as migration_20261122_054954_moderation_admin_notes from './20261122_054954_moderation_admin_notes';
import * as migration_20261122_061346_drop_duplicate_hyperactive_columns from './20261122_061346_drop_duplicate_hyperactive_columns';
import * as migration_20261122_061359_hyperactive_feed from './20261122_061359_hyperactive_feed';
import * as migration_20261122_071208_parent_lookup_indexes from './20261122_071208_parent_lookup_indexes';

export const migrations = [
  {
    up: migration_20261122_050822_initial.up,
    down: migration_20261122_050822_initial.down,
    name: '20261122_050822_initial',
  },
  {
    up: migration_20261122_054954_moderation_admin_notes.up,
    down: migration_20261122_054954_moderation_admin_notes.down,
    name: '20261122_054954_moderation_admin_notes',
  },
  {
    up: migration_20261122_061346_drop_duplicate_hyperactive_columns.up,
    down: migration_20261122_061346_drop_duplicate_hyperactive_columns.down,
    name: '20261122_061346_drop_duplicate_hyperactive_columns',
  },
  {
    up: migration_20261122_061359_hyperactive_feed.up,
    down: migration_20261122_061359_hyperactive_feed.down,
    name: '20261122_061359_hyperactive_feed',
  },
  {
    up: migration_20261122_071208_parent_lookup_indexes.up,
    down: migration_20261122_071208_parent_lookup_indexes.down,
    name: '20261122_071208_parent_lookup_indexes'
  },
];
