"""Pipeline stages."""
import asyncio
import logging


def stage_logger(stage: str) -> logging.Logger:
    return logging.getLogger(f"pipeline.stage.{stage}")


async def extract(batch: list) -> list:
    log = stage_logger("extract")
    log.info("extracting %d records", len(batch))
    await asyncio.sleep(0)
    return [dict(r) for r in batch]


async def transform(rows: list) -> list:
    stage_logger("transform").info("transforming %d rows", len(rows))
    return [{**r, "total": r.get("qty", 0) * r.get("price", 0)} for r in rows]


async def load(rows: list) -> int:
    log = stage_logger("load")
    if not rows:
        log.warning("nothing to load")
        return 0
    await asyncio.sleep(0)
    log.info("loaded %d rows", len(rows))
    return len(rows)
