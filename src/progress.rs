//! A progress bar for long human runs: on stderr, only when stderr is a terminal, and
//! only once the run has lasted a second, so short runs, CI logs and machine formats
//! never see one.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::sync::Once;
use std::time::Duration;

/// How long a run goes before its bar appears.
const DELAY: Duration = Duration::from_secs(1);

pub struct Progress {
    bar: Option<ProgressBar>,
    shown: Once,
}

impl Progress {
    /// A bar over `total` files; `wanted` when the output is for a person on a terminal.
    pub fn new(total: usize, wanted: bool) -> Progress {
        let bar = wanted.then(|| {
            let bar =
                ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::hidden());
            if let Ok(style) = ProgressStyle::with_template("{bar:30} {pos}/{len} files {elapsed}")
            {
                bar.set_style(style);
            }
            bar
        });
        Progress {
            bar,
            shown: Once::new(),
        }
    }

    /// One more file done.
    pub fn tick(&self) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
            if bar.elapsed() >= DELAY {
                self.shown
                    .call_once(|| bar.set_draw_target(ProgressDrawTarget::stderr()));
            }
        }
    }

    /// Remove the bar before the findings are printed.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
