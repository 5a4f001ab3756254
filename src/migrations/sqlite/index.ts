import * as migration_20261122_050816_initial from './20261122_050816_initial';
import * as migration_20261122_054948_moderation_admin_notes from './20261122_054948_moderation_admin_notes';
import * as migration_20261122_061339_drop_duplicate_hyperactive_columns from './20261122_061339_drop_duplicate_hyperactive_columns';
import * as migration_20261122_061352_hyperactive_feed from './20261122_061352_hyperactive_feed';
import * as migration_20261122_071153_parent_lookup_indexes from './20261122_071153_parent_lookup_indexes';
import * as migration_20261122_074350_content_call from './20261122_074350_content_call';
import * as migration_20261122_074423_review_state_optional from './20261122_074423_review_state_optional';
import * as migration_20261122_075530_sign_on from './20261122_075530_sign_on';
import * as migration_20261122_110830_content_call_review from './20261122_110830_content_call_review';
import * as migration_20261122_122642_session_schedule_id from './20261122_122642_session_schedule_id';
import * as migration_20261122_134850_webhooks from './20261122_134850_webhooks';
import * as migration_20261122_215154_sort_indexes from './20261122_215154_sort_indexes';
import * as migration_20261122_224333_proposals_score_order from './20261122_224333_proposals_score_order';
import * as migration_20261123_065749_proposals_submitter_email from './20261123_065749_proposals_submitter_email';
import * as migration_20261130_115720_login_throttle from './20261130_115720_login_throttle';
import * as migration_20261130_143055_feed_ids_places_series_clock from './20261130_143055_feed_ids_places_series_clock';
import * as migration_20261201_012605_site_global from './20261201_012605_site_global';
import * as migration_20261201_023120_events_stick_at_top_index from './20261201_023120_events_stick_at_top_index';
import * as migration_20261201_050419_pinned_event_index from './20261201_050419_pinned_event_index';
import * as migration_20261201_051521_change_versions from './20261201_051521_change_versions';
import * as migration_20261201_124720_one_name_summary_and_zones from './20261201_124720_one_name_summary_and_zones';
import * as migration_20261202_022259_object_storage_fields from './20261202_022259_object_storage_fields';
import * as migration_20261202_071543_hyperactive_import_runs from './20261202_071543_hyperactive_import_runs';

export const migrations = [
  {
    up: migration_20261122_050816_initial.up,
    down: migration_20261122_050816_initial.down,
    name: '20261122_050816_initial',
  },
  {
    up: migration_20261122_054948_moderation_admin_notes.up,
    down: migration_20261122_054948_moderation_admin_notes.down,
    name: '20261122_054948_moderation_admin_notes',
  },
  {
    up: migration_20261122_061339_drop_duplicate_hyperactive_columns.up,
    down: migration_20261122_061339_drop_duplicate_hyperactive_columns.down,
    name: '20261122_061339_drop_duplicate_hyperactive_columns',
  },
  {
    up: migration_20261122_061352_hyperactive_feed.up,
    down: migration_20261122_061352_hyperactive_feed.down,
    name: '20261122_061352_hyperactive_feed',
  },
  {
    up: migration_20261122_071153_parent_lookup_indexes.up,
    down: migration_20261122_071153_parent_lookup_indexes.down,
    name: '20261122_071153_parent_lookup_indexes',
  },
  {
    up: migration_20261122_074350_content_call.up,
    down: migration_20261122_074350_content_call.down,
    name: '20261122_074350_content_call',
  },
  {
    up: migration_20261122_074423_review_state_optional.up,
    down: migration_20261122_074423_review_state_optional.down,
    name: '20261122_074423_review_state_optional',
  },
  {
    up: migration_20261122_075530_sign_on.up,
    down: migration_20261122_075530_sign_on.down,
    name: '20261122_075530_sign_on',
  },
  {
    up: migration_20261122_110830_content_call_review.up,
    down: migration_20261122_110830_content_call_review.down,
    name: '20261122_110830_content_call_review',
  },
  {
    up: migration_20261122_122642_session_schedule_id.up,
    down: migration_20261122_122642_session_schedule_id.down,
    name: '20261122_122642_session_schedule_id',
  },
  {
    up: migration_20261122_134850_webhooks.up,
    down: migration_20261122_134850_webhooks.down,
    name: '20261122_134850_webhooks',
  },
  {
    up: migration_20261122_215154_sort_indexes.up,
    down: migration_20261122_215154_sort_indexes.down,
    name: '20261122_215154_sort_indexes',
  },
  {
    up: migration_20261122_224333_proposals_score_order.up,
    down: migration_20261122_224333_proposals_score_order.down,
    name: '20261122_224333_proposals_score_order',
  },
  {
    up: migration_20261123_065749_proposals_submitter_email.up,
    down: migration_20261123_065749_proposals_submitter_email.down,
    name: '20261123_065749_proposals_submitter_email',
  },
  {
    up: migration_20261130_115720_login_throttle.up,
    down: migration_20261130_115720_login_throttle.down,
    name: '20261130_115720_login_throttle',
  },
  {
    up: migration_20261130_143055_feed_ids_places_series_clock.up,
    down: migration_20261130_143055_feed_ids_places_series_clock.down,
    name: '20261130_143055_feed_ids_places_series_clock',
  },
  {
    up: migration_20261201_012605_site_global.up,
    down: migration_20261201_012605_site_global.down,
    name: '20261201_012605_site_global',
  },
  {
    up: migration_20261201_023120_events_stick_at_top_index.up,
    down: migration_20261201_023120_events_stick_at_top_index.down,
    name: '20261201_023120_events_stick_at_top_index',
  },
  {
    up: migration_20261201_050419_pinned_event_index.up,
    down: migration_20261201_050419_pinned_event_index.down,
    name: '20261201_050419_pinned_event_index',
  },
  {
    up: migration_20261201_051521_change_versions.up,
    down: migration_20261201_051521_change_versions.down,
    name: '20261201_051521_change_versions',
  },
  {
    up: migration_20261201_124720_one_name_summary_and_zones.up,
    down: migration_20261201_124720_one_name_summary_and_zones.down,
    name: '20261201_124720_one_name_summary_and_zones',
  },
  {
    up: migration_20261202_022259_object_storage_fields.up,
    down: migration_20261202_022259_object_storage_fields.down,
    name: '20261202_022259_object_storage_fields',
  },
  {
    up: migration_20261202_071543_hyperactive_import_runs.up,
    down: migration_20261202_071543_hyperactive_import_runs.down,
    name: '20261202_071543_hyperactive_import_runs'
  },
];
