"""Settings and the logging configuration of the web process."""
import json
import os
from pathlib import Path
from string import Template

LOG_DIR = os.environ.get("GATEWAY_LOG_DIR", "logs")
UPSTREAM_DSN = os.environ.get("GATEWAY_DSN", "sqlite:///gateway.db")


def load_logging_config(path: Path = Path(__file__).with_name("logging.json")) -> dict:
    text = Template(path.read_text()).safe_substitute(
        LOG_DIR=LOG_DIR, LOG_LEVEL=os.environ.get("GATEWAY_LOG_LEVEL", "INFO")
    )
    return json.loads(text)
