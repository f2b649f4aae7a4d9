"""The fixer's summary: positions in the file the user has, what is left counted after the run."""

from __future__ import annotations

from pathlib import Path

from flake8_asynclog.fix.pipeline import LineMap

from .helpers import fixer

PROGRAM = """\
import asyncio
import logging
import sys

log = logging.getLogger("worker")


async def main(folder):
    log.addHandler(logging.FileHandler(f"{folder}/worker.log", "w"))
    log.info("started")


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
"""


def test_diff_reports_what_is_left_at_its_line_in_the_file_on_disk(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(PROGRAM)
    result = fixer("--diff", "app.py", cwd=tmp_path)
    assert result.returncode == 1
    assert "app.py:9:5: would fix ASL103" in result.stderr
    assert "app.py:9:20: ASL104 FileHandler() without delay=True" in result.stderr
    assert "1 finding in 1 file; 1 left for a person" in result.stderr


def test_after_writing_what_is_left_is_placed_in_the_new_file(tmp_path: Path) -> None:
    path = tmp_path / "app.py"
    path.write_text(PROGRAM)
    result = fixer("app.py", cwd=tmp_path)
    assert result.returncode == 1
    left = [line for line in result.stderr.splitlines() if line.endswith("(not fixed)")]
    assert len(left) == 1 and "ASL104" in left[0]
    number = int(left[0].split(":")[1])
    assert "logging.FileHandler(" in path.read_text().splitlines()[number - 1]
    assert "1 left for a person" in result.stderr


def test_line_map_keeps_old_lines_and_puts_added_ones_at_the_line_they_follow() -> None:
    old = "a\nb\nc\n"
    new = "a\nx\ny\nb\nc\nz\n"
    mapping = LineMap.between(new, old)
    assert [mapping.line(n) for n in range(1, 7)] == [1, 1, 1, 2, 3, 3]
    assert LineMap.identity().then(mapping).line(4) == 2
    assert mapping.then(LineMap.between(old, "q\n" + old)).line(4) == 3
