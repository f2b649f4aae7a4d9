"""labmon-probe: one-shot checks from a shell (no event loop)."""
import logging
import sys

from labmon import checks


def main(argv=None) -> int:
    root = logging.getLogger()
    root.setLevel(logging.DEBUG)
    root.addHandler(logging.FileHandler("probe.log"))
    root.addHandler(logging.StreamHandler(sys.stdout))
    for name, host, port in checks.TARGETS:
        print(name, checks.tcp_probe(host, port))
    print(checks.disk_usage("/"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
