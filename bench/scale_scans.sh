#!/usr/bin/env bash
# Peak memory of `vbtrack ingest` over many scanned documents: does it stay flat?
#
#   bench/scale_scans.sh [N ...]        (default: 50 500 2000)
#
# Generates max(N) distinct one-page scans (short Vietnamese notices written
# here, each with its own number, date, village and task, so every file has its
# own content hash), rendered to bi-level TIFF at 150 dpi by text2image (it
# ships with tesseract-ocr, which vbtrack needs anyway). For each N it ingests
# the first N into a fresh SQLite store under /usr/bin/time -v and prints:
#   - the peak RSS that time reports: the largest of vbtrack and every child
#     it waited for (each file is read and OCRed in a forked child);
#   - the main process's own high-water mark (VmHWM, sampled from /proc every
#     0.2 s), which is what would grow if the batch leaked per document.
#
# Environment: VBTRACK (the binary; default build/pipeline/cli/vbtrack),
# JOBS (default 2), WORK (a folder to keep the scans and stores in; default a
# temporary folder removed at the end).
set -euo pipefail
cd "$(dirname "$0")/.."

VBTRACK=${VBTRACK:-build/pipeline/cli/vbtrack}
JOBS=${JOBS:-2}
COUNTS=("$@")
[ ${#COUNTS[@]} -gt 0 ] || COUNTS=(50 500 2000)

[ -x "$VBTRACK" ] || { echo "scale_scans: no vbtrack at $VBTRACK: build it (cmake --build build --target vbtrack vbtrack_lm_model) or set VBTRACK" >&2; exit 2; }
for tool in text2image python3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "scale_scans: $tool is missing: run scripts/install-deps.sh" >&2; exit 2; }
done
FONT_DIR=/usr/share/fonts/truetype/dejavu
[ -f "$FONT_DIR/DejaVuSerif.ttf" ] || { echo "scale_scans: DejaVu Serif is missing: apt-get install fonts-dejavu-core" >&2; exit 2; }

if [ -n "${WORK:-}" ]; then
    mkdir -p "$WORK"
else
    WORK=$(mktemp -d /tmp/vbtrack-scale-scans.XXXXXX)
    trap 'rm -rf "$WORK"' EXIT
fi
MAX=$(printf '%s\n' "${COUNTS[@]}" | sort -n | tail -1)

# The texts: a notice (thông báo) of a commune, varied by its index.
mkdir -p "$WORK/text" "$WORK/scans"
python3 - "$WORK/text" "$MAX" <<'EOF'
import random, sys, pathlib
out, count = pathlib.Path(sys.argv[1]), int(sys.argv[2])
communes = ["Tân Lập", "Phúc Sơn", "Nà Lừa", "Hồng Phong", "Chiềng Mai", "Ea Kly", "Quảng Hòa", "Thạch Bình",
            "Yên Thủy", "Đông Hưng", "Mường Khoa", "Bình Minh"]
districts = ["Bắc Sơn", "Mai Sơn", "Krông Pắc", "Quảng Xương", "Thạch Hà", "Yên Lạc", "Tiền Hải", "Phù Yên"]
tasks = ["rà soát danh sách hộ nghèo, hộ cận nghèo", "tổng hợp kết quả tiêm chủng cho trẻ em",
         "kiểm tra công tác phòng cháy, chữa cháy tại các hộ kinh doanh", "vận động nhân dân tham gia hiến máu tình nguyện",
         "báo cáo tình hình sản xuất vụ đông", "thống kê diện tích lúa bị ảnh hưởng do mưa lũ",
         "lập danh sách thanh niên trong độ tuổi nhập ngũ", "tuyên truyền phòng, chống dịch bệnh trên gia súc",
         "sửa chữa đường giao thông nông thôn", "thu quỹ phòng, chống thiên tai"]
bodies = ["Công chức Văn hóa - Xã hội", "Công chức Địa chính - Xây dựng", "Trưởng các thôn, bản",
          "Trạm Y tế xã", "Ban Chỉ huy Quân sự xã", "Công an xã"]
rng = random.Random(2025)
for i in range(1, count + 1):
    commune, district = rng.choice(communes), rng.choice(districts)
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2023, 2024, 2025])
    task, body = rng.choice(tasks), rng.choice(bodies)
    due_day, due_month = rng.randint(1, 28), month % 12 + 1
    lines = [f"UBND HUYỆN {district.upper()}",
             f"ỦY BAN NHÂN DÂN XÃ {commune.upper()}",
             f"Số: {i}/TB-UBND",
             f"{commune}, ngày {day:02d} tháng {month:02d} năm {year}",
             "THÔNG BÁO",
             f"Về việc {task} (đợt {i % 7 + 1})",
             f"Giao {body} chủ trì, phối hợp với các thôn {task},",
             f"hoàn thành trước ngày {due_day:02d}/{due_month:02d}/{year + (due_month == 1)}.",
             f"Nơi nhận: Thường trực Đảng ủy xã; Lưu: VT. Hồ sơ số {i:05d}."]
    (out / f"tb{i:05d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
EOF

render() {  # one text to one TIFF; text2image mostly waits, so several run at once
    local txt=$1 base
    base="$WORK/scans/$(basename "$txt" .txt)"
    [ -f "$base.tif" ] && return 0
    # From $WORK: text2image writes a fonts.conf into the folder it runs in.
    (cd "$WORK" && text2image --text="$txt" --outputbase="$base" --font='DejaVu Serif' --fonts_dir="$FONT_DIR" \
        --ptsize=12 --xsize=1240 --ysize=900 --margin=80 --resolution=150 >/dev/null 2>&1)
    rm -f "$base.box"
}
export -f render
export WORK FONT_DIR
start=$(date +%s)
# sed, not head: head would leave sort to die of SIGPIPE, which pipefail makes fatal.
find "$WORK/text" -name '*.txt' | sort | sed -n "1,${MAX}p" | xargs -P 4 -I{} bash -c 'render "$@"' _ {}
echo "scale_scans: $MAX scans rendered in $(( $(date +%s) - start )) s in $WORK/scans" >&2

printf '%6s %9s %9s %12s %16s %s\n' N seconds docs/s "peak RSS" "main VmHWM" summary
for n in "${COUNTS[@]}"; do
    dir="$WORK/set-$n"
    rm -rf "$dir" "$WORK/store-$n.db"*
    mkdir -p "$dir"
    find "$WORK/scans" -name '*.tif' | sort | sed -n "1,${n}p" | xargs -I{} ln {} "$dir/"
    start=$(date +%s.%N)
    /usr/bin/time -v -o "$WORK/time-$n.txt" "$VBTRACK" ingest "$dir" --store "sqlite:$WORK/store-$n.db" \
        --jobs "$JOBS" >"$WORK/ingest-$n.log" 2>&1 &
    timer=$!
    hwm=0
    while kill -0 "$timer" 2>/dev/null; do
        main=$(pgrep -P "$timer" | head -1 || true)  # vbtrack may re-exec itself under another name
        if [ -n "$main" ]; then
            now=$(awk '/^VmHWM/ {print $2}' "/proc/$main/status" 2>/dev/null || echo 0)
            [ "${now:-0}" -gt "$hwm" ] && hwm=$now
        fi
        sleep 0.2
    done
    wait "$timer" || true  # exit 1 (some documents failed) still measures
    seconds=$(echo "$(date +%s.%N) - $start" | bc)
    peak=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time-$n.txt")
    printf '%6d %9.1f %9.2f %9d MB %13d MB %s\n' "$n" "$seconds" "$(echo "$n / $seconds" | bc -l)" \
        $((peak / 1024)) $((hwm / 1024)) "$(tail -1 "$WORK/ingest-$n.log")"
done
