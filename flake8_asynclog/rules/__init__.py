"""The rule registry: every rule record, and the checks that produce their findings."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Callable

from ..findings import Finding
from ..model import Model
from . import blocking, handlers, loguru, queues, starter
from .base import Rule

Check = Callable[[Model], Iterator[Finding]]

CHECKS: tuple[Check, ...] = (
    blocking.check,
    handlers.check,
    loguru.check,
    starter.check,
    queues.check,
)

RULES: dict[str, Rule] = {
    rule.code: rule
    for module in (blocking, handlers, loguru, starter, queues)
    for rule in vars(module).values()
    if isinstance(rule, Rule)
}
RULES = dict(sorted(RULES.items()))

__all__ = ["CHECKS", "RULES", "Rule"]
