#!/usr/bin/env bash
# Rebuilds the world-corpus workbooks from the public repositories' snapshots (see docs/world-corpus.md).
# MIRROR: the folder holding <owner>+<name>/repo git directories; OUT: where the workbooks go (never this repository).
set -euo pipefail
MIRROR=${MIRROR:-/work/.mirror}
OUT=${OUT:-/work/world-corpus/files}
SRC=${SRC:-/work/world-corpus/sources}
HERE=$(cd "$(dirname "$0")/../.." && pwd)
CONVERT="node $HERE/dist/bench/world/convert.js"
mkdir -p "$OUT" "$SRC"
show() { git --git-dir="$MIRROR/$1/repo" show "$2:$3" > "$SRC/$4"; }

show GSA+open.gsa.gov 67cdd2b72a4118abbef83466a2a635ab50279f11 \
  "Digital-Innovation-Hackathon-Fall2015/Files/DataCenter/datacenter-datasets/FDCCI 2015-08 2014 PortfolioStat Session Action Items (1).xlsx" portfoliostat.xlsx
cp "$SRC/portfoliostat.xlsx" "$OUT/gsa-portfoliostat-2015.xlsx"

show usnationalarchives+opengovplan 4300fe273064fc0acd0256b074722ab04b5b3116 pages/appendixc.md nara-appendixc.md
$CONVERT "$SRC/nara-appendixc.md" "$OUT/nara-opengov-2016-appendix-c.xlsx" --title-from-heading --sheet "Appendix C"

show GSA+data-strategy 7fbdc39cc4238a6b9f9d5ecce1f29a949f2b650c pages/2021/action-plan/agency-actions.md fds-2021-agency-actions.md
$CONVERT "$SRC/fds-2021-agency-actions.md" "$OUT/fds-2021-agency-actions.xlsx" --headings --sheet "Agency Actions"

show GSA+data-strategy 37bf26fd13747f578b6ece59b94493aff24a8167 pages/2020/progress/index.md fds-2020-progress.html.md
$CONVERT "$SRC/fds-2020-progress.html.md" "$OUT/fds-2020-progress.xlsx" --milestone-cards --sheet "2020 Progress"

show robchamberspfc+datasets 181faa934afacde0eb2b4eb2854f350a2ce682ab action-plan.csv ea-fcerm-action-plan.csv
$CONVERT "$SRC/ea-fcerm-action-plan.csv" "$OUT/ea-fcerm-action-plan-2021.xlsx" --sheet action-plan

show acounsel+scorecard d3fbf2a9a4d543bc9553ef5757ccb1b3a91e30af commitments.csv acounsel-commitments.csv
$CONVERT "$SRC/acounsel-commitments.csv" "$OUT/ot-khanbogd-commitments-2020.xlsx" --sheet commitments

NAP5=afaf3b83996e82f25ead0e0835717c40efa7a89a
for d in _subcommitments _commitments; do
  mkdir -p "$SRC/nap5/$d"
  git --git-dir="$MIRROR/GSA+open.usa.gov/repo" ls-tree --name-only "$NAP5" "$d/" | while read -r f; do
    git --git-dir="$MIRROR/GSA+open.usa.gov/repo" show "$NAP5:$f" > "$SRC/nap5/$f"
  done
done
$CONVERT "$SRC/nap5/_subcommitments" "$OUT/us-nap5-tracker-2024.xlsx" --collection "$SRC/nap5/_commitments" \
  --title "Fifth U.S. Open Government National Action Plan Commitment Tracker" --sheet "Commitment Tracker"
