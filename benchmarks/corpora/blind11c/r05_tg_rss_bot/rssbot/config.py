"""config.toml lives in the project root, one level above this package."""

from __future__ import annotations

import tomllib
from pathlib import Path

CONFIG_FILE = Path(__file__).parent.parent / "config.toml"

with CONFIG_FILE.open("rb") as _fh:
    settings = tomllib.load(_fh)

BOT = settings["bot"]
FEEDS = settings["feeds"]
