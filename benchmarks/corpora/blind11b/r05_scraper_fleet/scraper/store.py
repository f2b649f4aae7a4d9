import aiosqlite

from scraper.parse import Listing


class Store:
    def __init__(self, path: str) -> None:
        self.path = path
        self.conn: aiosqlite.Connection | None = None

    async def open(self) -> None:
        self.conn = await aiosqlite.connect(self.path)
        await self.conn.execute(
            "CREATE TABLE IF NOT EXISTS listings (url TEXT PRIMARY KEY, title TEXT, price REAL)"
        )

    async def save(self, listing: Listing) -> None:
        await self.conn.execute(
            "INSERT OR REPLACE INTO listings VALUES (?, ?, ?)",
            (listing.url, listing.title, listing.price),
        )
        await self.conn.commit()

    async def close(self) -> None:
        if self.conn is not None:
            await self.conn.close()
