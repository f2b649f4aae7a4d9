import asyncio
import os
import re

from podfetch import LOG


def safe_name(episode) -> str:
    return re.sub(r"[^\w.-]+", "_", f"{episode.show}-{episode.title}") + ".mp3"


def write_file(path: str, data: bytes) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(data)


async def fetch_episode(episode, dest: str) -> bool:
    LOG.info("fetching %s", episode.url)
    path = os.path.join(dest, safe_name(episode))
    if os.path.exists(path):
        LOG.info("already have %s", path)
        return False
    await asyncio.sleep(0)
    data = f"ID3 {episode.title}\n".encode() * 4
    await asyncio.to_thread(write_file, path, data)
    LOG.info("saved %s (%d bytes)", path, len(data))
    return True
