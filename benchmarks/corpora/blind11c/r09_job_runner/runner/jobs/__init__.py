from runner.jobs import emails, reports

REGISTRY = {
    "email.welcome": emails.send_welcome,
    "report.monthly": reports.build_monthly,
    "report.purge": reports.purge_exports,
}
