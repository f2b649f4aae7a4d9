"""Line protocol: `CMD arg arg ...\n`."""


def encode(cmd: str, *args) -> bytes:
    return (" ".join([cmd, *map(str, args)]) + "\n").encode()


def parse(line: str) -> dict:
    cmd, *args = line.split()
    return {"cmd": cmd.upper(), "args": args}
