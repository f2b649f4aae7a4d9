"""Schema migrations, applied synchronously before the server starts."""

import logging
import os

import psycopg

MIGRATIONS = [
    "CREATE TABLE IF NOT EXISTS products (id SERIAL PRIMARY KEY, name TEXT NOT NULL, price_cents INT)",
    "CREATE INDEX IF NOT EXISTS products_name ON products (name)",
]


def run_migrations() -> None:
    mlog = logging.getLogger("service.migrations")
    mlog.addHandler(logging.FileHandler("logs/migrations.log"))
    with psycopg.connect(os.environ["DATABASE_URL"]) as conn:
        for stmt in MIGRATIONS:
            conn.execute(stmt)
            mlog.info("applied: %s", stmt[:60])
