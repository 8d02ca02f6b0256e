#!/usr/bin/env bash
# Copies chosen screenshots rendered by the test run (target/screenshots) into docs/screenshots for
# README.md. The build never writes tracked files; run this by hand after `mvn -B test`, look at the
# pictures, then commit them.
set -euo pipefail
cd "$(dirname "$0")/.."
src=target/screenshots
[[ -d $src ]] || { echo "no $src: run 'mvn -B test' first" >&2; exit 2; }
mkdir -p docs/screenshots
chosen=(attract attract-large home home-large home-high-contrast call-staff identify identify-large keyed-id keyed-id-large
        identify-keypad greeting greeting-large card-error evoucher technician-pin technician-menu demo-panel
        services services-large receipt receipt-large satisfaction satisfaction-large take-card take-card-large
        policy policy-large policy-search policy-search-large policy-article policy-article-large
        account account-large account-live progress progress-large progress-number certificate certificate-large
        certificate-slip completion-receipt-failed completion-receipt-failed-large completion-receipt-paper policy-search-results
        ticket-choice ticket-choice-large ticket-choice-elderly ticket-choice-elderly-large ticket-elderly ticket-elderly-large
        ticket-normal ticket-normal-large ticket-normal-large-en ticket-disability ticket-failed ticket-failed-large
        ticket-not-printed ticket-not-printed-large call-staff-waiting call-staff-waiting-large call-staff-coming
        call-staff-coming-large call-staff-local
        counter-sign-in counter-sign-in-large counter-sign-in-locked counter-window counter-window-large counter-console
        counter-console-large counter-console-unreachable counter-window-taken
        display-no-calls display-calls display-calls-en display-calls-high-contrast display-six-calls display-unreachable
        display-six-calls-unreachable journey-counter journey-display home-identified-large home-identified-large-en)
# every step of every service (FlowWalkTest renders them): docs/screenshots/flows/
mkdir -p docs/screenshots/flows
for f in "$src"/flow-*.png; do
  [[ -f $f ]] && cp "$f" docs/screenshots/flows/
done
echo "copied $(ls docs/screenshots/flows | wc -l) service steps into docs/screenshots/flows"
for name in "${chosen[@]}"; do
  if [[ -f $src/$name.png ]]; then
    cp "$src/$name.png" docs/screenshots/
    echo "copied $name.png"
  fi
done
