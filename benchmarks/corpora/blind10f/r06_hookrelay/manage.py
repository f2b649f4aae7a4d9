"""Admin commands: python manage.py payments-report / purge-log (sync)."""
import logging
from collections import Counter

import click

from data import config


@click.group()
def cli():
    logging.basicConfig(filename="manage.log", level=logging.INFO)


@cli.command("payments-report")
def payments_report():
    counts = Counter()
    with open(config.PAYMENTS_LOG, encoding="utf-8") as fh:
        for line in fh:
            if " paid " in line:
                counts[line.split(" paid ")[1].split()[1]] += 1
    for currency, n in counts.most_common():
        click.echo(f"{currency}: {n}")
    logging.info("report over %d currencies", len(counts))


@cli.command("purge-log")
def purge_log():
    open(config.PAYMENTS_LOG, "w").close()
    logging.warning("payments log purged")


if __name__ == "__main__":
    cli()
