"""mqttgw-dump: decode captured MQTT payloads (offline)."""
import logging

from mqttgw import codec

SAMPLE = [("sites/lab/t1/state", b'{"id":"t1","value":20.1}'), ("sites/lab/t2/state", b"\x00garbage")]


def main(argv=None) -> int:
    handler = logging.FileHandler("dump_topics.log")
    logging.getLogger("mqttgw").addHandler(handler)
    for topic, payload in SAMPLE:
        print(topic, codec.decode(payload))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
