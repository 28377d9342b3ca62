#![no_main]
//! `diff` of arbitrary bytes: the first half is the old text, the second the new.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| claimlint_fuzz::diff_everything("fuzz.txt", bytes));
