import asyncio
import logging
import sys

from runner.jobs import stream_output

SCRIPT = "print('compiling 3 modules'); print('linking'); print('ok')"


async def run(workspace: str, log: logging.Logger) -> int:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", SCRIPT, cwd=workspace, stdout=asyncio.subprocess.PIPE
    )
    lines = await stream_output(proc, log)
    rc = await proc.wait()
    log.info("build finished rc=%d (%d lines)", rc, lines)
    return rc
