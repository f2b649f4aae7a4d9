"""Writes a starter banned-words file (dev helper, synchronous)."""
import json
import logging
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from relay.cogs.moderation import BANNED_WORDS

logging.basicConfig(filename="seed.log", level=logging.DEBUG)
log = logging.getLogger("relay.seed")

if __name__ == "__main__":
    out = Path(tempfile.gettempdir()) / "relay-banned.json"
    out.write_text(json.dumps(sorted(BANNED_WORDS)))
    log.info("wrote %s", out)
