#![no_main]
//! `check` and `claims` on arbitrary bytes read as a Markdown file.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| claimlint_fuzz::check_everything("fuzz.md", bytes));
