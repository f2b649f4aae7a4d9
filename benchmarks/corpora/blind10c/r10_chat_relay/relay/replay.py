"""`relay-replay`: print the relayed history as IRC lines (synchronous)."""
import logging
import os

from relay.irc import parse_line


def main(path="history.log"):
    logging.basicConfig(filename="replay.log", level=logging.INFO)
    log = logging.getLogger("relay.replay")
    if not os.path.exists(path):
        log.warning("no history at %s", path)
        print(parse_line(":demo!~d@x PRIVMSG #demo :history is empty"))
        return
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            channel, nick, text = line.rstrip("\n").split("\t")
            print(f":{nick}!~{nick}@relay PRIVMSG {channel} :{text}")


if __name__ == "__main__":
    main()
