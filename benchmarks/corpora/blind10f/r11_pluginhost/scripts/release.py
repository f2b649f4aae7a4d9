"""Bump the version, tag, build (sync maintainer tool)."""
import logging
import re
import subprocess
import sys
from pathlib import Path

logging.basicConfig(filename="release.log", level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("release")


def bump(version: str) -> None:
    for path in (Path("pyproject.toml"), Path("pluginhost/__init__.py")):
        text = path.read_text()
        path.write_text(re.sub(r'\d+\.\d+\.\d+', version, text, count=1))
        log.info("bumped %s", path)
    subprocess.run(["git", "commit", "-am", f"release {version}"], check=True)
    subprocess.run(["git", "tag", f"v{version}"], check=True)


if __name__ == "__main__":
    bump(sys.argv[1])
