#!/bin/sh
# What both CI recipes run (and what tests/unit/release-ci.test.ts runs in a scratch repository):
# archive the newest changelog version if it has no snapshot, then commit releases/ if it changed.
# Never rewrites a published snapshot: the script refuses to.
set -eu
${RELEASE_CMD:-npm run --silent release}
if [ -n "$(git status --porcelain -- releases/)" ]; then
  version=$(sed -n 's/^## \([^ ]*\) .*/\1/p' content/changelog.md | head -n 1)
  git add releases/
  git commit -m "Version des données ${version} archivée (npm run release)"
fi
