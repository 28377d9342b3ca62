//! `claimlint claims` on the seed article and on real articles in both languages.
//! Each snapshot was reviewed line by line: every figure is there with the right value,
//! and no product name, index name, ordinal or list number is.

use claimlint::document::Document;
use claimlint::render::claims::{table, FileClaims};
use std::path::Path;

fn claims_table(path: &str) -> String {
    let document = Document::read(Path::new(path)).unwrap();
    let files = [FileClaims::read(&document)];
    table(&files)
}

macro_rules! snapshot {
    ($name:ident, $path:literal) => {
        #[test]
        fn $name() {
            insta::assert_snapshot!(claims_table($path));
        }
    };
}

snapshot!(seed, "fixtures/zh/seed.txt");
snapshot!(
    en_tatqa_dev_98db5a3a,
    "fixtures/corpus/en/tatqa_dev_98db5a3a.md"
);
snapshot!(
    en_tatqa_test_c49bcea1,
    "fixtures/corpus/en/tatqa_test_c49bcea1.md"
);
snapshot!(
    en_xquad_fresno,
    "fixtures/corpus/en/xquad_en_Fresno_California.txt"
);
snapshot!(en_clean_traps, "fixtures/en/clean_traps.txt");
snapshot!(zh_drcd_9d8cd562, "fixtures/corpus/zh/drcd_9d8cd562.txt");
snapshot!(
    zh_cmrc2018_e24b610f,
    "fixtures/corpus/zh/cmrc2018_e24b610f.txt"
);
snapshot!(
    zh_zhwiki_025fce_part04,
    "fixtures/corpus/zh/zhwiki_025fce_part04.txt"
);
snapshot!(
    zh_xquad_fresno,
    "fixtures/corpus/zh/xquad_zh_Fresno_California.txt"
);
