"""Turn Matrix-style :shortcodes: into something IRC clients show."""
import asyncio
import logging

log = logging.getLogger("mxbridge.plugins.emoji")

SHORTCODES = {":tada:": "\\o/", ":eyes:": "(o_o)", ":+1:": "+1"}


def replace_shortcodes(text: str) -> tuple[str, int]:
    count = 0
    for code, ascii_art in SHORTCODES.items():
        if code in text:
            count += text.count(code)
            text = text.replace(code, ascii_art)
    return text, count


async def process(text: str) -> str:
    await asyncio.sleep(0)
    text, count = replace_shortcodes(text)
    log.debug("replaced %d shortcodes", count)
    return text
