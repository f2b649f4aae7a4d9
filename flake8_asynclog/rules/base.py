"""The rule record: one per code, holding everything a user reads about it."""

from __future__ import annotations

import ast
from dataclasses import dataclass

from ..findings import Finding
from ..fixes import Fix


@dataclass(frozen=True)
class Rule:
    """One lint rule: its code, message template, documentation and fixability.

    ``message`` is a ``str.format`` template filled from the evidence the rule
    found; ``summary`` is the one-line description shown in the README table;
    ``what`` / ``why`` / ``example`` / ``use_instead`` / ``fix_safety`` follow the
    shape of ruff's rule pages.
    """

    code: str
    name: str
    summary: str
    message: str
    what: str
    why: str
    example: str
    use_instead: str
    fixable: bool
    fix_safety: str = ""
    #: The program ``example`` and ``use_instead`` are run in (the tests check that the
    #: first is flagged at its ``# ASLnnn`` line and the second is clean): ``{code}``
    #: stands for either; the rest (imports, names they use) is not shown in the docs.
    context: str = "{code}"

    def program(self, code: str) -> str:
        """``code`` in this rule's :attr:`context`."""
        return self.context.replace("{code}", code.rstrip("\n"))

    def at(
        self,
        node: ast.AST,
        fix: Fix | None = None,
        **evidence: object,
    ) -> Finding:
        """A finding of this rule at ``node``'s position."""
        line = int(getattr(node, "lineno", 1))
        col = int(getattr(node, "col_offset", 0))
        return Finding(
            self.code,
            line,
            col,
            self.message.format(**evidence),
            fix if self.fixable else None,
        )
