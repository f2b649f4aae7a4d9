import logging.config
import os
from pathlib import Path

import yaml

CONFIG_FILE = Path(__file__).resolve().parents[1] / "config" / "logging.yaml"


def setup_logging(path: Path = CONFIG_FILE) -> None:
    os.environ.setdefault("LOG_DIR", "/var/log/order-consumer")
    Path(os.environ["LOG_DIR"]).mkdir(parents=True, exist_ok=True)
    with path.open(encoding="utf-8") as fh:
        config = yaml.safe_load(os.path.expandvars(fh.read()))
    logging.config.dictConfig(config)
