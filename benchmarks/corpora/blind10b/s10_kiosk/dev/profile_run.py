"""Profiles building the screen table (dev helper, synchronous)."""
import cProfile
import logging
import pstats
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from kiosk import screens

logging.basicConfig(filename="profile.log", level=logging.DEBUG)


def build_table(n: int = 2000) -> list:
    return [screens.SCREENS[i % len(screens.SCREENS)] for i in range(n)]


if __name__ == "__main__":
    profiler = cProfile.Profile()
    profiler.runcall(build_table)
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(3)
    logging.getLogger("dev.profile").info("profiled build_table")
