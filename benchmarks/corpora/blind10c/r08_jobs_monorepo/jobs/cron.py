"""`jobs-cron`: print the crontab lines for the platform (synchronous)."""
import logging

log = logging.getLogger("jobs.cron")

SCHEDULE = {"jobs-reporter": "0 7 * * *", "jobs-migrate --check": "30 6 * * 1"}


def main():
    logging.basicConfig(filename="cron.log", level=logging.INFO)
    from jobs.common import db

    log.info("%d jobs pending while generating crontab", db.count_pending())
    for command, when in SCHEDULE.items():
        print(f"{when} {command}")


if __name__ == "__main__":
    main()
