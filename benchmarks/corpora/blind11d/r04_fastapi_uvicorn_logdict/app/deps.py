import logging
import os
from collections.abc import AsyncIterator

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

log = logging.getLogger(__name__)

engine = create_async_engine(os.environ.get("DATABASE_URL", "postgresql+asyncpg://localhost/inventory"))
SessionLocal = async_sessionmaker(engine, expire_on_commit=False)


async def get_db() -> AsyncIterator[AsyncSession]:
    async with SessionLocal() as session:
        try:
            yield session
        except Exception:
            log.exception("rolling back session")
            await session.rollback()
            raise
