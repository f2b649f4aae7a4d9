"""Offline maintenance: python -m app.cli export-csv out.csv"""

import csv
import logging
import os

import click
import psycopg

logging.basicConfig(filename="catalog-cli.log", level=logging.INFO)
log = logging.getLogger("catalog.cli")


@click.group()
def cli() -> None:
    pass


@cli.command("export-csv")
@click.argument("path")
def export_csv(path: str) -> None:
    with psycopg.connect(os.environ["DATABASE_URL"]) as conn, open(path, "w", newline="") as fh:
        writer = csv.writer(fh)
        for row in conn.execute("SELECT sku, title, price_cents FROM products ORDER BY sku"):
            writer.writerow(row)
    log.info("exported catalogue to %s", path)


if __name__ == "__main__":
    cli()
