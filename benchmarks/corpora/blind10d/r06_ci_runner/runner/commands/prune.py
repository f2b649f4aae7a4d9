"""ci-prune: remove old job workspaces (run from cron, not by the agent)."""
import logging
import os
import shutil

from runner import settings
from runner.jobs import workspace_for

log = logging.getLogger("runner.prune")


def main(argv=None) -> int:
    handler = logging.FileHandler("prune.log")
    logging.getLogger("runner").addHandler(handler)
    logging.getLogger("runner").setLevel(logging.INFO)
    if not os.path.isdir(settings.WORKSPACE):
        log.info("nothing to prune")
        return 0
    for job_id in sorted(os.listdir(settings.WORKSPACE))[:-5]:
        log.info("removing %s", workspace_for(job_id))
        shutil.rmtree(workspace_for(job_id))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
