"""Load demo notes: `python scripts/seed_db.py demo.json` (synchronous, psycopg)."""

import json
import logging
import os
import sys

import psycopg

logging.basicConfig(filename="seed.log", level=logging.INFO)
log = logging.getLogger("notes.seed")


def main(path: str) -> None:
    with open(path) as f, psycopg.connect(os.environ["DATABASE_URL"]) as conn:
        notes = json.load(f)
        for n in notes:
            conn.execute("INSERT INTO notes (owner, title, body) VALUES (%s, %s, %s)", (n["owner"], n["title"], n["body"]))
    log.info("seeded %d notes", len(notes))


if __name__ == "__main__":
    main(sys.argv[1])
