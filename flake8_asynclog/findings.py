"""What the checker reports: one finding per flagged call or statement."""

from __future__ import annotations

from dataclasses import dataclass, field

from .fixes import Fix


@dataclass(frozen=True)
class Finding:
    """A rule violation at a position flake8 would print.

    ``line`` is 1-based and ``col`` 0-based, as in ``ast``. ``fix`` carries
    what the fixer needs to rewrite the code at that position (decided by the
    checker, so the fixer never re-analyses); ``None`` when nothing is fixable.
    """

    code: str
    line: int
    col: int
    message: str
    fix: Fix | None = field(default=None, compare=False, hash=False)

    @property
    def text(self) -> str:
        """The finding as flake8 shows it: ``ASLnnn message``."""
        return f"{self.code} {self.message}"
