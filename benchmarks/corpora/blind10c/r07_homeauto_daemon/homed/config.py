import argparse


def parse_args(argv=None):
    parser = argparse.ArgumentParser(prog="homed")
    parser.add_argument("--logfile", default="homed.log")
    parser.add_argument("--syslog-host", default="127.0.0.1")
    parser.add_argument("--mqtt-host", default="127.0.0.1")
    parser.add_argument("--mqtt-log-port", type=int, default=18830)
    parser.add_argument("--devices", default="hall,kitchen")
    return parser.parse_args(argv)
