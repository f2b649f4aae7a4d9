"""CI: sanity-check the monitored targets."""
import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from labmon.checks import TARGETS  # noqa: E402

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s %(message)s")
bad = [t for t in TARGETS if not (0 < t[2] < 65536)]
for name, host, port in TARGETS:
    logging.info("target %s -> %s:%d", name, host, port)
sys.exit(1 if bad else 0)
