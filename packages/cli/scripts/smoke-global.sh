#!/usr/bin/env bash
# CI smoke test of the published form of the `ofkit` command: packs the five packages with `pnpm pack`
# (the packed @ofkit/cli depends on the other @ofkit packages at 0.0.0, which are not on the npm
# registry, so all five tarballs are installed together), installs them globally into a temporary
# prefix with `npm i -g --prefix`, then runs `ofkit --version` and two commands from outside the
# repository. Requires `pnpm build` first.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/tgz" "$tmp/prefix" "$tmp/work"
for p in core cpf rnq docs-gen cli; do
  (cd "$root/packages/$p" && pnpm pack --pack-destination "$tmp/tgz" >/dev/null)
done
ls "$tmp/tgz"
# The @ofkit packages side by side as global packages: docs-gen's optional peer pdfmake must be global
# too (installed from the registry, `npm i -g @ofkit/cli` nests docs-gen under the CLI, beside its pdfmake).
pdfmake=$(node -p "require('$root/packages/cli/package.json').dependencies.pdfmake")
docx=$(node -p "require('$root/packages/cli/package.json').dependencies.docx")
npm i -g --prefix "$tmp/prefix" --no-audit --no-fund --loglevel=error "$tmp"/tgz/*.tgz "pdfmake@$pdfmake" "docx@$docx"
ofkit="$tmp/prefix/bin/ofkit"
version=$("$ofkit" --version)
expected=$(node -p "require('$root/packages/cli/package.json').version")
[ "$version" = "$expected" ] || { echo "ofkit --version printed '$version', expected '$expected'"; exit 1; }
echo "ofkit --version: $version"
cd "$tmp/work"
"$ofkit" cpf plan "$root/examples/data/cpf/01-salarie-rncp-dotation-opco.json" --format text | tail -n 3
"$ofkit" docs build facture - --format pdf --out facture.pdf < /dev/null && exit 1 || true   # empty input: exit 2, nothing written
[ ! -e facture.pdf ] || { echo "facture.pdf written despite the error"; exit 1; }
"$ofkit" bpf "$root/examples/data/bpf" --format pdf --out bpf.pdf
head -c 5 bpf.pdf | grep -q '%PDF-' || { echo "bpf.pdf is not a PDF"; exit 1; }
"$ofkit" docs build facture "$root/examples/cli/data/facture.json" --format docx --out facture.docx
head -c 2 facture.docx | grep -q 'PK' || { echo "facture.docx is not a DOCX (zip)"; exit 1; }
echo "ofkit installed globally from the packed tarballs: ok"
