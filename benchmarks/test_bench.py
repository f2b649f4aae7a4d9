"""Smoke tests of the benchmark script (no timing, no venvs, no network).

Not part of the default test run (``testpaths = tests``); run them with
``python -m pytest benchmarks``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_corpus

HERE = Path(__file__).resolve().parent


def test_help_runs() -> None:
    for script in ("bench.py", "profile_checker.py"):
        done = subprocess.run(
            [sys.executable, str(HERE / script), "--help"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert "--files" in done.stdout


def test_the_slice_is_deterministic_and_about_200_files() -> None:
    first = bench_corpus.select_files(200)
    assert first == bench_corpus.select_files(200)
    assert 150 <= len(first) <= 200
    assert all(name.endswith(".py") for name, _ in first)
    assert not any(set(name.split("/")) & bench_corpus.SKIP_DIRS for name, _ in first)


def test_corpus_copies_and_config(tmp_path: Path) -> None:
    corpus = bench_corpus.build_corpus(tmp_path, 5, [1, 2], loose=False)
    assert corpus.copies(2) == ["copy1", "copy2"]
    for scale in (1, 2):
        root = corpus.roots[scale]
        assert (root / "setup.cfg").read_text() == "[flake8]\n"
        assert sorted(p.name for p in root.iterdir()) == sorted(
            ["setup.cfg", *corpus.copies(scale)]
        )
        for copy in corpus.copies(scale):
            for name in corpus.files:
                assert (root / copy / name).is_file()
    assert corpus.lines > 0


def test_loose_corpus_has_no_project_marker(tmp_path: Path) -> None:
    corpus = bench_corpus.build_corpus(tmp_path, 3, [1], loose=True)
    assert (corpus.roots[1] / ".flake8").is_file()
    assert not (corpus.roots[1] / "setup.cfg").exists()
