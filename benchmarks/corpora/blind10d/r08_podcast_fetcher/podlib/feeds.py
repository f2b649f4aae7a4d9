import asyncio
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from podlib.logutil import get_logger

log = get_logger("feeds")

SAMPLE_XML = """<rss><channel><title>changelog</title>
<item><title>Episode 101</title><guid>changelog-101</guid><enclosure url="https://cdn.example/changelog/101.mp3"/></item>
<item><title>Episode 102</title><guid>changelog-102</guid><enclosure url="https://cdn.example/changelog/102.mp3"/></item>
</channel></rss>"""


@dataclass
class Episode:
    show: str
    title: str
    guid: str
    url: str


SEEN = set()


def parse(show: str, xml_text: str) -> list:
    root = ET.fromstring(xml_text)
    items = root.findall("./channel/item")
    log.debug("%s: %d items in feed", show, len(items))
    return [Episode(show, i.findtext("title"), i.findtext("guid"), i.find("enclosure").get("url")) for i in items]


async def refresh(show: str, xml_text: str) -> list:
    await asyncio.sleep(0)
    episodes = [e for e in parse(show, xml_text) if e.guid not in SEEN]
    SEEN.update(e.guid for e in episodes)
    log.info("%s: %d new episode(s)", show, len(episodes))
    return episodes
