"""`scraper-monitor`: a tiny TCP echo endpoint the load balancer probes."""
import asyncio
import logging
import sys

log = logging.getLogger("scraper.monitor")


async def handle_client(reader, writer):
    peer = "{}:{}".format(*writer.get_extra_info("peername")[:2])
    conn_log = logging.getLogger("echo_{}".format(peer))
    data = await reader.readline()
    conn_log.info("probe %r", data)
    writer.write(data)
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def probe_once(port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"ping\n")
    await writer.drain()
    reply = await reader.readline()
    writer.close()
    await writer.wait_closed()
    return reply


async def serve_and_probe():
    server = await asyncio.start_server(handle_client, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    log.info("monitor listening on port %d", port)
    async with server:
        reply = await probe_once(port)
    log.info("self-probe answered %r", reply)


def main():
    logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(name)s %(message)s")
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(serve_and_probe())
    finally:
        loop.close()


if __name__ == "__main__":
    main()
