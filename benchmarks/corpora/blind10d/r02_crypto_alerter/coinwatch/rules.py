import logging
from dataclasses import dataclass
from typing import Optional

from coinwatch.alerts import ALERT_LOG

_trace = logging.getLogger("coinwatch.rules.trace")
_trace.addHandler(logging.NullHandler())
_trace.propagate = False


@dataclass
class Rule:
    symbol: str
    above: Optional[float] = None
    below: Optional[float] = None

    def matches(self, tick) -> bool:
        if tick.symbol != self.symbol:
            return False
        if self.above is not None and tick.price > self.above:
            return True
        return self.below is not None and tick.price < self.below

    def describe(self) -> str:
        return f"{self.symbol} {'>' if self.above is not None else '<'} {self.above or self.below}"


async def evaluate(rules, tick) -> int:
    _trace.debug("evaluating %s %.2f", tick.symbol, tick.price)
    fired = 0
    for rule in rules:
        if rule.matches(tick):
            ALERT_LOG.warning("%s %s at %.2f (%s)", tick.exchange, tick.symbol, tick.price, rule.describe())
            fired += 1
    return fired
