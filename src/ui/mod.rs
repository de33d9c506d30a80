//! The Yew view: one component per file. State lives in one store (a
//! `use_reducer` over the pure `domain::update`), shared through context
//! together with the UI language; components send typed `Msg`s.

pub mod action_form;
pub mod action_item;
pub mod action_list;
pub mod app;
pub mod assessment;
pub mod backup_reminder;
pub mod benefits;
pub mod confirm_button;
pub mod contacts;
pub mod effects;
pub mod export_button;
pub mod files;
pub mod form_screen;
pub mod header;
pub mod history;
pub mod history_chart;
pub mod home;
pub mod home_screen;
pub mod hooks;
pub mod interaction_form;
pub mod intro_text_box;
pub mod key_shortcuts;
pub mod message_template;
pub mod more;
pub mod people;
pub mod person_detail;
pub mod person_form;
pub mod person_select;
pub mod plan;
pub mod print_view;
pub mod radar_chart;
pub mod read_only;
pub mod restore_backup;
pub mod results;
pub mod review;
pub mod score_bars;
pub mod select_field;
pub mod self_intro;
pub mod settings;
pub mod storage_notice;
pub mod store;
pub mod text_field;
pub mod update_banner;
pub mod welcome_note;
