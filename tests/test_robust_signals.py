"""The fixer never leaves a partial file: atomic writes, and SIGINT / SIGTERM mid-batch
leave every file exactly old or exactly new, no temporary file, and exit 128 + signal."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from flake8_asynclog import sources as files
from flake8_asynclog.fix import cli, pipeline
from flake8_asynclog.sources import read_source, write_source

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

ROOT = Path(__file__).resolve().parent.parent
COPIES = 300
# ASL103 (libcst, a few rounds) and ASL106: each copy takes the fixer a few milliseconds.
OLD = b"""import asyncio
import logging

log = logging.getLogger("shop")


def setup_logging():
    logging.basicConfig(filename="shop.log", level=logging.INFO)


async def order(item):
    await log.info("ordered %s", item)
    logging.info("handled %s", item)


async def main():
    setup_logging()
    await order(1)
"""


def _default_sigint() -> None:
    # A shell starts background jobs with SIGINT ignored, and Python keeps it so: the
    # command under test must see the signal as a terminal would deliver it.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _fix(*args: str, cwd: Path, group: bool = False) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "flake8_asynclog.fix", *args],
        cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        preexec_fn=_default_sigint, start_new_session=group,
    )  # fmt: skip


def _changed(folder: Path) -> int:
    return sum(path.read_bytes() != OLD for path in folder.glob("m*.py"))


@pytest.mark.parametrize(
    ("signum", "jobs", "group"),
    [
        (signal.SIGINT, 1, False),
        (signal.SIGTERM, 1, False),
        (signal.SIGINT, 2, True),  # Ctrl-C: the whole process group, workers included
        (signal.SIGTERM, 2, False),
    ],
    ids=["SIGINT-j1", "SIGTERM-j1", "SIGINT-group-j2", "SIGTERM-j2"],
)
def test_interrupted_batch_leaves_every_file_old_or_new(
    tmp_path: Path, signum: int, jobs: int, group: bool
) -> None:
    reference = tmp_path / "reference"
    reference.mkdir()
    (reference / "m.py").write_bytes(OLD)
    done = _fix("reference", cwd=tmp_path)
    assert done.wait(timeout=60) == 1, done.communicate()[1]
    new = (reference / "m.py").read_bytes()
    assert new != OLD and b"await log.info" not in new

    batch = tmp_path / "batch"
    batch.mkdir()
    for index in range(COPIES):
        (batch / f"m{index:03d}.py").write_bytes(OLD)
    proc = _fix("-j", str(jobs), "batch", cwd=tmp_path, group=group)
    deadline = time.monotonic() + 60
    while _changed(batch) < 10 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    if group:
        os.killpg(proc.pid, signum)
    else:
        proc.send_signal(signum)
    _, err = proc.communicate(timeout=60)
    stderr = err.decode()

    assert proc.returncode == 128 + signum, stderr
    assert "Traceback" not in stderr
    contents = {path.name: path.read_bytes() for path in batch.iterdir()}
    assert sorted(contents) == [f"m{index:03d}.py" for index in range(COPIES)]  # no temp
    changed = sorted(name for name, data in contents.items() if data != OLD)
    assert all(contents[name] == new for name in changed), "a file is neither old nor new"
    assert 10 <= len(changed) < COPIES, "not stopped mid-batch"
    if jobs == 1:
        assert changed == sorted(contents)[: len(changed)], "not stopped between files"
    # Every file written was reported, and the rest is counted as not processed.
    lines = stderr.splitlines()
    assert sorted({line.split(":")[0] for line in lines if "fixed ASL" in line}) == [
        f"batch/{name}" for name in changed
    ]
    name = signal.Signals(signum).name
    assert f"{cli.PROG}: interrupted by {name}; {COPIES - len(changed)} paths not processed." in (
        lines
    )
    assert lines[-1].startswith(f"Fixed {2 * len(changed)} findings in {len(changed)} files;")


def test_second_signal_stops_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for index in range(3):
        (tmp_path / f"m{index}.py").write_bytes(OLD)
    monkeypatch.chdir(tmp_path)
    real = pipeline.process_file

    def impatient(path: str, options: pipeline.Options) -> pipeline.FileOutcome:
        os.kill(os.getpid(), signal.SIGINT)  # finish this file, start no other ...
        real(path, options)
        os.kill(os.getpid(), signal.SIGINT)  # ... no: stop now
        time.sleep(1)
        raise AssertionError("the second signal did not stop the run")

    monkeypatch.setattr(pipeline, "process_file", impatient)
    before = signal.getsignal(signal.SIGINT)
    assert cli.main(["-j", "1", "."]) == 130
    assert capsys.readouterr().err.splitlines()[-1] == f"{cli.PROG}: interrupted"
    assert signal.getsignal(signal.SIGINT) is before  # handlers restored
    assert (tmp_path / "m0.py").read_bytes() != OLD  # the first file was written whole
    assert [p.read_bytes() for p in sorted(tmp_path.iterdir())][1:] == [OLD, OLD]


def test_first_signal_finishes_the_file_then_stops(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for index in range(3):
        (tmp_path / f"m{index}.py").write_bytes(OLD)
    monkeypatch.chdir(tmp_path)
    real = pipeline.process_file

    def signalled(path: str, options: pipeline.Options) -> pipeline.FileOutcome:
        os.kill(os.getpid(), signal.SIGTERM)
        return real(path, options)

    monkeypatch.setattr(pipeline, "process_file", signalled)
    assert cli.main(["."]) == 143
    err = capsys.readouterr().err.splitlines()
    assert f"{cli.PROG}: interrupted by SIGTERM; 2 paths not processed." in err
    assert err[-1].startswith("Fixed 2 findings in 1 file;")
    assert [p.read_bytes() == OLD for p in sorted(tmp_path.iterdir())] == [False, True, True]


def test_ignored_signals_stay_ignored() -> None:
    interrupt = cli.Interrupt()
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        with cli.catching_signals(interrupt):
            assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
            assert signal.getsignal(signal.SIGTERM) is interrupt
        assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
    finally:
        signal.signal(signal.SIGINT, previous)


@pytest.mark.parametrize("where", ["write", "fsync", "chmod", "replace"])
def test_interrupt_inside_a_write_leaves_the_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    path = tmp_path / "a.py"
    path.write_bytes(OLD)
    decoded = read_source(str(path))

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    if where == "write":
        real_fdopen = os.fdopen

        class Handle:
            def __init__(self, fd: int, mode: str) -> None:
                self.inner = real_fdopen(fd, mode)

            def __enter__(self) -> Handle:
                return self

            def __exit__(self, *exc: object) -> None:
                self.inner.close()

            def write(self, data: bytes) -> None:
                self.inner.write(data[: len(data) // 2])  # half written, then Ctrl-C
                self.inner.flush()
                raise KeyboardInterrupt

        monkeypatch.setattr(files.os, "fdopen", Handle)
    else:
        monkeypatch.setattr(files.os, where, interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_source(str(path), decoded.text.replace("await ", ""), decoded)
    monkeypatch.undo()
    assert path.read_bytes() == OLD
    assert [p.name for p in tmp_path.iterdir()] == ["a.py"]
