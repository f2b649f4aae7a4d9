#!/usr/bin/env python3
"""The fix-fidelity table: each program run before and after the fixer.

``python benchmarks/fidelity_table.py [FOLDER ...]`` (default: ``fixtures/runtime``)
runs every ``*.py`` of each folder as ``python NAME.py OUT`` before and after
``python -m flake8_asynclog.fix`` (see ``tests/fidelity.py``) and prints, per
program: the lines it wrote (records) before -> after, the records a blocking
handler wrote on a running loop's thread before -> after, whether every output
is the same byte for byte, and which outputs differ. It also prints the size
of the code the fix added. Exit 1 if any program's outputs differ.
"""

from __future__ import annotations

import difflib
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fidelity import before_and_after  # noqa: E402


def main(folders: list[str]) -> int:
    paths = [Path(f) for f in folders] or [ROOT / "fixtures" / "runtime"]
    programs = sorted(p for folder in paths for p in folder.glob("*.py"))
    failed = 0
    print(f"{'program':<28} {'records':>13} {'on loop':>11}  same  differs")
    for program in programs:
        with tempfile.TemporaryDirectory() as work:
            try:
                before, after, fixed = before_and_after(program, Path(work))
            except AssertionError as error:
                print(f"{program.stem:<28} not fixed: {str(error).splitlines()[0]}")
                continue
        added = len(fixed.splitlines()) - len(program.read_text("utf-8").splitlines())
        differs = sorted(k for k in before.outputs if before.outputs[k] != after.outputs.get(k))
        differs += sorted(k for k in after.outputs if k not in before.outputs)
        failed += bool(differs)
        records = f"{before.records} -> {after.records}"
        on_loop = f"{before.on_loop} -> {after.on_loop}"
        same = "yes" if not differs else "NO"
        print(f"{program.stem:<28} {records:>13} {on_loop:>11}  {same:<4}  {','.join(differs)}")
        print(f"{'':<28} (+{added} lines)")
        for key in differs[:1]:
            diff = difflib.unified_diff(
                before.outputs[key].decode().splitlines(),
                after.outputs.get(key, b"").decode().splitlines(),
                lineterm="",
                n=1,
            )
            print("\n".join(list(diff)[:12]))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
