"""Pure image work (runs in the default executor)."""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass

from PIL import Image

log = logging.getLogger(__name__)

FORMATS = {"webp": "image/webp", "jpeg": "image/jpeg", "png": "image/png"}


@dataclass(frozen=True)
class Spec:
    width: int | None
    height: int | None
    fmt: str

    @property
    def mime(self) -> str:
        return FORMATS[self.fmt]


def parse_spec(args) -> Spec:
    fmt = args.get("fm", "webp")
    if fmt not in FORMATS:
        log.info("unsupported format %r, using webp", fmt)
        fmt = "webp"
    w = args.get("w")
    h = args.get("h")
    return Spec(int(w) if w else None, int(h) if h else None, fmt)


def render(data: bytes, spec: Spec) -> bytes:
    with Image.open(io.BytesIO(data)) as img:
        img.thumbnail((spec.width or img.width, spec.height or img.height))
        out = io.BytesIO()
        img.save(out, format=spec.fmt.upper(), quality=82)
    return out.getvalue()
