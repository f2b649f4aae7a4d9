import json
import os

from podlib.logutil import get_logger

log = get_logger("tags")


def write_sidecar(audio_name: str, out_dir: str = "tags") -> str:
    os.makedirs(out_dir, exist_ok=True)
    show, _, title = os.path.splitext(os.path.basename(audio_name))[0].partition("-")
    path = os.path.join(out_dir, os.path.basename(audio_name) + ".json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump({"artist": show, "title": title.replace("_", " ")}, fh)
    log.debug("wrote %s", path)
    return path
