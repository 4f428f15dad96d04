#!/usr/bin/env bash
# Taps and time of a practised user logging a repeat encounter on a phone (issue 15), run by hand and never by
# ./mvnw verify. See docs/benchmarks.md.
#
#   bench/run-encounter-taps.sh
#
# Runs the Selenium script EncounterTapsBenchmark (src/test/java/no/feltlogg/web) in headless Chromium at 390 x 844
# against the application on a random port with its own embedded PostgreSQL, as the browser tests do. Surefire runs only
# *Test and *Tests classes, so the normal build never runs it. Needs the Debian packages chromium and chromium-driver.
# Writes target/bench-encounter-taps.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp test -Dtest=EncounterTapsBenchmark -Dsurefire.failIfNoSpecifiedTests=false
cat target/bench-encounter-taps.txt
