"""What the runs found, the table of medians, and the ratios against the targets."""

from __future__ import annotations

import os
import platform
import re
import statistics
from collections.abc import Sequence

from bench_corpus import Corpus
from bench_timing import Command

TARGET_OVERHEAD = 1.05
TARGET_FIX_RATIO = 1.0
TARGET_RSS_MB = 150.0
MB = 1024 * 1024


def finding_lines(output: bytes) -> list[str]:
    return [line for line in output.decode("utf-8", "replace").splitlines() if line]


def is_asl(line: str) -> bool:
    return re.search(r":\d+:\d+: ASL\d{3} ", line) is not None


def sanity(commands: dict[tuple[str, int], Command], scales: Sequence[int]) -> list[str]:
    """What the runs found, and whether the two flake8 runs agree outside ASL."""
    notes: list[str] = []
    for scale in scales:
        bare, plugin, fix = (commands[name, scale] for name in ("bare", "plugin", "fix"))
        bare_lines = finding_lines(bare.stdout)
        plugin_lines = finding_lines(plugin.stdout)
        asl = [line for line in plugin_lines if is_asl(line)]
        others = sorted(line for line in plugin_lines if not is_asl(line))
        agree = others == sorted(bare_lines)
        notes.append(
            f"x{scale}: bare flake8 reports {len(bare_lines)} findings; with the plugin "
            f"{len(plugin_lines)} ({len(asl)} ASL), the rest "
            + ("identical" if agree else "DIFFERENT (the two runs are not comparable)")
        )
        if scale == scales[0]:
            notes.extend(f"    {line}" for line in asl[:20])
            if len(asl) > 20:
                notes.append(f"    ... {len(asl) - 20} more")
        summary = fix.stderr.decode("utf-8", "replace").strip().splitlines()
        notes.append(
            f"x{scale}: fix --diff exit {fix.samples[0].status if fix.samples else '?'}, "
            f"{len(fix.stdout)} bytes of diff; {summary[-1] if summary else '(no summary)'}"
        )
        if bare.stderr.strip() or plugin.stderr.strip():
            notes.append(
                f"x{scale}: flake8 wrote to stderr: "
                f"{(bare.stderr + plugin.stderr).decode(errors='replace')[:500]}"
            )
    return notes


def fmt_mb(value: int | None) -> str:
    return "n/a" if value is None else f"{value / MB:.1f}"


def report(
    corpus: Corpus,
    commands: dict[tuple[str, int], Command],
    scales: Sequence[int],
    runs: int,
    versions: dict[str, str],
    context: dict[str, str],
) -> tuple[list[str], dict[str, object]]:
    names = {
        "bare": "flake8 -j1 (bare)",
        "plugin": "flake8 -j1 (+ flake8-asynclog)",
        "fix": "python -m flake8_asynclog.fix --diff",
    }
    out: list[str] = []
    stack = ", ".join(f"{k} {v}" for k, v in versions.items())
    out.append(
        f"Python {platform.python_version()} ({platform.python_implementation()}) on "
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs; {stack}"
    )
    out.append(
        f"corpus: {len(corpus.files)} stdlib files, {corpus.lines} lines "
        f"({corpus.nbytes / 1024:.0f} KiB) per copy, from {', '.join(corpus.packages)}"
    )
    for key, note in context.items():
        out.append(f"{key}: {note}")
    out.append(
        f"medians of {runs} interleaved runs (after one warm-up round); wall = whole-process "
        "wall time, CPU = the child's user + system time"
    )
    out.append("")
    header = (
        f"{'scale':>5} {'files':>6} {'lines':>8}  {'command':<38} "
        f"{'wall s':>8} {'min':>7} {'max':>7} {'CPU s':>8} {'peak RSS MB':>12}"
    )
    out.append(header)
    out.append("-" * len(header))
    for scale in scales:
        for name in ("bare", "plugin", "fix"):
            c = commands[name, scale]
            cpu = c.cpu_median
            out.append(
                f"{'x' + str(scale):>5} {len(corpus.files) * scale:>6} {corpus.lines * scale:>8}  "
                f"{names[name]:<38} {c.median:>8.3f} {min(c.times):>7.3f} {max(c.times):>7.3f} "
                f"{'n/a' if cpu is None else format(cpu, '.3f'):>8} {fmt_mb(c.peak_rss):>12}"
            )
    out.append("")

    def paired(a: Command, b: Command) -> str:
        ratios = sorted(x / y for x, y in zip(a.times, b.times))
        middle = statistics.median(ratios)
        return f"paired runs {ratios[0]:.3f}-{ratios[-1]:.3f}, median {middle:.3f}"

    def cpu_ratio(a: Command, b: Command) -> str:
        x, y = a.cpu_median, b.cpu_median
        return "CPU n/a" if x is None or y is None else f"CPU {x / y:.3f}x"

    results: dict[str, object] = {}
    out.append(f"{'ratio (of wall-time medians)':<48} {'measured':>9} {'target':>9}  ok")
    out.append("-" * 100)
    failed = False
    for scale in scales:
        bare, plugin, fix = (commands[n, scale] for n in ("bare", "plugin", "fix"))
        overhead = plugin.median / bare.median
        fix_ratio = fix.median / bare.median
        rows = (
            (
                f"plugin overhead: flake8+plugin / bare (x{scale})",
                overhead,
                TARGET_OVERHEAD,
                plugin,
            ),
            (f"fixer: fix --diff / bare flake8 (x{scale})", fix_ratio, TARGET_FIX_RATIO, fix),
        )
        for label, value, target, command in rows:
            ok = value <= target
            failed |= not ok
            out.append(
                f"{label:<48} {value:>8.3f}x {'<= ' + format(target, '.2f') + 'x':>9}  "
                f"{'yes' if ok else 'NO ':<3}  ({paired(command, bare)}; "
                f"{cpu_ratio(command, bare)})"
            )
        per_scale: dict[str, object] = {
            "files": len(corpus.files) * scale,
            "lines": corpus.lines * scale,
            "plugin_overhead": overhead,
            "fix_ratio": fix_ratio,
        }
        for name in ("bare", "plugin", "fix"):
            c = commands[name, scale]
            per_scale[name] = {
                "median_s": c.median,
                "times_s": c.times,
                "cpu_median_s": c.cpu_median,
                "peak_rss_bytes": c.peak_rss,
            }
        results[f"x{scale}"] = per_scale
    rss = commands["fix", scales[0]].peak_rss
    if rss is not None:
        ok = rss / MB < TARGET_RSS_MB
        failed |= not ok
        out.append(
            f"{f'fixer peak RSS (x{scales[0]})':<48} {rss / MB:>6.1f} MB {'< 150 MB':>9}  "
            f"{'yes' if ok else 'NO'}"
        )
    if len(scales) > 1:
        lo, hi = scales[0], scales[-1]
        out.append("")
        out.append(
            f"linearity, x{hi} / x{lo}: files {len(corpus.files) * hi} / {len(corpus.files) * lo}"
            f" = {hi / lo:.2f}, lines {corpus.lines * hi} / {corpus.lines * lo} = {hi / lo:.2f}"
        )
        for name in ("bare", "plugin", "fix"):
            a, b = commands[name, lo], commands[name, hi]
            ca, cb = a.cpu_median, b.cpu_median
            cpu_text = "" if ca is None or cb is None else f", CPU {cb / ca:.2f}"
            out.append(
                f"  {names[name]:<38} wall {b.median:>8.3f}s / {a.median:>7.3f}s = "
                f"{b.median / a.median:.2f}{cpu_text}  "
                f"({b.median / (corpus.lines * hi) * 1e6:.1f} vs "
                f"{a.median / (corpus.lines * lo) * 1e6:.1f} us/line); "
                f"peak RSS {fmt_mb(b.peak_rss)} vs {fmt_mb(a.peak_rss)} MB"
            )
    results["all_targets_met"] = not failed
    return out, results
