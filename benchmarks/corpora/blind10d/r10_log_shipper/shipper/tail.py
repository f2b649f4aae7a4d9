import asyncio
import logging

log = logging.getLogger(__name__)


def _read_from(path: str, offset: int):
    with open(path, "rb") as fh:
        fh.seek(offset)
        data = fh.read()
    return data, offset + len(data)


async def read_new(path: str, offset: int):
    data, new_offset = await asyncio.to_thread(_read_from, path, offset)
    lines = data.decode(errors="replace").splitlines()
    log.debug("%s: %d new lines", path, len(lines))
    return lines, new_offset
