#!/bin/sh
# Run every program of every repository once (from its folder), then remove what they wrote.
cd "$(dirname "$0")/.." || exit 1
run() { repo=$1; shift; start=$(date +%s.%N); ( cd "$repo" && timeout 10 "$@" >/dev/null 2>/tmp/blind10_err ); rc=$?; end=$(date +%s.%N)
  printf '%-22s rc=%s %5.2fs  %s\n' "$repo" "$rc" "$(echo "$end - $start" | bc)" "$*"; [ $rc -ne 0 ] && cat /tmp/blind10_err; }
run r01_discord_bot python3 bot.py
run r01_discord_bot python3 tools/gen_docs.py
run r02_shortlink_asgi python3 -m service
run r02_shortlink_asgi python3 -m service.slugs
run r02_shortlink_asgi python3 scripts/vacuum_db.py
run r03_ptb_bot python3 -m tgbot
run r03_ptb_bot python3 -m tgbot.formatting
run r04_aiohttp_gateway python3 -m gateway
run r04_aiohttp_gateway python3 -m gateway.cli rotate-keys
run r04_aiohttp_gateway python3 -m gateway.schema
run r04_aiohttp_gateway python3 scripts/gen_openapi.py
run r04_aiohttp_gateway python3 -m unittest -q tests.test_schema
run r05_aiogram_shop python3 -m shopbot.main
run r05_aiogram_shop python3 scripts/export_orders.py
run r05_aiogram_shop python3 -m unittest -q tests.test_catalog
run r06_django_ish python3 serve.py
run r06_django_ish python3 manage.py clearsessions
run r06_django_ish python3 manage.py showarticles
run r07_home_daemon python3 -m hassd
run r07_home_daemon python3 -m hassd.tools.check_config
run r08_ws_chat python3 -m chat.server
run r08_ws_chat python3 loadtest.py
run r08_ws_chat python3 -m chat.protocol
run r09_job_worker python3 -m jobq
run r09_job_worker python3 -m jobq.retry
run r09_job_worker python3 tools/replay_failed.py
run r10_scraper python3 crawl.py
run r10_scraper python3 dashboard.py
run r10_scraper python3 sitemap.py
run r10_scraper python3 probe.py
run r10_scraper python3 report.py
run r11_plugin_host python3 run.py
run r11_plugin_host python3 -m plugins.weather
run r11_plugin_host python3 build_plugins.py
run r12_monorepo python3 -m acme.api.main
run r12_monorepo python3 -m acme.worker.main
run r12_monorepo python3 -m acme.tools.cleanup
# the no-op basicConfig calls must not have created their files
for f in r02_shortlink_asgi/metrics.log r10_scraper/access.log; do [ -e "$f" ] && echo "UNEXPECTED: $f exists"; done
# clean up what the programs wrote
find . -name __pycache__ -type d -prune -exec rm -rf {} +
find . -path ./_tools -prune -o \( -name '*.log' -o -name 'pages.json' \) -type f -print -exec rm -f {} + >/dev/null
for d in r*/logs r*/var; do [ -d "$d" ] && rm -rf "$d"; done
exit 0
