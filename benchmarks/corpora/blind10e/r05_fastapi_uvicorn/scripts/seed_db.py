#!/usr/bin/env python3
"""Load the fixture catalogue (synchronous; run once after a deploy)."""
import json
import logging
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from app import db  # noqa: E402

logging.basicConfig(filename="seed.log", level=logging.INFO)

FIXTURES = '[{"id": 1, "name": "desk", "price": 120}, {"id": 2, "name": "chair", "price": 60}]'

if __name__ == "__main__":
    db.seed(json.loads(FIXTURES))
    print(f"{len(db.ITEMS)} items")
