"""Print the effective probe targets (sync helper for the ops runbook)."""
import json
import logging
import logging.config

logging.config.fileConfig("alembic.ini", disable_existing_loggers=False)
log = logging.getLogger("dump_config")

TARGETS_FILE = "targets.json"

if __name__ == "__main__":
    with open(TARGETS_FILE, encoding="utf-8") as fh:
        targets = json.load(fh)
    for name, target in sorted(targets.items()):
        print(f"{name:<12} {target}")
    log.info("%d targets", len(targets))
