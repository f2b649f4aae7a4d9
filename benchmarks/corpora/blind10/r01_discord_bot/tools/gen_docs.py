"""Developer helper: print the command reference that goes into docs/COMMANDS.md.

Run:  python3 tools/gen_docs.py > docs/COMMANDS.md
"""
import logging
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from cogs import music  # the cog classes carry their own descriptions

logging.basicConfig(filename="gen_docs.log", level=logging.INFO)


def main():
    commands = music.MusicQueue().describe()
    print("# Commands\n")
    for name, text in sorted(commands.items()):
        print(f"* `!{name}`: {text}")
    logging.info("wrote %d commands", len(commands))


if __name__ == "__main__":
    main()
