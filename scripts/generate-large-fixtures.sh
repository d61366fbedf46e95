#!/usr/bin/env bash
# Generates large DICOM files for performance tests into OUTDIR (not committed).
#
# Usage: scripts/generate-large-fixtures.sh OUTDIR [options]
#   default           OUTDIR/enhanced-4000-frames.dcm: Enhanced CT, 4000 frames of 16x16,
#                     Per-Frame Functional Groups with Frame Content, Plane Position,
#                     Plane Orientation, Pixel Value Transformation and Frame VOI LUT
#                     per frame: about 100,000 data elements in the header
#   --frames N        number of frames (default 4000)
#   --size N          rows = columns = N (default 16)
#   --bits 8|16       bits allocated (default 16; Bits Stored 12 for 16)
#   --implicit        write Implicit VR Little Endian instead of Explicit VR LE
#   --undefined-lengths  write every sequence and item with undefined length
#   --compress K      also write a compressed copy: rle | jpegls | jpeg-lossless | j2k
#   --big             pixel-heavy preset: 400 frames of 512x512 16-bit (about 200 MB)
#   --name NAME       output file name (default derived from the options)
#   --count           print the element count (default on; --no-count to skip)
#
# Needs the same tools as generate-fixtures.sh (dcmtk, GDCM, python3-pydicom, numpy).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PY=/usr/bin/python3

usage() { sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }

[[ $# -ge 1 ]] || usage 1
[[ "$1" == -h || "$1" == --help ]] && usage 0
OUT=$1
shift
FRAMES=4000 SIZE=16 BITS=16 IMPLICIT=0 UNDEF=0 COMPRESS="" NAME="" COUNT=1
while (($#)); do
  case "$1" in
    --frames) FRAMES=$2; shift ;;
    --size) SIZE=$2; shift ;;
    --bits) BITS=$2; shift ;;
    --implicit) IMPLICIT=1 ;;
    --undefined-lengths) UNDEF=1 ;;
    --compress) COMPRESS=$2; shift ;;
    --big) FRAMES=400 SIZE=512 BITS=16 ;;
    --name) NAME=$2; shift ;;
    --count) COUNT=1 ;;
    --no-count) COUNT=0 ;;
    -h | --help) usage 0 ;;
    *) echo "unknown option $1" >&2; usage 1 ;;
  esac
  shift
done

for t in dcmdump dcmcrle dcmcjpls dcmcjpeg gdcmconv; do
  command -v "$t" >/dev/null || { echo "missing $t: run scripts/generate-fixtures.sh as root once, or apt-get install dcmtk libgdcm-tools" >&2; exit 1; }
done
"$PY" -c 'import pydicom, numpy' 2>/dev/null || { echo "missing python3-pydicom/python3-numpy (apt)" >&2; exit 1; }

mkdir -p "$OUT"
if [[ -z "$NAME" ]]; then
  NAME="enhanced-${FRAMES}-frames"
  [[ $SIZE != 16 ]] && NAME+="-${SIZE}px"
  [[ $BITS != 16 ]] && NAME+="-${BITS}bit"
  [[ $IMPLICIT == 1 ]] && NAME+="-implicit"
  [[ $UNDEF == 1 ]] && NAME+="-undefined"
  NAME+=".dcm"
fi
FILE="$OUT/$NAME"
args=(enhanced "$FILE" --frames "$FRAMES" --size "$SIZE" --bits "$BITS")
if ((IMPLICIT)); then args+=(--implicit); fi
if ((UNDEF)); then args+=(--undefined-lengths); fi

start=$(date +%s.%N)
"$PY" "$ROOT/scripts/fixtures/dicomgen.py" "${args[@]}"
t1=$(date +%s.%N)
printf '%s: %s bytes, written in %.1f s\n' "$FILE" "$(stat -c %s "$FILE")" "$(awk -v a="$start" -v b="$t1" 'BEGIN{print b-a}')"

if [[ -n "$COMPRESS" ]]; then
  C="${FILE%.dcm}-$COMPRESS.dcm"
  case "$COMPRESS" in
    rle) dcmcrle "$FILE" "$C" ;;
    jpegls) dcmcjpls "$FILE" "$C" ;;
    jpeg-lossless) dcmcjpeg +e1 "$FILE" "$C" ;;
    j2k) gdcmconv --j2k "$FILE" "$C" ;;
    *) echo "unknown --compress $COMPRESS" >&2; exit 1 ;;
  esac
  printf '%s: %s bytes\n' "$C" "$(stat -c %s "$C")"
fi

if ((COUNT)); then
  # dcmdump -M: do not load long values (pixel data). Lines that are data elements or
  # items, without the delimitation lines dcmdump adds "for re-encoding".
  dcmdump -M "$FILE" >"$OUT/.dump.txt"
  lines=$(grep -c '^ *(' "$OUT/.dump.txt")
  elements=$(grep '^ *(' "$OUT/.dump.txt" | grep -v -c -E '\(fffe,e0(00|0d|dd)\)')
  items=$(grep -c -E '^ *\(fffe,e000\)' "$OUT/.dump.txt")
  rm -f "$OUT/.dump.txt"
  echo "dcmdump -M: $lines tag lines = $elements data elements (meta included) + $items items + delimiters"
fi
printf 'total %.1f s\n' "$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN{print b-a}')"
