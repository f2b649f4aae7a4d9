from __future__ import annotations

import asyncio
import io
import logging

from PIL import Image

log = logging.getLogger(__name__)
SIZES = (128, 512)


def _render(data: bytes, size: int) -> bytes:
    with Image.open(io.BytesIO(data)) as im:
        im.thumbnail((size, size))
        out = io.BytesIO()
        im.convert("RGB").save(out, "JPEG", quality=85)
        return out.getvalue()


async def render_all(data: bytes) -> dict[int, bytes]:
    results = await asyncio.gather(*(asyncio.to_thread(_render, data, s) for s in SIZES))
    log.info("rendered %d sizes from %d bytes", len(results), len(data))
    return dict(zip(SIZES, results))
