#!/usr/bin/env python3
"""CI step: make sure config/logging.ini still parses and names existing handlers."""
import logging
import logging.config
import pathlib
import sys

INI = pathlib.Path(__file__).resolve().parent.parent / "config" / "logging.ini"

if __name__ == "__main__":
    logging.config.fileConfig(INI)
    names = [type(h).__name__ for h in logging.getLogger().handlers]
    print("root handlers:", ", ".join(names))
    sys.exit(0 if names else 1)
