"""Before/after pairs: the fixer's output, its idempotency, and fixed programs that still run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flake8_asynclog.checker import analyze
from flake8_asynclog.config import CodeSelection
from flake8_asynclog.fix.pipeline import Options, fix_text
from flake8_asynclog.settings import DEFAULT_SETTINGS

from .helpers import FIXTURES, run_script

PAIRS = sorted(p for p in (FIXTURES / "fix").glob("*.py") if not p.name.endswith(".fixed.py"))
OPTIONS = Options(DEFAULT_SETTINGS, CodeSelection())


def fixed_path(path: Path) -> Path:
    return path.with_name(path.stem + ".fixed.py")


def fix(text: str, path: Path) -> str:
    return fix_text(text, str(path), OPTIONS)[0]


@pytest.mark.parametrize("path", PAIRS, ids=[p.stem for p in PAIRS])
def test_fix_output_matches_the_fixed_file(path: Path) -> None:
    before = path.read_text(encoding="utf-8")
    after = fixed_path(path).read_text(encoding="utf-8")
    assert before != after, "a pair must show a change"
    assert fix(before, path) == after


@pytest.mark.parametrize("path", PAIRS, ids=[p.stem for p in PAIRS])
def test_fixed_file_is_stable_and_has_nothing_left_to_fix(path: Path) -> None:
    target = fixed_path(path)
    after = target.read_text(encoding="utf-8")
    assert fix(after, target) == after
    compile(after, str(target), "exec")
    left = [f for f in analyze(after, str(target), DEFAULT_SETTINGS) if f.fix is not None]
    assert not left


def test_pairs_cover_every_fixable_code() -> None:
    from flake8_asynclog.rules import RULES

    codes = set()
    for path in PAIRS:
        codes.update(f.code for f in analyze(path.read_text("utf-8"), str(path), DEFAULT_SETTINGS))
    fixable = {code for code, rule in RULES.items() if rule.fixable}
    assert fixable <= codes


def records(text: str) -> list[str]:
    """Log lines, order-free, without traceback frames (file names and lines move)."""
    return sorted(
        line for line in text.splitlines() if not line.lstrip().startswith(("File ", "^"))
    )


def test_fixed_tutorial_program_emits_the_same_records(tmp_path: Path) -> None:
    original = FIXTURES / "fix" / "tutorial_blocking.py"
    before = run_script(original, cwd=tmp_path, timeout=120, check=True).stderr
    after = run_script(fixed_path(original), cwd=tmp_path, timeout=120, check=True).stderr
    assert len(before.splitlines()) == 22
    assert records(after) == records(before)


def test_fixed_slow_handler_keeps_every_record_and_frees_the_loop(tmp_path: Path) -> None:
    original = FIXTURES / "fix" / "slow_file_handler.py"
    lags = {}
    logs = {}
    for name, script in (("before", original), ("after", fixed_path(original))):
        log = tmp_path / f"{name}.log"
        done = run_script(script, str(log), cwd=tmp_path, timeout=120, check=True)
        lags[name] = json.loads(done.stdout)["max_lag"]
        logs[name] = records(log.read_text(encoding="utf-8"))
    assert len(logs["before"]) > 100
    assert logs["after"] == logs["before"]
    # The loop waited on the slow disk before the fix, and far less after it.
    assert lags["after"] * 5 < lags["before"], lags


ALL = sorted(p for p in FIXTURES.rglob("*.py") if p.parent.name != "fix")


@pytest.mark.parametrize("path", ALL, ids=[str(p.relative_to(FIXTURES)) for p in ALL])
def test_fixing_any_fixture_compiles_is_stable_and_leaves_nothing_fixable(path: Path) -> None:
    new, fixed, left = fix_text(path.read_text(encoding="utf-8"), str(path), OPTIONS)
    compile(new, str(path), "exec")
    assert fix(new, path) == new
    assert not [f for f in left if f.fix is not None]
    if any(f.fix for f in analyze(path.read_text("utf-8"), str(path), DEFAULT_SETTINGS)):
        assert fixed, "a fixable finding was reported but nothing was fixed"


def test_fixed_listener_program_writes_every_record(tmp_path: Path) -> None:
    """ASL305 (no bound), ASL204 (stop in finally), ASL104 (delay): nothing dropped."""
    original = FIXTURES / "fix" / "listener_lifecycle.py"
    outputs = {}
    for name, script in (("before", original), ("after", fixed_path(original))):
        folder = tmp_path / name
        folder.mkdir()
        done = run_script(script, str(folder), cwd=tmp_path, timeout=120, check=True)
        outputs[name] = (done.stderr, sorted(p.name for p in folder.iterdir()))
        outputs[name + "-jobs"] = (folder / "jobs.log").read_text(encoding="utf-8").splitlines()
        outputs[name + "-job-0"] = (folder / "job-0.log").read_text(encoding="utf-8")
    assert len(outputs["after-jobs"]) == 3 * 20 + 1  # every step of every job, and the last line
    assert outputs["after-jobs"][-1] == "all jobs done"
    assert set(outputs["before-jobs"]) <= set(outputs["after-jobs"])
    assert outputs["after"] == ("", outputs["before"][1])  # no logging error, the same files
    assert outputs["after-job-0"] == outputs["before-job-0"] == "job 0 done\n"


def test_fixed_loguru_program_writes_every_message_in_order(tmp_path: Path) -> None:
    """ASL108: enqueue=True keeps the file's and stderr's messages, in their order, and
    the one logged after the loop."""
    pytest.importorskip("loguru")
    original = FIXTURES / "fix" / "loguru_sinks.py"
    outputs = {}
    for name, script in (("before", original), ("after", fixed_path(original))):
        log = tmp_path / f"{name}.log"
        done = run_script(script, str(log), cwd=tmp_path, timeout=120, check=True)
        outputs[name] = (done.stderr, log.read_text(encoding="utf-8"))
    assert outputs["after"] == outputs["before"]
    stderr, text = outputs["after"]
    assert len(text.splitlines()) == 4 * 50 + 4 + 1
    assert stderr.splitlines()[-1] == "all feeds done"
