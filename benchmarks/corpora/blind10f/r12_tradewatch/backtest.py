"""Replay a CSV of prices against a watchlist to see which alerts would have fired (sync)."""
import csv
import logging
import sys

from tradewatch.strategies import crossed

logging.basicConfig(filename="backtest.log", level=logging.DEBUG)
log = logging.getLogger("backtest")


def run(path: str, levels: list[float]) -> int:
    fired, previous = 0, None
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            price = float(row["close"])
            if previous is not None:
                for level in levels:
                    if crossed(previous, price, level):
                        fired += 1
                        log.info("%s: crossed %s", row["date"], level)
            previous = price
    return fired


if __name__ == "__main__":
    print(run(sys.argv[1], [float(x) for x in sys.argv[2:]]))
