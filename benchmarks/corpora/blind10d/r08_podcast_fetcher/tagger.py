"""tagger: write tag sidecars for downloaded episodes (a separate tool, run after podfetch)."""
import asyncio
import logging
import os
import sys

from podlib import tags

DEMO = ["changelog-Episode_101.mp3", "changelog-Episode_102.mp3", "cover.jpg"]


async def tag_one(name: str):
    if "-" not in name or not name.endswith(".mp3"):
        logging.warning("%s: not an episode file, skipped", name)
        return None
    return await asyncio.to_thread(tags.write_sidecar, name)


async def tag_all(folder: str) -> list:
    if os.path.isdir(folder):
        names = sorted(os.listdir(folder))
    else:
        logging.warning("%s does not exist, tagging the demo list", folder)
        names = DEMO
    results = await asyncio.gather(*(tag_one(n) for n in names))
    return [r for r in results if r]


if __name__ == "__main__":
    print(asyncio.run(tag_all(sys.argv[1] if len(sys.argv) > 1 else "downloads")))
