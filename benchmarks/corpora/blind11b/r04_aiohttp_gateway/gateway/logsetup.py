import logging
import logging.config
import os
from pathlib import Path

import yaml

from gateway.diag import StderrJsonHandler

DEFAULT_CONFIG = Path(__file__).with_name("logging.yaml")


def setup_logging(path: Path = DEFAULT_CONFIG) -> None:
    text = os.path.expandvars(path.read_text(encoding="utf-8"))
    logging.config.dictConfig(yaml.safe_load(text))

    ratelimit = logging.getLogger("gateway.ratelimit")
    ratelimit.propagate = False
    ratelimit.addHandler(StderrJsonHandler())
