use crate::rules::declare_rule;

declare_rule! {
    /// A figure a revision changed while its restatement kept the old value (`claimlint diff`).
    ///
    /// ## What it finds
    /// Reported by `claimlint diff` and `check --diff-base`, not by `check` on one
    /// text: a figure that the revision changed in one place, while another statement of
    /// the same fact (same subject, metric, period, role, basis and source) was left
    /// untouched and still agrees with the old value but not with the new one. Each such
    /// restatement is reported once, with the first change it is stale after.
    ///
    /// ## Why it matters
    /// Correcting a number in one paragraph and missing its restatement in another is the
    /// classic error of a revision: the article now contradicts itself, and the stale
    /// figure is often the one readers quote.
    ///
    /// ## Example
    /// ```text
    /// - 高盛将特斯拉2024年EPS预期下调至4.15美元。… 高盛预测特斯拉2024年EPS为4.15美元。
    /// + 高盛将特斯拉2024年EPS预期下调至4.25美元。… 高盛预测特斯拉2024年EPS为4.15美元。
    /// ```
    /// The first 4.15 became 4.25; the restatement still says 4.15.
    ///
    /// ## How to silence
    /// Update the restatement too, or revert the change.
    pub struct StaleRestatement {
        code: "CL008",
        name: "stale-restatement",
        severity: Error,
    }
}
