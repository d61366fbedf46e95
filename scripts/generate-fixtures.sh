#!/usr/bin/env bash
# Regenerates the whole DICOM test corpus in test/fixtures/ (and the demo files
# in samples/) from scratch, with real encoders:
#   - pydicom (scripts/fixtures/dicomgen.py) lays out the uncompressed source
#     data sets and the hand-encoded files (exact charset bytes, damage);
#   - dcmtk (dcmconv, dcmcjpeg, dcmcjpls, dcmcrle, dcmj2pnm, img2dcm, dcmmkdir)
#     and GDCM (gdcmconv) produce every transfer-syntax variant;
#   - dcmtk (dcmdump, dcm2json) and GDCM (gdcmconv --raw) produce the reference
#     outputs in test/fixtures/reference/.
#
# Usage: scripts/generate-fixtures.sh [--no-samples]
# Idempotent: deletes and rewrites test/fixtures/* and samples/*.
# Needs: dcmtk, libgdcm-tools, python3-pydicom, python3-numpy (Debian packages;
# installed with apt-get when missing and running as root).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
FIX="$ROOT/test/fixtures"
SAMPLES="$ROOT/samples"
REF="$FIX/reference"
PY=/usr/bin/python3
GEN=("$PY" "$ROOT/scripts/fixtures/dicomgen.py")
WITH_SAMPLES=1
[[ "${1:-}" == "--no-samples" ]] && WITH_SAMPLES=0

# Options of the reference dumps (documented in test/fixtures/MANIFEST.md).
DCMDUMP_OPTS=(+L +uc)          # load all (default +M), print long values in full, UN->known VR
DCM2JSON_OPTS=(-fc)            # compact; strict numbers (default -es)
export LC_ALL=C.UTF-8

log() { printf '%s\n' "$*" >&2; }

# --------------------------------------------------------------------------
# tools

check_tools() {
  local missing=()
  for t in dcmdump dcm2json dcmconv dcmcjpeg dcmdjpeg dcmcjpls dcmdjpls dcmcrle dcmdrle dcmodify dcmj2pnm img2dcm dcmmkdir gdcmconv; do
    command -v "$t" >/dev/null 2>&1 || missing+=("$t")
  done
  [[ -x "$PY" ]] && "$PY" -c 'import pydicom, numpy' 2>/dev/null || missing+=(python3-pydicom/numpy)
  if ((${#missing[@]})); then
    log "missing: ${missing[*]}"
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
      log "installing dcmtk libgdcm-tools python3-pydicom python3-numpy with apt-get"
      DEBIAN_FRONTEND=noninteractive apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dcmtk libgdcm-tools python3-pydicom python3-numpy >/dev/null
    else
      log "install them: sudo apt-get install dcmtk libgdcm-tools python3-pydicom python3-numpy"
      exit 1
    fi
  fi
}

# --------------------------------------------------------------------------
# fixtures

WORK=""
cleanup() { [[ -n "$WORK" && -d "$WORK" ]] && rm -rf "$WORK"; }

gen() { "${GEN[@]}" "$@"; }

# dcmtk lossy encoders: never assign new UIDs (+un) so reruns give the same files
make_ts() {
  local d="$FIX/ts" s="$WORK/src"
  mkdir -p "$d"
  # CT-like 16-bit signed image (rescale, windows, padding value)
  dcmconv +te "$s/ct16.dcm" "$d/explicit-le.dcm"
  dcmconv +ti "$s/ct16.dcm" "$d/implicit-le.dcm"
  dcmconv +tb "$s/ct16.dcm" "$d/explicit-be.dcm"
  dcmconv +td "$s/ct16.dcm" "$d/deflated-le.dcm"
  dcmcjpeg +e1 "$s/ct16.dcm" "$d/jpeg-lossless-sv1.dcm"
  dcmcjpeg +el "$s/ct16.dcm" "$d/jpeg-lossless.dcm"
  dcmcjpeg +ee +un "$s/ct16.dcm" "$d/jpeg-extended-12bit.dcm"
  dcmcjpls +el "$s/ct16.dcm" "$d/jpegls-lossless.dcm"
  dcmcrle "$s/ct16.dcm" "$d/rle.dcm"
  gdcmconv --j2k "$s/ct16.dcm" "$d/j2k-lossless.dcm"
  gdcmconv --quiet --j2k --lossy -q 45 "$s/ct16.dcm" "$d/j2k-lossy.dcm" >/dev/null
  gen set-uid "$d/j2k-lossy.dcm" ct/j2k-lossy   # GDCM assigns a random UID
  # JPEG-LS near-lossless: dcmcjpls refuses signed pixels and gdcmconv silently
  # falls back to lossless for them, so use the unsigned 12-bit MR image.
  dcmconv +te "$s/mono12.dcm" "$d/mono12-explicit-le.dcm"
  dcmcjpls +en +un "$s/mono12.dcm" "$d/mono12-jpegls-near-lossless.dcm"
  dcmcjpeg +ee +un "$s/mono12.dcm" "$d/mono12-jpeg-extended-12bit.dcm"
  # 8-bit monochrome
  dcmconv +te "$s/mono8.dcm" "$d/mono8-explicit-le.dcm"
  dcmcjpeg +eb +un "$s/mono8.dcm" "$d/mono8-jpeg-baseline.dcm"
  dcmcjpeg +ee +un "$s/mono8.dcm" "$d/mono8-jpeg-extended.dcm"
  # RGB
  dcmconv +te "$s/rgb.dcm" "$d/rgb-explicit-le.dcm"
  dcmcjpeg +eb +un "$s/rgb.dcm" "$d/rgb-jpeg-baseline.dcm"
  dcmcjpeg +ee +un "$s/rgb.dcm" "$d/rgb-jpeg-extended.dcm"
  dcmcrle "$s/rgb.dcm" "$d/rgb-rle.dcm"
  dcmcjpls +el "$s/rgb.dcm" "$d/rgb-jpegls-lossless.dcm"
  # a JPEG file written by dcmj2pnm, wrapped as-is by img2dcm (JFIF kept)
  dcmj2pnm +oj "$s/rgb.dcm" "$WORK/rgb.jpg"
  img2dcm -q -i JPEG "$WORK/rgb.jpg" "$d/rgb-img2dcm-jpeg.dcm" \
    -k "PatientName=Phantom^Head" -k "PatientID=DI-0001" \
    -k "StudyInstanceUID=$(gen_uid img2dcm/study)" -k "SeriesInstanceUID=$(gen_uid img2dcm/series)" \
    -k "SOPInstanceUID=$(gen_uid img2dcm/instance)" -k "StudyDate=20240115" -k "StudyTime=101500" \
    -k "ContentDate=20240115" -k "ContentTime=102030" -k "InstanceCreationDate=20240115" \
    -k "InstanceCreationTime=102030"
}

gen_uid() { "$PY" -c 'import sys,uuid; print("2.25.%d" % uuid.uuid5(uuid.NAMESPACE_URL, "dicom-inspector-fixtures/" + sys.argv[1]).int)' "$1"; }

make_multiframe() {
  local d="$FIX/multiframe" s="$WORK/src/multiframe.dcm"
  mkdir -p "$d"
  dcmconv +te "$s" "$d/explicit-le.dcm"
  dcmcrle "$s" "$d/rle.dcm"
  dcmcjpls +el -ot "$s" "$d/jpegls-lossless-empty-bot.dcm"          # empty Basic Offset Table
  dcmcjpeg +e1 +fs 1 "$s" "$d/jpeg-lossless-sv1-fragmented.dcm"    # several 1 KB fragments per frame
  mkdir -p "$FIX/enhanced"
  dcmconv +te "$WORK/src/enhanced.dcm" "$FIX/enhanced/enhanced-ct-50-frames.dcm"
}

make_sequences() {
  local d="$FIX/seq" s="$WORK/src/sequences.dcm"
  mkdir -p "$d"
  dcmconv +te +e "$s" "$d/explicit-defined.dcm"
  dcmconv +te -e "$s" "$d/explicit-undefined.dcm"
  dcmconv +ti +e "$s" "$d/implicit-defined.dcm"
  dcmconv +ti -e "$s" "$d/implicit-undefined.dcm"
  cp "$WORK/src/sequences-mixed.dcm" "$d/explicit-mixed.dcm"             # pydicom, per-level lengths
  cp "$WORK/src/sequences-mixed-implicit.dcm" "$d/implicit-mixed.dcm"
}

make_private() {
  local d="$FIX/private" s="$WORK/src/private.dcm"
  mkdir -p "$d"
  dcmconv +te "$s" "$d/private-explicit.dcm"
  dcmconv +ti "$s" "$d/private-implicit.dcm"
}

make_vr() {
  local d="$FIX/vr" s="$WORK/src/vr.dcm"
  mkdir -p "$d"
  dcmconv +te "$s" "$d/vr-explicit-le.dcm"
  dcmconv +ti "$s" "$d/vr-implicit-le.dcm"
  dcmconv +tb "$s" "$d/vr-explicit-be.dcm"
  cp "$WORK/src/float-special.dcm" "$d/float-special.dcm"
  cp "$WORK/src/un-undefined-length.dcm" "$d/un-undefined-length.dcm"
}

make_charsets() {
  mkdir -p "$FIX/charset"
  gen charsets "$FIX/charset"
}

make_damaged() {
  local d="$FIX/damaged" s="$WORK/src"
  mkdir -p "$d"
  gen damage truncate-mid-dataset "$FIX/ts/explicit-le.dcm" "$d/truncated-mid-dataset.dcm"
  gen damage truncate-mid-header "$FIX/ts/explicit-le.dcm" "$d/truncated-mid-element-header.dcm"
  gen damage truncate-in-sequence "$FIX/seq/explicit-defined.dcm" "$d/truncated-in-sequence.dcm"
  gen damage truncate-in-sequence "$FIX/seq/explicit-undefined.dcm" "$d/truncated-in-sequence-undefined.dcm"
  gen damage truncate-in-pixel-data "$FIX/ts/explicit-le.dcm" "$d/truncated-in-pixel-data.dcm"
  gen damage truncate-in-fragment "$FIX/ts/jpegls-lossless.dcm" "$d/truncated-in-fragment.dcm"
  gen damage length-past-eof "$FIX/ts/explicit-le.dcm" "$d/length-past-eof.dcm"
  dcmconv -F +ti "$s/ct16.dcm" "$d/raw-dataset-implicit.dcm"     # no preamble, no meta
  dcmconv -F +te "$s/ct16.dcm" "$d/raw-dataset-explicit.dcm"     # no preamble, no meta
  gen damage preamble-no-meta "$FIX/ts/explicit-le.dcm" "$d/preamble-no-meta.dcm"
  gen damage meta-no-preamble "$FIX/ts/explicit-le.dcm" "$d/meta-no-preamble.dcm"
  cp "$s/odd-length.dcm" "$d/odd-length.dcm"
  gen notdicom "$d"
  : >"$d/empty.dcm"
}

make_misc() {
  mkdir -p "$FIX/hostile" "$FIX/noext" "$FIX/dicomdir/IMAGES"
  gen hostile "$WORK/hostile.dcm"
  dcmconv +te "$WORK/hostile.dcm" "$FIX/hostile/hostile-strings.dcm"
  cp "$FIX/ts/explicit-le.dcm" "$FIX/noext/CT_NOEXT"
  # a real DICOMDIR (General Purpose CD-R profile) over two CT slices
  dcmconv +te "$WORK/src/ct-dir-1.dcm" "$FIX/dicomdir/IMAGES/IM000001"
  dcmconv +te "$WORK/src/ct-dir-2.dcm" "$FIX/dicomdir/IMAGES/IM000002"
  (cd "$FIX/dicomdir" && dcmmkdir -q +F DI_FIXTURES +r IMAGES)
}

# --------------------------------------------------------------------------
# reference outputs

# reference path for a fixture: reference/<dir>/<name> (extension removed)
ref_base() {
  local rel=${1#"$FIX/"}
  local dir name
  dir=$(dirname "$rel")
  name=$(basename "$rel")
  name=${name%.dcm}
  mkdir -p "$REF/$dir"
  printf '%s/%s/%s' "$REF" "$dir" "$name"
}

# dcm2json references: the data set (compact), and the meta group alone. dcm2json
# refuses encapsulated pixel data, so for those the header is converted after
# `dcmodify -ea (7fe0,0010)` removed Pixel Data from a copy.
json_refs() {
  local f=$1 b=$2 in=$1 jopts=("${DCM2JSON_OPTS[@]}")
  [[ "$f" == */float-special.dcm ]] && jopts+=(-ee)   # NaN/Inf: refused without -ee
  # (output captured first: grep -q closing the pipe early would fail it under pipefail)
  local px
  px=$(dcmdump -q -M -s +P 7fe0,0010 "$f" || true)
  if [[ "$px" == *PixelSequence* ]]; then
    cp "$f" "$WORK/nopixel.dcm"
    dcmodify -q -nb -ea "(7fe0,0010)" "$WORK/nopixel.dcm"
    in="$WORK/nopixel.dcm"
  fi
  if dcm2json "${jopts[@]}" "$in" "$b.dcm2json.json" 2>"$WORK/err"; then
    dcm2json "${jopts[@]}" +m "$in" "$WORK/meta.json" 2>/dev/null && "$PY" "$ROOT/scripts/fixtures/jsonmeta.py" "$WORK/meta.json" "$b.dcm2json-meta.json"
  else
    rm -f "$b.dcm2json.json"
    cp "$WORK/err" "$b.dcm2json.stderr.txt"
  fi
}

make_references() {
  local f b ok=0 bad=0
  : >"$WORK/valid.txt"
  : >"$WORK/invalid.txt"
  while IFS= read -r f; do
    b=$(ref_base "$f")
    if dcmdump "${DCMDUMP_OPTS[@]}" "$f" >"$b.dcmdump.txt" 2>"$WORK/err"; then
      ok=$((ok + 1))
      echo "$f" >>"$WORK/valid.txt"
      [[ -s "$WORK/err" ]] && cp "$WORK/err" "$b.dcmdump.stderr.txt"
      json_refs "$f" "$b"
    else
      bad=$((bad + 1))
      echo "$f" >>"$WORK/invalid.txt"
      cp "$WORK/err" "$b.dcmdump.stderr.txt"
      # best effort: what dcmdump prints when told to ignore errors. -M (values over
      # 4 KB not loaded): with +L, a bogus 4 GB length would be printed in full.
      dcmdump -M +uc +E "$f" >"$b.dcmdump-E.txt" 2>/dev/null || true
      [[ -s "$b.dcmdump.txt" ]] || rm -f "$b.dcmdump.txt"
      [[ -s "$b.dcmdump-E.txt" ]] || rm -f "$b.dcmdump-E.txt"
    fi
  done < <(find "$FIX" -type f ! -path "$REF/*" ! -name MANIFEST.md ! -name '*.png' ! -name '*.txt' | LC_ALL=C sort)
  # the two non-DICOM files: record dcmdump's refusal too
  for f in "$FIX/damaged/not-dicom.png" "$FIX/damaged/not-dicom.txt"; do
    b=$(ref_base "$f")
    b=${b%.*}-${f##*.}
    dcmdump "${DCMDUMP_OPTS[@]}" "$f" >/dev/null 2>"$b.dcmdump.stderr.txt" || true
    echo "$f" >>"$WORK/invalid.txt"
  done

  # character sets: dcmtk's conversion to UTF-8 (dcmdump +U8; dcmconv +U8 then dcmdump)
  # and pydicom's decoding as a second oracle (dcmtk 3.6.7 with glibc iconv cannot do
  # ISO 2022 IR 87 / IR 13).
  for f in "$FIX"/charset/*.dcm; do
    b=$(ref_base "$f")
    dcmdump "${DCMDUMP_OPTS[@]}" +U8 "$f" >"$b.dcmdump-U8.txt" 2>"$WORK/err" || {
      rm -f "$b.dcmdump-U8.txt"
      cp "$WORK/err" "$b.dcmdump-U8.stderr.txt"
    }
    if dcmconv -q +U8 "$f" "$WORK/u8.dcm" 2>"$WORK/err"; then
      dcmdump "${DCMDUMP_OPTS[@]}" "$WORK/u8.dcm" >"$b.dcmconv-U8.dcmdump.txt"
    else
      cp "$WORK/err" "$b.dcmconv-U8.stderr.txt"
    fi
    gen pydicom-text "$f" "$b.pydicom.json"
  done
  # UN kept as UN (the main dumps use +uc, which re-types UN elements with a known tag)
  for f in "$FIX"/vr/vr-explicit-le.dcm "$FIX"/vr/vr-explicit-be.dcm; do
    b=$(ref_base "$f")
    dcmdump +L -uc "$f" >"$b.dcmdump-retain-un.txt"
  done
  # decoded pixels of the encapsulated fixtures, for decoder tests. dcmtk decoders for
  # JPEG (this GDCM build has no 12-bit JPEG), JPEG-LS and RLE; GDCM for JPEG 2000.
  # Lossy: kept as reference/<dir>/<name>.raw.dcm. Lossless: checked here to decode
  # to exactly the pixels of the native fixture they were made from (not kept).
  local ts src
  for f in "$FIX"/ts/*.dcm "$FIX"/multiframe/*.dcm; do
    ts=$(dcmdump -q -s -Un +P 0002,0010 "$f" | sed -E 's/.*\[([0-9.]+)\].*/\1/')
    b=$(ref_base "$f")
    case "$ts" in
      1.2.840.10008.1.2.4.5? | 1.2.840.10008.1.2.4.70) dcmdjpeg "$f" "$WORK/raw.dcm" ;;
      1.2.840.10008.1.2.4.8?) dcmdjpls "$f" "$WORK/raw.dcm" ;;
      1.2.840.10008.1.2.5) dcmdrle "$f" "$WORK/raw.dcm" ;;
      1.2.840.10008.1.2.4.9?) gdcmconv --raw "$f" "$WORK/raw.dcm" ;;
      *) continue ;;
    esac
    if [[ "$(dcmdump -q -s +P 0028,2110 "$f")" == *"[01]"* ]]; then
      cp "$WORK/raw.dcm" "$b.raw.dcm"
    else
      case "$f" in
        */multiframe/*) src="$FIX/multiframe/explicit-le.dcm" ;;
        */ts/rgb-*) src="$FIX/ts/rgb-explicit-le.dcm" ;;
        */ts/mono12-*) src="$FIX/ts/mono12-explicit-le.dcm" ;;
        */ts/mono8-*) src="$FIX/ts/mono8-explicit-le.dcm" ;;
        *) src="$FIX/ts/explicit-le.dcm" ;;
      esac
      gen compare-pixels "$WORK/raw.dcm" "$src"
    fi
  done
  log "references: $ok files read by dcmdump, $bad rejected"
}

# --------------------------------------------------------------------------
# samples for the product demo

make_samples() {
  local t="$WORK/samples"
  mkdir -p "$t" "$SAMPLES"
  rm -rf "${SAMPLES:?}"/*
  gen samples "$t"
  dcmconv +te "$t/ct.dcm" "$SAMPLES/ct-head-phantom.dcm"
  dcmconv +te "$t/multiframe.dcm" "$SAMPLES/multiframe-cine.dcm"
  dcmcjpeg +eb +un "$t/rgb.dcm" "$SAMPLES/rgb-jpeg.dcm"
  cp "$FIX/private/private-explicit.dcm" "$SAMPLES/private-tags.dcm"
  cp "$FIX/seq/explicit-undefined.dcm" "$SAMPLES/structured-report-sequences.dcm"
  dcmconv +te "$t/charset.dcm" "$SAMPLES/charset-japanese.dcm"
  gen damage truncate-in-pixel-data "$SAMPLES/ct-head-phantom.dcm" "$SAMPLES/damaged-truncated.dcm"
  cp "$SAMPLES/ct-head-phantom.dcm" "$SAMPLES/CT_SLICE"
}

# --------------------------------------------------------------------------

write_manifest() {
  "$PY" "$ROOT/scripts/fixtures/manifest.py" "$FIX" "$WORK/valid.txt" "$WORK/invalid.txt" >"$FIX/MANIFEST.md"
}

main() {
  check_tools
  WORK=$(mktemp -d)
  trap cleanup EXIT
  log "regenerating $FIX"
  find "$FIX" -mindepth 1 -delete 2>/dev/null || true
  mkdir -p "$FIX" "$WORK/src"
  gen sources "$WORK/src"
  make_ts
  make_multiframe
  make_sequences
  make_private
  make_vr
  make_charsets
  make_damaged
  make_misc
  make_references
  write_manifest
  # The pixel corpus (issue 3) has its own scripts, references and MANIFEST.md per directory.
  bash "$ROOT/scripts/fixtures/pixel-codecs.sh" "$FIX/codec"
  bash "$ROOT/scripts/fixtures/pixel-render.sh" "$FIX/render"
  ((WITH_SAMPLES)) && make_samples
  log "fixtures: $(du -sh "$FIX" | cut -f1) in $(find "$FIX" -type f | wc -l) files"
  ((WITH_SAMPLES)) && log "samples: $(du -sh "$SAMPLES" | cut -f1)"
  return 0
}

main "$@"
