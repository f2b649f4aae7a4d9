"""Validate a configuration without starting the hub:

    python3 -m hassd.tools.check_config [var/configuration.json]
"""
import logging
import sys

from hassd.config import check_config, load_config

if __name__ == "__main__":
    logging.basicConfig(filename="check_config.log", level=logging.INFO)
    cfg = load_config(sys.argv[1] if len(sys.argv) > 1 else "var/configuration.json")
    problems = check_config(cfg)
    print("configuration ok" if not problems else f"unknown integrations: {problems}")
    sys.exit(1 if problems else 0)
