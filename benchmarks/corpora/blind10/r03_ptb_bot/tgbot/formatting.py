"""Telegram MarkdownV2 helpers."""
import re

from .compat import logging

log = logging.getLogger(__name__)

_SPECIAL = re.compile(r"([_*\[\]()~`>#+\-=|{}.!])")


def escape_markdown(text):
    return _SPECIAL.sub(r"\\\1", text)


async def render_card(user, text):
    log.info("rendering welcome card for %s", user)
    return f"*{escape_markdown(user)}*\n{escape_markdown(text)}"


if __name__ == "__main__":
    logging.basicConfig(filename="formatting-demo.log", level=logging.DEBUG)
    sample = "*bold* _italic_ [link](https://example.org)"
    print(escape_markdown(sample))
