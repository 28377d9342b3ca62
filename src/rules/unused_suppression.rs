use crate::rules::declare_rule;

declare_rule! {
    /// A claimlint suppression comment that silences nothing.
    ///
    /// ## What it finds
    /// A `claimlint-disable-next-line`, `claimlint-disable`, `claimlint-disable-file`
    /// comment, or one of the codes it names, under which no finding was silenced; a
    /// `claimlint-enable` that closes no disable; a comment that starts with
    /// `claimlint-` but is no directive claimlint knows.
    ///
    /// ## Why it matters
    /// A suppression outlives the contradiction it was written for: once the figure is
    /// corrected, a stale one would silence the next, real contradiction at that place.
    ///
    /// ## Example
    /// ```text
    /// <!-- claimlint-disable-next-line CL002 -- rounded in the wire copy -->
    /// Revenue rose 20% to $1.2 billion from $1.0 billion.
    /// ```
    /// 20% is right, so the comment silences nothing.
    ///
    /// ## How to silence
    /// Remove the comment or the codes it names that silence nothing, or add `CL900` to
    /// `ignore` in `claimlint.toml`.
    pub struct UnusedSuppression {
        code: "CL900",
        name: "unused-suppression",
        severity: Warning,
    }
}
