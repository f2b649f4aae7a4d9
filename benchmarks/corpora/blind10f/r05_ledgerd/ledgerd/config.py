from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Config:
    host: str
    port: int
    data_dir: Path
    log_file: Path
    metrics_file: Path


def load_config() -> Config:
    data = Path(os.environ.get("LEDGERD_DATA", "/var/lib/ledgerd"))
    return Config(
        host=os.environ.get("LEDGERD_HOST", "127.0.0.1"),
        port=int(os.environ.get("LEDGERD_PORT", "7400")),
        data_dir=data,
        log_file=Path(os.environ.get("LEDGERD_LOG", "/var/log/ledgerd/ledgerd.log")),
        metrics_file=data / "metrics.log",
    )
