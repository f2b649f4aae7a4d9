import os

from databases import Database

database = Database(os.environ.get("DATABASE_URL", "postgresql+asyncpg://localhost/ledger"))
