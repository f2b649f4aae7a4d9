"""Wire format: one JSON object per line."""
import json
import logging

log = logging.getLogger("chat.protocol")


def encode(kind, **fields):
    return (json.dumps({"kind": kind, **fields}) + "\n").encode()


def decode(line):
    try:
        return json.loads(line)
    except ValueError:
        log.info("undecodable line %r", line[:40])
        return None


if __name__ == "__main__":
    logging.basicConfig(filename="protocol-demo.log", level=logging.INFO)
    frame = encode("say", room="lobby", text="hi")
    print(frame, decode(frame), decode(b"garbage"))
