"""standup-report: weekly digest from the exported notes (cron job, no event loop)."""
import json
import logging
import logging.handlers

log = logging.getLogger("standup.report")

EXPORT = '{"2024-05-06": [["U1", "fixed the flaky test"]], "2024-05-07": [["U2", "reviewed #88"]]}'


def main() -> int:
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(logging.FileHandler("standup-report.log"))
    mail = logging.handlers.SMTPHandler(("localhost", 25), "bot@example.org", ["leads@example.org"], "standup-report failed")
    mail.setLevel(logging.ERROR)
    root.addHandler(mail)
    days = json.loads(EXPORT)
    log.info("digest over %d days, %d notes", len(days), sum(len(v) for v in days.values()))
    for day, notes in sorted(days.items()):
        print(day, "; ".join(text for _, text in notes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
