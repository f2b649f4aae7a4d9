"""Synchronous start-up checks."""
import logging

log = logging.getLogger("pipeline.precheck")
SCHEMA_VERSION = 3


def verify_schema() -> bool:
    log.info("schema version %s ok", SCHEMA_VERSION)
    return True
