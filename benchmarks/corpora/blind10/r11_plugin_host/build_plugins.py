"""Build the plugin index shipped with releases:  python3 build_plugins.py > plugins.json"""
import importlib
import json
import logging
import pathlib

logging.basicConfig(level=logging.INFO, handlers=[logging.FileHandler("build.log")])
log = logging.getLogger("build")


def main():
    index = {}
    for path in sorted(pathlib.Path(__file__).with_name("plugins").glob("*.py")):
        module = importlib.import_module(f"plugins.{path.stem}")
        index[path.stem] = {"name": module.Plugin.name, "doc": (module.__doc__ or "").strip()}
        log.info("indexed %s", path.stem)
    print(json.dumps(index, indent=2))


if __name__ == "__main__":
    main()
