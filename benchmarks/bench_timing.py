"""Timing whole processes: wall time, CPU time and peak RSS, interleaved rounds."""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench_venvs import child_env


@dataclass
class Sample:
    seconds: float  # wall
    cpu: float | None  # user + system of the child
    rss: int | None  # bytes
    status: int


@dataclass
class Command:
    label: str
    argv: list[str]
    scale: int
    cwd: Path
    samples: list[Sample] = field(default_factory=list)
    stdout: bytes = b""
    stderr: bytes = b""

    @property
    def times(self) -> list[float]:
        return [s.seconds for s in self.samples]

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def cpu_median(self) -> float | None:
        values = [s.cpu for s in self.samples if s.cpu is not None]
        return statistics.median(values) if values else None

    @property
    def peak_rss(self) -> int | None:
        values = [s.rss for s in self.samples if s.rss is not None]
        return max(values) if values else None


def run_once(argv: Sequence[str], cwd: Path, out: Path, err: Path) -> Sample:
    """One whole-process run: wall time, exit status and the child's own peak RSS."""
    env = child_env()
    with out.open("wb") as stdout, err.open("wb") as stderr:
        start = time.perf_counter()
        proc = subprocess.Popen(list(argv), cwd=cwd, env=env, stdout=stdout, stderr=stderr)
        if hasattr(os, "wait4"):
            _, wstatus, usage = os.wait4(proc.pid, 0)
            seconds = time.perf_counter() - start
            status = os.waitstatus_to_exitcode(wstatus)
            proc.returncode = status  # reaped here; keep Popen from waiting again
            # ru_maxrss: KiB on Linux and the BSDs, bytes on macOS.
            rss = usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024)
            return Sample(seconds, usage.ru_utime + usage.ru_stime, rss, status)
        status = proc.wait()
        return Sample(time.perf_counter() - start, None, None, status)


def measure(commands: list[Command], runs: int, workdir: Path) -> None:
    """Warm-up round, then ``runs`` interleaved rounds over ``commands``."""
    out, err = workdir / "stdout", workdir / "stderr"
    for round_ in range(runs + 1):
        label = "warm-up" if round_ == 0 else f"run {round_}/{runs}"
        print(f"bench: {label}", end="", file=sys.stderr, flush=True)
        for command in commands:
            sample = run_once(command.argv, command.cwd, out, err)
            print(
                f"  {command.label}@x{command.scale} {sample.seconds:.2f}s",
                end="",
                file=sys.stderr,
                flush=True,
            )
            if round_ == 0:
                command.stdout, command.stderr = out.read_bytes(), err.read_bytes()
            else:
                command.samples.append(sample)
        print(file=sys.stderr)


def instructions(argv: Sequence[str], cwd: Path) -> int | None:
    """Instructions the whole process ran, counted by valgrind (``None`` without it).

    Unlike wall or CPU time this does not scatter with the machine's load or clock, so
    one run per command gives the plugin's cost. Slow (about 30x): x1 only.
    """
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        return None
    done = subprocess.run(
        [valgrind, "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null", *argv],
        cwd=cwd,
        env=child_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    match = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    return int(match.group(1).replace(",", "")) if match else None
