"""Bot configuration, read from a YAML file and the environment."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml

log = logging.getLogger(__name__)

DEFAULT_PATH = Path(os.environ.get("MATRIXBOT_CONFIG", "config.yaml"))


@dataclass
class Config:
    homeserver: str
    user_id: str
    device_id: str
    access_token: str
    command_prefix: str = "!"
    admins: list[str] = field(default_factory=list)
    log_level: str = "INFO"
    audit_dir: str | None = None
    alert_webhook: str | None = None
    health_interval: float = 60.0


def load_config(path: Path = DEFAULT_PATH) -> Config:
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    token = os.environ.get("MATRIXBOT_TOKEN") or raw.pop("access_token", "")
    if not token:
        log.warning("no access token configured; login will fail")
    return Config(access_token=token, **raw)
