//! The Yew view: one component per file. State lives in one store (a
//! `use_reducer` over the pure `domain::update`), shared through context
//! together with the UI language; components send typed `Msg`s.

pub mod app;
pub mod assessment;
pub mod header;
pub mod home;
pub mod radar_chart;
pub mod results;
pub mod score_bars;
pub mod storage_notice;
pub mod store;
pub mod update_banner;
