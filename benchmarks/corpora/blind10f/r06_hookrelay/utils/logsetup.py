import logging
import sys

from data import config

FORMAT = "%(filename)s:%(lineno)d #%(levelname)-8s [%(asctime)s] - %(name)s - %(message)s"


def setup_logging() -> None:
    logging.basicConfig(
        level=logging.INFO,
        format=FORMAT,
        handlers=[logging.StreamHandler(sys.stdout)],
    )
    # payments and refunds go to an audit file only
    ledger = logging.FileHandler(config.PAYMENTS_LOG, encoding="utf-8")
    ledger.setFormatter(logging.Formatter("%(asctime)s %(name)s %(message)s"))
    for name in ("hookrelay.payments", "hookrelay.refunds"):
        audit = logging.getLogger(name)
        audit.propagate = False
        audit.setLevel(logging.INFO)
        audit.addHandler(ledger)
