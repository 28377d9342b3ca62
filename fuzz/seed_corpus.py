#!/usr/bin/env python3
"""Seed fuzz/corpus/<target> with the fixtures, cut at line ends into inputs of at
most 4 KiB (2 KiB per half for `diff`, from the fixture pairs of tests/diff.rs).
Run from the repository root."""
import glob, os, hashlib
def chunks(text, limit):
    out, cur = [], ""
    for line in text.splitlines(keepends=True):
        if len((cur + line).encode()) > limit and cur:
            out.append(cur); cur = ""
        cur += line
        while len(cur.encode()) > limit:  # one very long line: cut at a char boundary
            b = cur.encode()[:limit].decode(errors="ignore"); out.append(b); cur = cur[len(b):]
    if cur: out.append(cur)
    return out
def save(target, data):
    d = f"fuzz/corpus/{target}"; os.makedirs(d, exist_ok=True)
    open(f"{d}/{hashlib.sha1(data).hexdigest()}", "wb").write(data)
files = [f for f in glob.glob("fixtures/**/*", recursive=True) if os.path.isfile(f)]
for f in files:
    for c in chunks(open(f, encoding="utf-8").read(), 4096):
        save("pipeline", c.encode()); save("markdown", c.encode())
pairs = [("fixtures/zh/seed.txt","fixtures/diff/seed_new.txt"),("fixtures/zh/seed.txt","fixtures/diff/zh_corrected_new.txt"),
 ("fixtures/en/clean_deliveries.txt","fixtures/diff/en_moved_new.txt"),("fixtures/en/clean_deliveries.txt","fixtures/diff/en_rewritten_new.txt"),
 ("fixtures/en/percent_change_mismatch.txt","fixtures/en/clean_earnings.txt")]
for a, b in pairs:
    for x, y in zip(chunks(open(a).read(), 2000), chunks(open(b).read(), 2000)):
        x, y = x.encode(), y.encode(); n = max(len(x), len(y))
        save("diff", x.ljust(n) + y.ljust(n))
