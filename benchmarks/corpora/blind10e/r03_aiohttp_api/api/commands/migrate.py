"""Management command: `python -m api.commands.migrate` applies schema migrations (synchronous)."""
import logging
import logging.config
import pathlib

MIGRATIONS = ["0001_items", "0002_item_tags"]


def main():
    ini = pathlib.Path(__file__).resolve().parents[2] / "alembic.ini"
    logging.config.fileConfig(ini, disable_existing_loggers=False)
    log = logging.getLogger("migrate")
    for name in MIGRATIONS:
        log.info("applying %s", name)


if __name__ == "__main__":
    main()
