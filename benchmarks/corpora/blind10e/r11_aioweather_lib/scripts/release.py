#!/usr/bin/env python3
"""Maintainer tool: print the next version and the changelog header (synchronous)."""
import logging
import pathlib
import re

logging.basicConfig(filename="release.log", level=logging.INFO, format="%(asctime)s %(message)s")
ROOT = pathlib.Path(__file__).resolve().parent.parent


def next_version(kind="patch"):
    current = re.search(r'version = "([^"]+)"', (ROOT / "pyproject.toml").read_text()).group(1)
    major, minor, patch = map(int, current.split("."))
    bumped = {"major": (major + 1, 0, 0), "minor": (major, minor + 1, 0), "patch": (major, minor, patch + 1)}[kind]
    logging.info("bump %s -> %s", current, bumped)
    return ".".join(map(str, bumped))


if __name__ == "__main__":
    print(f"## {next_version()}")
