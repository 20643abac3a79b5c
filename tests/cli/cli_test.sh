#!/usr/bin/env bash
# CLI tests for xxgk.
#
#   bash tests/cli/cli_test.sh PATH/TO/xxgk SCRATCH_DIR
#
# Every fixture is generated at run time inside SCRATCH_DIR/work (which is
# wiped at the start).  One line per case: "ok - NAME" or
# "not ok - NAME: DETAILS".  Exit status 0 if every case passed, 1 otherwise,
# 2 on bad usage of this script.
set -u

if [ $# -ne 2 ]; then
    echo "usage: $0 XXGK_BINARY SCRATCH_DIR" >&2
    exit 2
fi
case "$1" in /*) XXGK="$1" ;; *) XXGK="$PWD/$1" ;; esac
case "$2" in /*) SCRATCH="$2" ;; *) SCRATCH="$PWD/$2" ;; esac
FIXTURES="$(cd "$(dirname "$0")/../fixtures" && pwd)"
if [ ! -x "$XXGK" ]; then
    echo "$0: not an executable: $XXGK" >&2
    exit 2
fi
if ! command -v python3 >/dev/null 2>&1; then
    echo "$0: python3 is needed to validate JSON" >&2
    exit 2
fi

W="$SCRATCH/work"
rm -rf "$W"
mkdir -p "$W" || exit 2
cd "$W" || exit 2

LC_ALL=C
export LC_ALL
# The messages asserted are the English ones unless a case says --lang zh (the default).
XXGK_LANG=en
export XXGK_LANG

# ---------------------------------------------------------------------------
# harness

NPASS=0
NFAIL=0
CASE=""
ERRS=""
RC=0
OUT="$W/out"
ERR="$W/err"

begin() { CASE="$1"; ERRS=""; }
fail() { ERRS="${ERRS:+$ERRS; }$*"; }
end() {
    if [ -z "$ERRS" ]; then
        echo "ok - $CASE"
        NPASS=$((NPASS + 1))
    else
        echo "not ok - $CASE: $ERRS"
        NFAIL=$((NFAIL + 1))
    fi
}

# run ARGS...: run xxgk with ARGS (stdin inherited unless redirected by the
# caller), stdout to $OUT, stderr to $ERR, exit status in $RC.
run() {
    timeout 60 "$XXGK" "$@" >"$OUT" 2>"$ERR"
    RC=$?
    LAST_CMD="xxgk $*"
}

# short excerpt of a file for failure messages
excerpt() { head -c 300 "$1" | tr '\n\t' '| ' ; }

no_crash() {
    if [ "$RC" -eq 124 ]; then
        fail "'$LAST_CMD' timed out (60 s)"
    elif [ "$RC" -ge 128 ]; then
        fail "'$LAST_CMD' killed by signal $((RC - 128)) (exit $RC); stderr: $(excerpt "$ERR")"
    fi
}

expect_rc() {
    if [ "$RC" -ne "$1" ]; then
        fail "'$LAST_CMD' expected exit $1, got $RC; stderr: $(excerpt "$ERR"); stdout: $(excerpt "$OUT")"
    fi
}

# expect_rc_in "0 1 2"
expect_rc_in() {
    local c
    for c in $1; do [ "$RC" -eq "$c" ] && return 0; done
    fail "'$LAST_CMD' expected exit in {$1}, got $RC; stderr: $(excerpt "$ERR")"
}

# expect_grep FILE ERE [what]
expect_grep() {
    if ! grep -Eq -- "$2" "$1"; then
        fail "'$LAST_CMD': ${3:-output} does not match /$2/: $(excerpt "$1")"
    fi
}
expect_grep_fixed() {
    if ! grep -Fq -- "$2" "$1"; then
        fail "'$LAST_CMD': ${3:-output} does not contain '$2': $(excerpt "$1")"
    fi
}
expect_no_grep_fixed() {
    if grep -Fq -- "$2" "$1"; then
        fail "'$LAST_CMD': ${3:-output} unexpectedly contains '$2'"
    fi
}

# py SUBCOMMAND ARGS...: JSON helper; prints a reason and fails on mismatch.
py() {
    local msg
    if ! msg=$(python3 "$W/jhelp.py" "$@" 2>&1); then
        fail "$(printf '%s' "$msg" | tr '\n' ' ' | head -c 400)"
    fi
}

cat >"$W/jhelp.py" <<'PYEOF'
import json, sys

def lines(path):
    with open(path, encoding="utf-8") as f:
        data = f.read()
    return [l for l in data.split("\n") if l != ""], data

def load(path):
    ls, _ = lines(path)
    out = []
    for i, l in enumerate(ls):
        try:
            out.append(json.loads(l))
        except Exception as e:
            sys.exit("%s line %d is not valid JSON: %s" % (path, i + 1, e))
    return out

def figures(o):
    return {k: o.get(k) for k in ("active", "requests", "review")}

cmd = sys.argv[1]
if cmd == "one-line":                   # exactly one line of valid JSON
    ls, data = lines(sys.argv[2])
    if len(ls) != 1 or not data.endswith("\n") or data.count("\n") != 1:
        sys.exit("%s: expected exactly one line, got %d lines" % (sys.argv[2], data.count("\n")))
    try:
        json.loads(ls[0])
    except Exception as e:
        sys.exit("%s: not valid JSON: %s" % (sys.argv[2], e))
elif cmd == "all-lines":                # every line valid JSON, N lines
    objs = load(sys.argv[2])
    if len(objs) != int(sys.argv[3]):
        sys.exit("%s: expected %s JSON lines, got %d" % (sys.argv[2], sys.argv[3], len(objs)))
elif cmd == "fixture":                  # the figures written in the fixture
    objs = load(sys.argv[2])
    if not objs:
        sys.exit("%s: no JSON object" % sys.argv[2])
    o = objs[0]
    want = {
        "format": "2021", "year": 2024, "published": "2025-01-20",
        "agency": "测试局",
    }
    for k, v in want.items():
        if o.get(k) != v:
            sys.exit("%s: expected %s == %r, got %r" % (sys.argv[2], k, v, o.get(k)))
    a, r, rv = o.get("active") or {}, o.get("requests") or {}, o.get("review") or {}
    checks = [
        ("active.licensing", a.get("licensing"), 10),
        ("active.penalty", a.get("penalty"), 3),
        ("active.coercion", a.get("coercion"), 0),
        ("active.regs", a.get("regs"), [0, 0, 1]),
        ("active.normative", a.get("normative"), [2, 0, 5]),
        ("requests.new", r.get("new"), [3, 1, 0, 0, 1, 0, 5]),
        ("requests.carried_in", r.get("carried_in"), [1, 0, 0, 0, 0, 0, 1]),
        ("requests.granted", r.get("granted"), [2, 1, 0, 0, 0, 0, 3]),
        ("requests.partly", r.get("partly"), [0, 0, 0, 0, 1, 0, 1]),
        ("requests.unable[0]", (r.get("unable") or [None])[0], [1, 0, 0, 0, 0, 0, 1]),
        ("requests.total", r.get("total"), [3, 1, 0, 0, 1, 0, 5]),
        ("requests.carried_out", r.get("carried_out"), [1, 0, 0, 0, 0, 0, 1]),
        ("review.reconsideration", rv.get("reconsideration"), [1, 0, 0, 0, 1]),
        ("review.litigation_direct", rv.get("litigation_direct"), [0, 1, 0, 0, 1]),
        ("review.litigation_after_review", rv.get("litigation_after_review"), [0, 0, 0, 0, 0]),
    ]
    if not (isinstance(r.get("new"), list) and len(r["new"]) == 7 and r["new"][6] == 5):
        sys.exit("%s: expected requests.new[6] == 5, got %r" % (sys.argv[2], r.get("new")))
    for name, got, exp in checks:
        if got != exp:
            sys.exit("%s: expected %s == %r, got %r" % (sys.argv[2], name, exp, got))
elif cmd == "same":                     # same figures, line by line
    x, y = load(sys.argv[2]), load(sys.argv[3])
    if len(x) != len(y) or not x:
        sys.exit("%s has %d objects, %s has %d" % (sys.argv[2], len(x), sys.argv[3], len(y)))
    for i, (p, q) in enumerate(zip(x, y)):
        fp, fq = figures(p), figures(q)
        for k in fp:
            if fp[k] != fq[k]:
                sys.exit("object %d: '%s' differs: %s has %s, %s has %s" % (
                    i + 1, k, sys.argv[2], json.dumps(fp[k], ensure_ascii=False)[:200],
                    sys.argv[3], json.dumps(fq[k], ensure_ascii=False)[:200]))
        for k in ("year", "format", "published"):
            if p.get(k) != q.get(k):
                sys.exit("object %d: %s differs: %r vs %r" % (i + 1, k, p.get(k), q.get(k)))
elif cmd == "has-rule":                 # a finding with this rule (and line)
    objs = load(sys.argv[2])
    rule = sys.argv[3]
    line = int(sys.argv[4]) if len(sys.argv) > 4 else None
    found = [f for o in objs for f in (o.get("findings") or []) if f.get("rule") == rule]
    if not found:
        sys.exit("%s: no finding with rule %s" % (sys.argv[2], rule))
    if line is not None and not any(f.get("line") == line for f in found):
        sys.exit("%s: rule %s reported at lines %r, expected line %d" % (
            sys.argv[2], rule, [f.get("line") for f in found], line))
    if not all(f.get("severity") == "error" for f in found):
        sys.exit("%s: rule %s not of severity error" % (sys.argv[2], rule))
elif cmd == "no-findings":
    for o in load(sys.argv[2]):
        if o.get("findings"):
            sys.exit("%s: unexpected findings %s" % (sys.argv[2], json.dumps(o["findings"], ensure_ascii=False)[:300]))
else:
    sys.exit("unknown helper command " + cmd)
PYEOF

# ---------------------------------------------------------------------------
# fixtures

cat >"$W/valid.txt" <<'EOF'
测试局2024年政府信息公开工作年度报告

一、总体情况

2024年，测试局认真贯彻落实《中华人民共和国政府信息公开条例》，持续做好政府信息公开工作。全年主动公开政府信息，依申请公开答复及时，加强政府信息管理，办好政府网站平台，强化监督保障。

二、主动公开政府信息情况

第二十条第（一）项
信息内容	本年制发件数	本年废止件数	现行有效件数
规章	0	0	1
行政规范性文件	2	0	5
第二十条第（五）项
信息内容	本年处理决定数量
行政许可	10
第二十条第（六）项
信息内容	本年处理决定数量
行政处罚	3
行政强制	0
第二十条第（八）项
信息内容	本年收费金额（单位：万元）
行政事业性收费	0

三、收到和处理政府信息公开申请情况

		申请人情况							
		自然人	法人或其他组织					总计
			商业企业	科研机构	社会公益组织	法律服务机构	其他	
一、本年新收政府信息公开申请数量		3	1	0	0	1	0	5
二、上年结转政府信息公开申请数量		1	0	0	0	0	0	1
三、本年度办理结果	（一）予以公开	2	1	0	0	0	0	3
	（二）部分公开（区分处理的，只计这一情形，不计其他情形）	0	0	0	0	1	0	1
	（三）不予公开	1.属于国家秘密	0	0	0	0	0	0	0
		2.其他法律行政法规禁止公开	0	0	0	0	0	0	0
		3.危及“三安全一稳定”	0	0	0	0	0	0	0
		4.保护第三方合法权益	0	0	0	0	0	0	0
		5.属于三类内部事务信息	0	0	0	0	0	0	0
		6.属于四类过程性信息	0	0	0	0	0	0	0
		7.属于行政执法案卷	0	0	0	0	0	0	0
		8.属于行政查询事项	0	0	0	0	0	0	0
	（四）无法提供	1.本机关不掌握相关政府信息	1	0	0	0	0	0	1
		2.没有现成信息需要另行制作	0	0	0	0	0	0	0
		3.补正后申请内容仍不明确	0	0	0	0	0	0	0
	（五）不予处理	1.信访举报投诉类申请	0	0	0	0	0	0	0
		2.重复申请	0	0	0	0	0	0	0
		3.要求提供公开出版物	0	0	0	0	0	0	0
		4.无正当理由大量反复申请	0	0	0	0	0	0	0
		5.要求行政机关确认或重新出具已获取信息	0	0	0	0	0	0	0
	（六）其他处理	1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请	0	0	0	0	0	0	0
		2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请	0	0	0	0	0	0	0
		3.其他	0	0	0	0	0	0	0
	（七）总计	3	1	0	0	1	0	5
四、结转下年度继续办理		1	0	0	0	0	0	1

四、政府信息公开行政复议、行政诉讼情况

行政复议					行政诉讼
结果维持	结果纠正	其他结果	尚未审结	总计	未经复议直接起诉					复议后起诉
					结果维持	结果纠正	其他结果	尚未审结	总计	结果维持	结果纠正	其他结果	尚未审结	总计
1	0	0	0	1	0	1	0	0	1	0	0	0	0	0

五、存在的主要问题及改进情况

一是公开内容还不够丰富；二是解读形式较为单一；三是一件答复被行政诉讼纠错。下一步将加强培训，提升公开质量。

六、其他需要报告的事项

本年度未收取信息处理费。

测试局
2025年1月20日
EOF

# broken arithmetic: 本年新收 总计 5 -> 6 (row total and the balance break)
awk 'BEGIN { FS = OFS = "\t" } /^一、本年新收政府信息公开申请数量/ { $NF = 6 } { print }' \
    "$W/valid.txt" >"$W/bad.txt"
BAD_LINE=$(grep -n '^一、本年新收政府信息公开申请数量' "$W/bad.txt" | cut -d: -f1)

: >"$W/empty.txt"
printf '   \n\t\t\n  \r\n\n' >"$W/blank.txt"
head -c 4096 /bin/ls >"$W/elf.txt"
printf '测试局\000\000\001\002abc\000年度报告\n' >"$W/nul.txt"

# ---------------------------------------------------------------------------
# the valid fixture

begin "valid: check exits 0 with no errors"
run check valid.txt
no_crash; expect_rc 0
expect_grep "$OUT" 'valid\.txt.*format 2021' "stdout"
expect_grep "$OUT" '0 errors' "stdout"
end

begin "valid: check --format json is one line, no findings"
run check --format json valid.txt
no_crash; expect_rc 0
py one-line "$OUT"
py no-findings "$OUT"
end

begin "valid: parse --format json is one line of JSON with the fixture's figures"
run parse --format json valid.txt
no_crash; expect_rc 0
py one-line "$OUT"
py fixture "$OUT"
cp "$OUT" "$W/valid.json"
end

begin "valid: parse defaults to JSON"
run parse valid.txt
no_crash; expect_rc 0
if ! cmp -s "$OUT" "$W/valid.json"; then fail "parse without --format differs from --format json"; fi
end

# ---------------------------------------------------------------------------
# broken arithmetic

begin "broken arithmetic: check exits 1 and names arith-row-total and arith-balance"
run check bad.txt
no_crash; expect_rc 1
expect_grep_fixed "$OUT" "arith-row-total" "stdout"
expect_grep_fixed "$OUT" "arith-balance" "stdout"
expect_grep_fixed "$OUT" "bad.txt:$BAD_LINE:" "stdout (line of the broken row)"
expect_grep "$OUT" 'error \[arith-row-total\]' "stdout"
end

begin "broken arithmetic: check --format json has the rule in findings"
run check --format json bad.txt
no_crash; expect_rc 1
py one-line "$OUT"
py has-rule "$OUT" arith-row-total "$BAD_LINE"
py has-rule "$OUT" arith-balance
end

begin "broken arithmetic: --lang en prints English messages"
run check --lang en bad.txt
no_crash; expect_rc 1
expect_grep "$OUT" '\[arith-row-total\] [A-Za-z]' "stdout (English message after the rule id)"
expect_grep "$OUT" '\[arith-balance\] [A-Za-z]' "stdout (English message after the rule id)"
end

begin "broken arithmetic: Chinese messages by default, --lang and XXGK_LANG choose"
XXGK_LANG= run check bad.txt
no_crash; expect_rc 1
expect_grep "$OUT" '\[arith-row-total\] 总计' "stdout (Chinese message after the rule id)"
run check --lang zh bad.txt
expect_grep "$OUT" '\[arith-row-total\] 总计' "stdout (--lang zh over XXGK_LANG=en)"
XXGK_LANG=zh run check bad.txt --lang=en
expect_grep "$OUT" '\[arith-row-total\] [A-Za-z]' "stdout (--lang=en over XXGK_LANG=zh)"
end

begin "bad usage: XXGK_LANG neither zh nor en, --lang without its value"
XXGK_LANG=fr run check bad.txt
expect_rc 2
# (in Chinese, the default, as XXGK_LANG names no language)
expect_grep_fixed "$ERR" "xxgk：XXGK_LANG 应为 zh（中文，默认）或 en（English），不是“fr”" "stderr"
run check bad.txt --lang fr
expect_rc 2
expect_grep_fixed "$ERR" "xxgk: --lang is zh (中文, the default) or en (English), not 'fr'" "stderr"
run check bad.txt --lang
expect_rc 2
expect_grep_fixed "$ERR" "xxgk: --lang needs a value: zh or en" "stderr"
end

begin "broken arithmetic: parse still exits 0"
run parse bad.txt
no_crash; expect_rc 0
py one-line "$OUT"
end

# ---------------------------------------------------------------------------
# unreadable inputs

begin "empty file: exit 2, names the file, says empty"
run check empty.txt
no_crash; expect_rc 2
expect_grep_fixed "$ERR" "empty.txt" "stderr"
expect_grep "$ERR" '[Ee]mpty' "stderr"
end

begin "empty file: parse exits 2"
run parse empty.txt
no_crash; expect_rc 2
expect_grep_fixed "$ERR" "empty.txt" "stderr"
end

begin "whitespace-only file: exit 2, names the file"
run check blank.txt
no_crash; expect_rc 2
expect_grep_fixed "$ERR" "blank.txt" "stderr"
end

begin "binary file (ELF head): exit 2, says binary"
run check elf.txt
no_crash; expect_rc 2
expect_grep_fixed "$ERR" "elf.txt" "stderr"
expect_grep "$ERR" '[Bb]inary' "stderr"
end

begin "OFD scan without text: exit 2, names the file, says it needs OCR; found in a directory"
mkdir -p "$W/ofd"
python3 - "$W/ofd/scan.ofd" <<'PY'
import sys, zipfile
ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'
with zipfile.ZipFile(sys.argv[1], "w") as z:
    z.writestr("OFD.xml", f'<ofd:OFD {ns}><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml'
                          '</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
    z.writestr("Doc_0/Document.xml", f'<ofd:Document {ns}><ofd:Pages><ofd:Page ID="1" '
                                     'BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>')
    z.writestr("Doc_0/Pages/Page_0/Content.xml",
               f'<ofd:Page {ns}><ofd:Content><ofd:Layer ID="1"><ofd:ImageObject ID="2" '
               'Boundary="0 0 210 297" ResourceID="3"/></ofd:Layer></ofd:Content></ofd:Page>')
PY
run check ofd
no_crash; expect_rc 2
expect_grep_fixed "$ERR" "scan.ofd: no text: the OFD document holds scanned images only" "stderr"
end

begin "binary file (NUL bytes): parse exit 2, says binary"
run parse nul.txt
no_crash; expect_rc 2
expect_grep_fixed "$ERR" "nul.txt" "stderr"
expect_grep "$ERR" '[Bb]inary' "stderr"
end

# truncated: first ~40% of the bytes, cut inside a multi-byte UTF-8 character,
# at an odd byte count
SIZE=$(wc -c <"$W/valid.txt")
CUT=""
m=$((SIZE * 40 / 100))
while [ "$m" -lt $((SIZE * 40 / 100 + 64)) ]; do
    if [ $((m % 2)) -eq 1 ]; then
        nxt=$(od -An -tu1 -j "$m" -N1 "$W/valid.txt" | tr -d ' ')
        prv=$(od -An -tu1 -j $((m - 1)) -N1 "$W/valid.txt" | tr -d ' ')
        if [ "$nxt" -ge 128 ] && [ "$nxt" -lt 192 ] && [ "$prv" -ge 128 ]; then
            CUT=$m
            break
        fi
    fi
    m=$((m + 1))
done
begin "truncated report (40%, mid-UTF-8, odd length): read as far as it goes, said to be cut short"
if [ -z "$CUT" ]; then
    fail "could not find a cut point inside a UTF-8 sequence"
else
    head -c "$CUT" "$W/valid.txt" >"$W/trunc.txt"
    run check --format json trunc.txt
    no_crash; expect_rc 1
    expect_grep_fixed "$OUT" '"rule":"reader-cut-short"' "stdout"
    expect_grep_fixed "$OUT" '"rule":"struct-section-missing"' "stdout"
    run parse trunc.txt
    no_crash; expect_rc 0
fi
end

begin "invalid bytes (neither UTF-8 nor GB18030): no crash, exit 0/1/2, diagnostic"
{ head -n 5 "$W/valid.txt"; printf '这是\377\377\377无效字节\n'; tail -n +6 "$W/valid.txt"; } >"$W/invalid.txt"
for cmd in check parse; do
    run "$cmd" invalid.txt
    no_crash; expect_rc_in "0 1 2"
    if [ "$RC" -eq 2 ]; then
        expect_grep_fixed "$ERR" "invalid.txt" "stderr"
        expect_grep "$ERR" 'line|byte|offset' "stderr (position of the bad bytes)"
    fi
done
end

begin "non-existent path: exit 2 and names it"
run check no-such-dir/no-such-file.txt
no_crash; expect_rc 2
expect_grep_fixed "$ERR" "no-such-dir/no-such-file.txt" "stderr"
run parse no-such-file.txt
no_crash; expect_rc 2
expect_grep_fixed "$ERR" "no-such-file.txt" "stderr"
end

begin "non-existent path among good ones: exit 2 and names it"
run check valid.txt no-such-file.txt
no_crash; expect_rc 2
expect_grep_fixed "$ERR" "no-such-file.txt" "stderr"
end

begin "empty file among good ones: exit 2, the good one is still checked"
run check valid.txt empty.txt
# (the summary, then the files that could not be read, why: in the output, saved with it)
if [ "$(tail -n 2 "$OUT")" != "checked 2 files: 0 with errors, 0 with warnings or notes only, 1 clean, 1 unreadable:
  empty.txt: the file is empty" ]; then
    fail "summary: $(tail -n 2 "$OUT")"
fi
no_crash; expect_rc 2
expect_grep_fixed "$ERR" "empty.txt" "stderr"
expect_grep "$OUT" 'valid\.txt.*format 2021' "stdout"
end

# ---------------------------------------------------------------------------
# encodings

iconv -f UTF-8 -t GB18030 "$W/valid.txt" >"$W/gb18030.txt"
iconv -f UTF-8 -t GBK "$W/valid.txt" >"$W/gbk.txt"
{ printf '\377\376'; iconv -f UTF-8 -t UTF-16LE "$W/valid.txt"; } >"$W/utf16le.txt"
{ printf '\376\377'; iconv -f UTF-8 -t UTF-16BE "$W/valid.txt"; } >"$W/utf16be.txt"
{ printf '\357\273\277'; cat "$W/valid.txt"; } >"$W/utf8bom.txt"

# enc_case NAME FILE [--encoding ENC]
enc_case() {
    local name="$1" file="$2"
    shift 2
    begin "$name"
    if [ "$file" != valid.txt ] && cmp -s "$file" "$W/valid.txt"; then
        fail "fixture $file was not re-encoded"
    fi
    run parse --format json "$@" "$file"
    no_crash; expect_rc 0
    py one-line "$OUT"
    cp "$OUT" "$W/enc.json"
    py same "$W/valid.json" "$W/enc.json"
    py fixture "$W/enc.json"
    run check "$@" "$file"
    no_crash; expect_rc 0
    end
}
enc_case "GB18030 copy (detected): same figures, check 0" gb18030.txt
enc_case "GB18030 copy with --encoding GB18030: same figures" gb18030.txt --encoding GB18030
enc_case "GBK copy with --encoding GBK: same figures" gbk.txt --encoding GBK
enc_case "UTF-16LE with BOM: same figures" utf16le.txt
enc_case "UTF-16BE with BOM: same figures" utf16be.txt
enc_case "UTF-8 with BOM: same figures" utf8bom.txt
enc_case "UTF-8 with --encoding UTF-8: same figures" valid.txt --encoding UTF-8

# GBK whose bytes are all valid UTF-8 as well (卢伟, 通知 in GBK): read as GB18030, said so;
# accented Latin in UTF-8 stays UTF-8
begin "GB18030 that is valid UTF-8 too: read as GB18030, not as ¬ΰ"
printf '\302\254\316\260 \315\250\326\252\n' >"$W/amb.txt"
run parse --format json amb.txt
no_crash
expect_grep_fixed "$OUT" '"encoding":"GB18030"' "stdout"
run text amb.txt
no_crash; expect_rc 0
expect_grep_fixed "$OUT" "卢伟 通知" "stdout"
printf 'José, café, Müller\n' >"$W/latin.txt"
run parse --format json latin.txt
no_crash
expect_grep_fixed "$OUT" '"encoding":"UTF-8"' "stdout"
run parse --format json --encoding UTF-8 amb.txt
no_crash
expect_grep_fixed "$OUT" '"encoding":"UTF-8"' "stdout"
end

begin "unknown --encoding: a usage error, said once whatever the inputs, nothing read"
run parse --encoding NO-SUCH-ENCODING-42 valid.txt valid.txt
no_crash; expect_rc 2
expect_grep_fixed "$ERR" "xxgk parse: unknown encoding 'NO-SUCH-ENCODING-42' (UTF-8, GB18030, GBK, UTF-16 ...)" "stderr"
if [ "$(wc -l <"$ERR")" -ne 1 ] || [ -s "$OUT" ]; then fail "said more than once, or read: $(excerpt "$ERR")"; fi
run check --encoding "" valid.txt
no_crash; expect_rc 2
expect_grep_fixed "$ERR" "xxgk check: unknown encoding ''" "stderr"
end

# ---------------------------------------------------------------------------
# big input (~50 MB): the fixture with section 五 padded with narrative lines

FIVE=$(grep -n '^五、存在的主要问题及改进情况' "$W/valid.txt" | cut -d: -f1)
PAD_LINE='一是公开内容还不够丰富，二是解读形式较为单一，政策解读的针对性和时效性有待加强，下一步将持续改进。'
PAD_BYTES=$(( $(printf '%s\n' "$PAD_LINE" | wc -c) ))
PAD_COUNT=$(( 50 * 1024 * 1024 / PAD_BYTES ))
{
    head -n "$FIVE" "$W/valid.txt"
    yes "$PAD_LINE" | head -n "$PAD_COUNT"
    tail -n +"$((FIVE + 1))" "$W/valid.txt"
} >"$W/big.txt"

begin "50 MB input: check finishes within 60 s, exit 0/1, no crash"
BIGSIZE=$(wc -c <"$W/big.txt")
if [ "$BIGSIZE" -lt $((50 * 1000 * 1000)) ]; then fail "big fixture only $BIGSIZE bytes"; fi
run check big.txt
no_crash; expect_rc_in "0 1"
expect_grep "$OUT" 'big\.txt.*format 2021' "stdout"
end

begin "50 MB input: parse finishes within 60 s, exit 0, same figures"
run parse big.txt
no_crash; expect_rc 0
py one-line "$OUT"
py same "$W/valid.json" "$OUT"
end
rm -f "$W/big.txt" "$OUT"

begin "more lines than any report has: refused at once, not read into ten times its size"
{ printf '一、总体情况\n'; head -c 8000001 /dev/zero | tr '\0' '\n'; printf '完\n'; } >"$W/lines.txt"
run check lines.txt
no_crash; expect_rc 2
expect_grep_fixed "$ERR" "lines.txt: more than 8000000 lines, no report is that long: not read" "stderr"
# (exactly as many lines as allowed, each ended by its line break, as wc counts them: read,
# and found to hold no tables)
{ printf '一、总体情况\n'; head -c 7999999 /dev/zero | tr '\0' '\n'; } >"$W/lines.txt"
run check lines.txt
no_crash; expect_rc 1
expect_grep_fixed "$OUT" "reader-no-tables" "stdout"
rm -f "$W/lines.txt"
end

begin "a device named is refused at once, not read to the size limit; a pipe is read"
run check /dev/zero
no_crash; expect_rc 2
expect_grep_fixed "$ERR" "/dev/zero: a device, not a file: not read" "stderr"
OUT2=$("$XXGK" parse --format csv <(cat "$W/valid.txt") | wc -l)
if [ "$OUT2" != 2 ]; then fail "a pipe as <(...): $OUT2 lines of CSV"; fi
end

begin "more table cells than any report has: refused, not split into 35 times its size"
{ printf '一、总体情况\n'; for i in $(seq 1000); do printf '1\t%.0s' $(seq 1001); printf '\n'; done; } >"$W/cells.txt"
run check cells.txt
no_crash; expect_rc 2
expect_grep_fixed "$ERR" "cells.txt: more than 1000000 table cells, no report has that many: not read" "stderr"
rm -f "$W/cells.txt"
end

# the fixture repeated to ~50 MB (many reports glued together)
REP="$W/rep.txt"
cp "$W/valid.txt" "$REP"
while [ "$(wc -c <"$REP")" -lt $((50 * 1024 * 1024)) ]; do
    cat "$REP" "$REP" >"$REP.tmp" && mv "$REP.tmp" "$REP"
done
# (doubling overshoots to 100 MB: 50, the last report cut short)
head -c $((50 * 1024 * 1024)) "$REP" >"$REP.tmp" && mv "$REP.tmp" "$REP"
begin "50 MB input of repeated reports: the first read, the others said to be left unread, no crash"
run check rep.txt
no_crash; expect_rc 1
expect_grep_fixed "$OUT" "error [reader-several-reports] the file holds more than one report: only the first was read" "stdout"
expect_grep_fixed "$OUT" "another report begins on line 72 (测试局2024年政府信息公开工作年度报告), not read" "stdout"
end
rm -f "$REP" "$OUT"

# ---------------------------------------------------------------------------
# directories, stdin

mkdir -p "$W/dir/sub"
cp "$W/valid.txt" "$W/dir/a.txt"
cp "$W/valid.txt" "$W/dir/sub/b.txt"
cp "$FIXTURES/report-2021.doc" "$W/dir/sub/c.doc"
printf '{"not": "a report"}\n' >"$W/dir/x.json"

begin "directory: check processes exactly the three reports (one a Word 97-2003 .doc)"
run check dir
no_crash; expect_rc 0
n=$(grep -c 'format 2021' "$OUT")
if [ "$n" -ne 3 ]; then fail "expected 3 'format 2021' lines, got $n: $(excerpt "$OUT")"; fi
expect_grep_fixed "$OUT" "a.txt" "stdout"
expect_grep_fixed "$OUT" "b.txt" "stdout"
expect_grep_fixed "$OUT" "c.doc: 测试市交通运输局, 2024, format 2021, 0 errors" "stdout"
expect_no_grep_fixed "$OUT" "x.json" "stdout"
expect_no_grep_fixed "$ERR" "x.json" "stderr"
end

begin "directory: parse writes three JSON lines"
run parse dir
no_crash; expect_rc 0
py all-lines "$OUT" 3
expect_no_grep_fixed "$OUT" "x.json" "stdout"
end

# A batch sent as a zip archive: its reports read without unpacking it, named archive/member;
# a name stored in GB18030 (as Windows archivers write Chinese names) read as such.
python3 - "$W" <<'PY'
import sys, zipfile
w = sys.argv[1]
valid = open(w + "/valid.txt", "rb").read()
bad = open(w + "/bad.txt", "rb").read()
with zipfile.ZipFile(w + "/batch.zip", "w") as z:
    z.writestr("甲局/2024.txt", valid)
    z.writestr("乙局.txt", bad)
    z.writestr("说明.png", b"\x89PNG")
with zipfile.ZipFile(w + "/gbk.zip", "w") as z:
    z.writestr("AAAA.txt", valid)  # the placeholder is as long as 丙局 in GB18030
data = open(w + "/gbk.zip", "rb").read().replace(b"AAAA.txt", "丙局.txt".encode("gb18030"))
open(w + "/gbk.zip", "wb").write(data)
open(w + "/fake.zip", "w").write("not a zip")
with zipfile.ZipFile(w + "/bomb.zip", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("甲局.txt", valid)
    z.writestr("炸弹.txt", b" " * (17 << 20))  # 17 MiB packed into some 17 KB
PY

begin "zip archive: its reports checked, named archive/member, in the order of their names"
run check batch.zip gbk.zip
no_crash; expect_rc 1
expect_grep_fixed "$OUT" "batch.zip/乙局.txt: 测试局, 2024, format 2021, 2 errors" "stdout"
expect_grep_fixed "$OUT" "batch.zip/甲局/2024.txt: 测试局, 2024, format 2021, 0 errors" "stdout"
expect_grep_fixed "$OUT" "gbk.zip/丙局.txt: 测试局, 2024, format 2021, 0 errors" "stdout"
expect_no_grep_fixed "$OUT" "说明.png" "stdout"
if [ "$(tail -n 1 "$OUT")" != "checked 3 files: 1 with errors, 0 with warnings or notes only, 2 clean" ]; then
    fail "summary: $(tail -n 1 "$OUT")"
fi
run parse --format csv batch.zip
no_crash; expect_rc 0
if [ "$(cut -d, -f1 "$OUT" | tr '\n' ' ')" != "file batch.zip/乙局.txt batch.zip/甲局/2024.txt " ]; then
    fail "CSV files: $(cut -d, -f1 "$OUT" | tr '\n' ' ')"
fi
end

begin "zip archive: one that is none is an input that cannot be read, in its turn"
run check --format json fake.zip batch.zip
no_crash; expect_rc 2
py all-lines "$OUT" 3
if ! head -n 1 "$OUT" | grep -Fq '{"file":"fake.zip","format":null,"agency":null,"year":null,"error":"not a zip archive that can be read ('; then
    fail "first line: $(head -n 1 "$OUT")"
fi
expect_grep_fixed "$ERR" "xxgk: fake.zip: not a zip archive that can be read (" "stderr"
end

begin "zip archive: an entry packed far more tightly than any report is not unpacked"
run check bomb.zip
no_crash; expect_rc 2
expect_grep_fixed "$ERR" "bomb.zip/炸弹.txt: " "stderr"
expect_grep_fixed "$ERR" "unpacked (more than 200 times as many): no report packs so tightly, a zip bomb perhaps: not read" "stderr"
expect_grep_fixed "$OUT" "bomb.zip/甲局.txt: 测试局, 2024, format 2021, 0 errors" "stdout"
end

begin "stdin (-): check reads it"
run check - <"$W/valid.txt"
no_crash; expect_rc 0
expect_grep "$OUT" 'format 2021' "stdout"
end

begin "stdin (-) given twice: refused before anything is read or written, it can be read once"
run check - - <"$W/valid.txt"
no_crash; expect_rc 2
expect_grep_fixed "$ERR" "given twice" "stderr"
if [ -s "$OUT" ]; then fail "a report read after a usage error: $(excerpt "$OUT")"; fi
run parse -f csv -o "$W/twice.csv" - - <"$W/valid.txt"
no_crash; expect_rc 2
if [ -e "$W/twice.csv" ]; then fail "-o FILE written after a usage error"; fi
end

begin "directory: a symbolic link back up the tree, or a second link to a folder, is walked once"
mkdir -p "$W/loop/a"
cp "$W/valid.txt" "$W/loop/a/r.txt"
ln -s .. "$W/loop/a/up"
ln -s a "$W/loop/b"
run check loop loop/a
no_crash; expect_rc 0
n=$(grep -c 'format 2021' "$OUT")
if [ "$n" -ne 1 ]; then fail "expected 1 report, got $n: $(excerpt "$OUT")"; fi
end

begin "directory: a broken link among the reports is an input that could not be read, not passed over"
mkdir -p "$W/dangling"
cp "$W/valid.txt" "$W/dangling/a.txt"
ln -s "$W/no-such-file.txt" "$W/dangling/b.txt"
run parse --format json dangling
no_crash; expect_rc 2
expect_grep "$OUT" '^\{"file":"dangling/b.txt","error":' "stdout"
n=$(grep -c '"title"' "$OUT")
if [ "$n" -ne 1 ]; then fail "expected a.txt read, got $n reports: $(excerpt "$OUT")"; fi
rm "$W/dangling/b.txt"
mkfifo "$W/dangling/pipe.txt" # (opened, it would wait for a writer for ever)
run parse --format json dangling
no_crash; expect_rc 2
expect_grep "$ERR" 'dangling/pipe.txt: not a regular file \(a pipe or a device\): not read' "stderr"
expect_grep "$OUT" '^\{"file":"dangling/pipe.txt","error":"not a regular file \(a pipe or a device\): not read"' "stdout"
run check --format csv dangling
no_crash; expect_rc 2
expect_grep "$OUT" '^dangling/pipe.txt,.*file-unreadable' "stdout"
end

begin "a file name in GB18030 (a Chinese Windows' zip unpacked) shown as its characters"
mkdir -p "$W/gbnames"
cp "$W/valid.txt" "$W/gbnames/$(printf '\275\273\315\250').txt"   # 交通.txt
: > "$W/gbnames/$(printf '\273\265').txt"                           # 坏.txt, empty
run check --format json gbnames
no_crash; expect_rc 2
expect_grep_fixed "$OUT" '{"file":"gbnames/交通.txt","format":"2021"' "stdout"
expect_grep_fixed "$OUT" '{"file":"gbnames/坏.txt","format":null,"agency":null,"year":null,"error":"the file is empty"' "stdout"
expect_grep_fixed "$ERR" 'gbnames/坏.txt: the file is empty' "stderr"
end

begin "stdin (-): parse reads it, same figures"
run parse --format json - <"$W/valid.txt"
no_crash; expect_rc 0
py one-line "$OUT"
py same "$W/valid.json" "$OUT"
end

begin "stdin (-): broken report gives exit 1"
run check - <"$W/bad.txt"
no_crash; expect_rc 1
expect_grep_fixed "$OUT" "arith-row-total" "stdout"
end

begin "stdin (-): empty stdin gives exit 2"
run check - </dev/null
no_crash; expect_rc 2
end

# ---------------------------------------------------------------------------
# usage

usage_case() {  # NAME STDERR_ERE ARGS...
    local name="$1" re="$2"
    shift 2
    begin "$name"
    run "$@" </dev/null
    no_crash; expect_rc 2
    expect_grep "$ERR" "$re" "stderr"
    end
}
usage_case "bad usage: unknown option (check)" '--bogus' check --bogus valid.txt
usage_case "bad usage: unknown option (parse)" '--bogus' parse --bogus valid.txt
usage_case "bad usage: -json is no option" 'unknown option -json' parse valid.txt -json
usage_case "bad usage: unknown --format (parse)" 'xml' parse --format xml valid.txt
usage_case "bad usage: unknown --format (check)" 'unknown --format: md \(one of json, csv, xlsx, sqlite, text\)' check --format md valid.txt
usage_case "bad usage: missing PATH (check)" 'input|PATH|usage' check
usage_case "bad usage: missing PATH (parse)" 'input|PATH|usage' parse
usage_case "bad usage: -j 0 (check)" '-j' check -j 0 valid.txt
usage_case "bad usage: -j 0 (parse)" '-j' parse -j 0 valid.txt
usage_case "bad usage: -j not a number" '-j|jobs' parse -j x valid.txt
usage_case "bad usage: --format without value" 'format' parse --format
usage_case "bad usage: unknown --lang" 'lang|fr' check --lang fr valid.txt
usage_case "bad usage: unknown command" 'frob' frob valid.txt
usage_case "bad usage: no command" 'usage' 

begin "xlsx, sqlite: -o writes one workbook or database, a row per report under the CSV header"
run parse --format xlsx -o "$W/out.xlsx" valid.txt bad.txt
no_crash; expect_rc 0
if [ -s "$OUT" ]; then fail "stdout not empty with -o"; fi
python3 - "$W/out.xlsx" <<'PY' || fail "the workbook is not as expected"
import sys, zipfile, re
z = zipfile.ZipFile(sys.argv[1])
sheet = z.read("xl/worksheets/sheet1.xml").decode()
assert len(re.findall(r"<row ", sheet)) == 3, "rows"
assert "<t>requests.new.total</t>" in sheet and "<t>valid.txt</t>" in sheet, "strings"
assert '<c r="C2"><v>2024</v></c>' in sheet, "year as a number"
PY
# a file name holding what Excel reads as an escaped character is escaped itself
cp "$W/valid.txt" "$W/a_x0041_b.txt"
run parse --format xlsx -o "$W/esc.xlsx" a_x0041_b.txt
no_crash; expect_rc 0
python3 - "$W/esc.xlsx" <<'PY' || fail "a literal _x0041_ is not escaped in the workbook"
import sys, zipfile
sheet = zipfile.ZipFile(sys.argv[1]).read("xl/worksheets/sheet1.xml").decode()
assert "a_x005F_x0041_b.txt" in sheet, sheet[:400]
PY
# a file name holding U+FFFE or U+FFFF, which XML forbids: left out, the workbook well-formed
NONCHAR="$(printf 'a\xef\xbf\xbfb.txt')"
cp "$W/valid.txt" "$W/$NONCHAR"
run parse --format xlsx -o "$W/nonchar.xlsx" "$NONCHAR"
no_crash; expect_rc 0
python3 - "$W/nonchar.xlsx" <<'PY' || fail "U+FFFF is written into the workbook"
import sys, zipfile, xml.dom.minidom
z = zipfile.ZipFile(sys.argv[1])
for name in z.namelist():
    if name.endswith(".xml"):
        xml.dom.minidom.parseString(z.read(name))
assert "<t>ab.txt</t>" in z.read("xl/worksheets/sheet1.xml").decode()
PY
# with SOURCE_DATE_EPOCH the same input makes the same bytes
SOURCE_DATE_EPOCH=1700000000 "$XXGK" parse --format xlsx -o "$W/a.xlsx" valid.txt 2>/dev/null
sleep 1
SOURCE_DATE_EPOCH=1700000000 "$XXGK" parse --format xlsx -o "$W/b.xlsx" valid.txt 2>/dev/null
cmp -s "$W/a.xlsx" "$W/b.xlsx" || fail "xlsx differs between two runs with SOURCE_DATE_EPOCH"
run parse --format sqlite -o "$W/out.db" valid.txt bad.txt
no_crash; expect_rc 0
python3 - "$W/out.db" <<'PY' || fail "the database is not as expected"
import sys, sqlite3
db = sqlite3.connect(sys.argv[1])
rows = db.execute('SELECT file, year, "requests.new.total" FROM reports ORDER BY file').fetchall()
assert [r[0] for r in rows] == ["bad.txt", "valid.txt"], rows
assert all(r[1] == 2024 and isinstance(r[2], int) for r in rows), rows
PY
run parse --format xlsx -o "$W/no-such-dir/out.xlsx" valid.txt
no_crash; expect_rc 2
expect_grep "$ERR" 'no-such-dir' "stderr"
cp "$W/bad.txt" "$W/bad-twice.txt"
run check --format xlsx -o "$W/findings.xlsx" bad.txt valid.txt bad-twice.txt
no_crash; expect_rc 1
python3 - "$W/findings.xlsx" <<'PY' || fail "the findings workbook has no rules sheet as expected"
import sys, zipfile, re
z = zipfile.ZipFile(sys.argv[1])
book = z.read("xl/workbook.xml").decode()
assert 'name="findings"' in book and 'name="rules"' in book, book
rules = z.read("xl/worksheets/sheet2.xml").decode()
rows = re.findall(r'<row r="(\d+)"[^>]*>(.*?)</row>', rules)
cells = {r: re.findall(r"<t>([^<]*)</t>|<v>([^<]*)</v>", body) for r, body in rows}
table = [[a or b for a, b in cells[r]] for r, _ in rows]
assert table[0] == ["rule", "category", "severity", "files", "message"], table[0]
assert ["arith-row-total", "arithmetic", "error", "2",
        "the 总计 column does not equal the sum of the six applicant columns"] in table, table
assert all(int(r[3]) == 2 for r in table[1:]), table  # the two copies, never the clean one
# every file checked has a row of the sheet "files", the clean one too
assert 'name="files"' in book, book
rows = re.findall(r'<row r="(\d+)"[^>]*>(.*?)</row>', z.read("xl/worksheets/sheet3.xml").decode())
table = [[a or b for a, b in re.findall(r"<t>([^<]*)</t>|<v>([^<]*)</v>", body)] for _, body in rows]
assert table[0] == ["file", "agency", "year", "format", "errors", "warnings", "notes", "error"], table
assert [r[0] for r in table[1:]] == ["bad.txt", "valid.txt", "bad-twice.txt"], table
assert table[2][2:5] == ["2024", "2021", "0"], table
assert int(table[1][4]) > 0 and table[1][4] == table[3][4], table
PY
# for people, in Chinese: the sheets, headers, severities and categories in words
XXGK_LANG=zh "$XXGK" check --format xlsx -o "$W/findings-zh.xlsx" bad.txt valid.txt bad-twice.txt >/dev/null 2>&1
python3 - "$W/findings-zh.xlsx" <<'PY' || fail "the findings workbook is not in Chinese"
import sys, zipfile, re
z = zipfile.ZipFile(sys.argv[1])
book = z.read("xl/workbook.xml").decode()
assert re.findall(r'<sheet name="([^"]*)"', book) == ["问题", "规则", "文件"], book
rows = re.findall(r'<row r="(\d+)"[^>]*>(.*?)</row>', z.read("xl/worksheets/sheet2.xml").decode())
table = [[a or b for a, b in re.findall(r"<t>([^<]*)</t>|<v>([^<]*)</v>", body)] for _, body in rows]
assert table[0] == ["规则", "类别", "严重程度", "涉及文件数", "问题"], table[0]
assert ["arith-row-total", "勾稽关系", "错误", "2", "总计列不等于六类申请人之和"] in table, table
PY
run check --format sqlite -o "$W/findings.db" bad.txt valid.txt bad-twice.txt
no_crash; expect_rc 1
python3 - "$W/findings.db" <<'PY' || fail "the findings database has no rules view as expected"
import sys, sqlite3
db = sqlite3.connect(sys.argv[1])
rows = db.execute("SELECT rule, category, severity, files FROM rules").fetchall()
assert ("arith-row-total", "arithmetic", "error", 2) in rows, rows
assert all(r[3] == 2 for r in rows), rows
files = db.execute("SELECT file, year, format, errors, error FROM files").fetchall()
assert [f[0] for f in files] == ["bad.txt", "valid.txt", "bad-twice.txt"], files
assert files[1] == ("valid.txt", 2024, "2021", 0, None), files
errors = db.execute("SELECT count(*) FROM findings WHERE file = 'bad.txt' AND severity = 'error'")
assert files[0][3] == errors.fetchone()[0] > 0, files
PY
# a file name with a line break in it stays one row of each table
cp "$W/valid.txt" "$W/a
b.txt"
run check --format sqlite -o "$W/nl.db" "a
b.txt" valid.txt
no_crash
python3 - "$W/nl.db" <<'PY' || fail "a file name with a line break splits the table of files"
import sys, sqlite3
db = sqlite3.connect(sys.argv[1])
files = db.execute("SELECT file, year FROM files").fetchall()
assert files == [("a\nb.txt", 2024), ("valid.txt", 2024)], files
names = {r[0] for r in db.execute("SELECT file FROM findings")}
assert names <= {"a\nb.txt", "valid.txt"}, names
PY
rm -f "$W/a
b.txt"
# files that could not be read: the rule's message, not one file's reason for all
for f in xlsx sqlite; do
    run check --format $f -o "$W/unread.$f" valid.txt no-such-1.txt no-such-2.txt
    no_crash; expect_rc 2
done
python3 - "$W/unread.sqlite" "$W/unread.xlsx" <<'PY' || fail "the rules of unreadable files say another thing"
import sys, sqlite3, zipfile
want = "the file cannot be read (empty, not text, undecodable or missing)"
rows = sqlite3.connect(sys.argv[1]).execute("SELECT rule, files, message FROM rules").fetchall()
assert ("file-unreadable", 2, want) in rows, rows
sheet = zipfile.ZipFile(sys.argv[2]).read("xl/worksheets/sheet2.xml").decode()
assert want in sheet and "no-such" not in sheet, sheet
# in the table of files, each with its own reason
files = sqlite3.connect(sys.argv[1]).execute("SELECT file, format, error FROM files").fetchall()
assert [f[:2] for f in files] == [("valid.txt", "2021"), ("no-such-1.txt", None),
                                  ("no-such-2.txt", None)], files
assert files[0][2] is None and all(f[2] for f in files[1:]), files
PY
end

if [ -w /dev/full ]; then
    begin "a full disk: exit 2 and a message, with or without -o"
    run parse --format csv -o /dev/full valid.txt
    no_crash; expect_rc 2
    expect_grep "$ERR" 'cannot write' "stderr"
    timeout 60 "$XXGK" check valid.txt >/dev/full 2>"$ERR"
    RC=$?
    LAST_CMD="xxgk check valid.txt >/dev/full"
    no_crash; expect_rc 2
    expect_grep "$ERR" 'cannot write' "stderr"
    end
fi

begin "-o FILE: replaced only by a whole output, never an input, usual permissions"
printf 'kept\n' >"$W/kept.csv"
run parse --format csv -o "$W/kept.csv" no-such-file.txt
no_crash; expect_rc 2
if [ "$(cat "$W/kept.csv")" != "kept" ]; then fail "-o file replaced by a run that read nothing"; fi
run parse --format docx -o "$W/kept.csv" valid.txt bad.txt
no_crash; expect_rc 2
if [ "$(cat "$W/kept.csv")" != "kept" ]; then fail "-o file replaced by a refused run"; fi
cp valid.txt "$W/in.txt"
run parse -o "$W/in.txt" "$W/in.txt"
no_crash; expect_rc 2
expect_grep "$ERR" 'names an input' "stderr"
run parse -o "" valid.txt
no_crash; expect_rc 2
expect_grep_fixed "$ERR" "xxgk parse: -o needs a file name" "stderr"
if ! cmp -s valid.txt "$W/in.txt"; then fail "the input named by -o was changed"; fi
# ... or read as standard input (`-`, or --from -), redirected from the file -o names
run parse --format csv -o "$W/in.txt" - <"$W/in.txt"
no_crash; expect_rc 2
expect_grep "$ERR" 'names an input' "stderr"
if ! cmp -s valid.txt "$W/in.txt"; then fail "the input read as stdin was replaced by -o"; fi
printf '%s\n' "$W/in.txt" >"$W/list.txt"
cp "$W/list.txt" "$W/list-first.txt"
run check -o "$W/list.txt" --from - <"$W/list.txt"
no_crash; expect_rc 2
if ! cmp -s "$W/list-first.txt" "$W/list.txt"; then fail "the --from list read as stdin was replaced"; fi
run parse --format csv -o "$W/kept.csv" valid.txt
no_crash; expect_rc 0
if ! head -n 1 "$W/kept.csv" | grep -q '^file,agency,'; then fail "-o file not replaced"; fi
# a file replaced keeps its permissions (one kept private stays so); a link is written through
echo private >"$W/private.csv"
chmod 600 "$W/private.csv"
run parse --format csv -o "$W/private.csv" valid.txt
if [ "$(stat -c %a "$W/private.csv")" != 600 ]; then fail "-o made a private file readable by all"; fi
echo old >"$W/target.csv"
ln -sf target.csv "$W/link.csv"
run parse --format csv -o "$W/link.csv" valid.txt
no_crash; expect_rc 0
if [ ! -L "$W/link.csv" ]; then fail "-o replaced a link instead of writing through it"; fi
if ! head -n 1 "$W/target.csv" | grep -q '^file,agency,'; then fail "-o did not write a link's target"; fi
mkdir -p "$W/odir"
cp valid.txt "$W/odir/"
run check -o "$W/odir/findings.txt" "$W/odir"
no_crash; expect_rc 0
cp "$W/odir/findings.txt" "$W/findings-first.txt"
# a file found in a folder being read is an input too, whatever wrote it: a report there named
# by -o would be read and then replaced; so is the zip archive holding one, and --from's list
run check -o "$W/odir/findings.txt" "$W/odir"
no_crash; expect_rc 2
expect_grep_fixed "$ERR" "xxgk check: -o $W/odir/findings.txt is one of the inputs ($W/odir/findings.txt): refusing to overwrite it; write the output outside the inputs' folders" "stderr"
if ! cmp -s "$W/odir/findings.txt" "$W/findings-first.txt"; then fail "an input found in a folder was replaced"; fi
cp valid.txt "$W/odir/report.txt"
run parse --format csv -o "$W/odir/report.txt" "$W/odir"
no_crash; expect_rc 2
if ! cmp -s valid.txt "$W/odir/report.txt"; then fail "a report found in a folder was replaced by -o"; fi
mkdir -p "$W/zdir"
python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1], "w").write(sys.argv[2], "report.txt")' \
    "$W/zdir/reports.zip" valid.txt
cp "$W/zdir/reports.zip" "$W/reports-first.zip"
run parse --format csv -o "$W/zdir/reports.zip" "$W/zdir"
no_crash; expect_rc 2
expect_grep_fixed "$ERR" "is one of the inputs ($W/zdir/reports.zip/report.txt)" "stderr"
if ! cmp -s "$W/zdir/reports.zip" "$W/reports-first.zip"; then fail "a zip archive read was replaced by -o"; fi
printf '%s\n' "$W/odir/report.txt" >"$W/list.txt"
run parse --format csv --from "$W/list.txt" -o "$W/list.txt"
no_crash; expect_rc 2
expect_grep "$ERR" 'names an input' "stderr"
if [ "$(cat "$W/list.txt")" != "$W/odir/report.txt" ]; then fail "--from's list replaced by -o"; fi
if [ -n "$(find "$W" -name '*.partial-*')" ]; then fail "partial files left behind"; fi
if [ "$(umask)" = "0022" ] && [ "$(stat -c %a "$W/kept.csv")" != "644" ]; then
    fail "-o file has mode $(stat -c %a "$W/kept.csv")"
fi
end

begin "options after the paths, -f for --format, -- before a path that starts with a dash"
cp "$W/valid.txt" "$W/-dash.txt"
run parse valid.txt -f json
no_crash; expect_rc 0
if ! cmp -s "$OUT" "$W/valid.json"; then fail "parse valid.txt -f json differs from --format json"; fi
run check valid.txt --format json -j 2
no_crash; expect_rc 0
py one-line "$OUT"
run parse --format json -- -dash.txt
no_crash; expect_rc 0
py fixture "$OUT"
run check -- --help
no_crash; expect_rc 2
expect_grep "$ERR" '--help' "stderr (a file named --help after --)"
# values attached to short options; -json is no -j
run parse -fjson valid.txt
no_crash; expect_rc 0
if ! cmp -s "$OUT" "$W/valid.json"; then fail "parse -fjson differs from --format json"; fi
run parse -o"$W/attached.json" --format=json valid.txt
no_crash; expect_rc 0
if ! cmp -s "$W/attached.json" "$W/valid.json"; then fail "-oFILE did not write FILE"; fi
run check -json valid.txt
no_crash; expect_rc 2
expect_grep "$ERR" 'unknown option -json' "stderr"
# options before the command are the command's own
run --format json parse valid.txt
no_crash; expect_rc 0
if ! cmp -s "$OUT" "$W/valid.json"; then fail "--format json parse differs from parse --format json"; fi
run --format text check valid.txt
no_crash; expect_rc 0
expect_grep_fixed "$OUT" "valid.txt" "stdout"
run --db x.db check valid.txt
no_crash; expect_rc 2
expect_grep_fixed "$ERR" "xxgk check: unknown option --db (see 'xxgk check --help')" "stderr"
run --format json
no_crash; expect_rc 2
expect_grep_fixed "$ERR" 'no command given (a command such as parse, check or request comes before --format)' "stderr"
end

for c in parse check; do
    begin "$c --help: exit 0, prints usage"
    run "$c" --help
    no_crash; expect_rc 0
    expect_grep "$OUT" "^usage: xxgk $c" "stdout"
    end
done
begin "--help: exit 0, prints usage"
run --help
no_crash; expect_rc 0
expect_grep "$OUT" '^usage' "stdout"
end
begin "--help: Chinese by default, English with --lang en"
XXGK_LANG= run --help
no_crash; expect_rc 0
expect_grep "$OUT" '^用法：xxgk COMMAND \[OPTIONS\] PATH\.\.\.$' "stdout (Chinese usage)"
expect_grep "$OUT" '^  check    检查报告，列出每个问题及其依据$' "stdout (Chinese summary)"
XXGK_LANG= run --help --lang en
no_crash; expect_rc 0
expect_grep "$OUT" '^usage: xxgk COMMAND \[OPTIONS\] PATH\.\.\.$' "stdout (English usage)"
expect_grep "$OUT" '^  check    check reports and list every problem with its evidence$' "stdout"
XXGK_LANG= run check --help
no_crash; expect_rc 0
expect_grep_fixed "$OUT" "用法：xxgk check [--format FMT] [--lang zh|en] [--agency-kind KIND]" "stdout"
expect_grep_fixed "$OUT" "  -j, --jobs N      同时检查 N 个文件（默认 1）" "stdout"
expect_no_grep_fixed "$OUT" "usage:" "stdout (no English)"
XXGK_LANG= run check --lang en --help
no_crash; expect_rc 0
expect_grep_fixed "$OUT" "usage: xxgk check [--format FMT] [--lang zh|en] [--agency-kind KIND]" "stdout"
expect_grep_fixed "$OUT" "  -j, --jobs N      check N files at a time (default 1)" "stdout"
end

# ---------------------------------------------------------------------------
# csv, md

begin "csv: header and exactly one row for one report"
run parse --format csv valid.txt
no_crash; expect_rc 0
n=$(wc -l <"$OUT")
if [ "$n" -ne 2 ]; then fail "expected 2 lines, got $n"; fi
if ! head -n 1 "$OUT" | grep -q '^file,agency,year,format,published'; then
    fail "header does not start with file,agency,year,format,published: $(head -c 120 "$OUT")"
fi
if ! sed -n 2p "$OUT" | grep -Fq 'valid.txt,测试局,2024,2021,2025-01-20,'; then
    fail "row does not start with valid.txt,测试局,2024,2021,2025-01-20: $(sed -n 2p "$OUT" | head -c 120)"
fi
# same number of fields in header and row (no commas in the values here)
hf=$(head -n 1 "$OUT" | awk -F, '{print NF}')
rf=$(sed -n 2p "$OUT" | awk -F, '{print NF}')
if [ "$hf" != "$rf" ]; then fail "header has $hf fields, row has $rf"; fi
end

begin "csv: two reports give header plus two rows"
run parse --format csv valid.txt bad.txt
no_crash; expect_rc 0
n=$(wc -l <"$OUT")
if [ "$n" -ne 3 ]; then fail "expected 3 lines, got $n"; fi
end

begin "md: round trip through parse --format json - gives the same figures"
run parse --format md valid.txt
no_crash; expect_rc 0
cp "$OUT" "$W/valid.md"
expect_grep_fixed "$W/valid.md" "行政许可" "md output"
run parse --format json - <"$W/valid.md"
no_crash; expect_rc 0
py one-line "$OUT"
py same "$W/valid.json" "$OUT"
end

# ---------------------------------------------------------------------------
# -j: order and content identical to -j 1

mkdir -p "$W/many"
for i in $(seq 1 30); do
    f=$(printf '%s/many/r%02d.txt' "$W" "$i")
    if [ $((i % 7)) -eq 0 ]; then cp "$W/bad.txt" "$f"; else cp "$W/valid.txt" "$f"; fi
done

begin "-j 2 over 30 files: parse output identical to -j 1"
run parse -j 1 many
no_crash; expect_rc 0
cp "$OUT" "$W/j1.json"
py all-lines "$W/j1.json" 30
run parse -j 2 many
no_crash; expect_rc 0
if ! cmp -s "$W/j1.json" "$OUT"; then fail "parse -j 2 output differs from -j 1"; fi
run parse --jobs 8 many
no_crash; expect_rc 0
if ! cmp -s "$W/j1.json" "$OUT"; then fail "parse --jobs 8 output differs from -j 1"; fi
end

begin "-j 2 over 30 files: check output identical to -j 1"
run check -j 1 many
no_crash; expect_rc 1
cp "$OUT" "$W/j1.txt"
n=$(grep -c 'format 2021' "$W/j1.txt")
if [ "$n" -ne 30 ]; then fail "expected 30 'format 2021' lines, got $n"; fi
run check -j 2 many
no_crash; expect_rc 1
if ! cmp -s "$W/j1.txt" "$OUT"; then fail "check -j 2 output differs from -j 1"; fi
run check -j 8 --format json many
no_crash; expect_rc 1
py all-lines "$OUT" 30
end

# ---------------------------------------------------------------------------
# across years: the same agency's report for the year before

# 2023: carries 2 requests over (and carried 2 in), 3 行政规范性文件 in force, one more granted
sed -e 's/2024年/2023年/g' -e 's/2025年1月20日/2024年1月19日/' \
    -e 's/^\(一、本年新收政府信息公开申请数量\t\t\)3\t1\t0\t0\t1\t0\t5$/\14\t1\t0\t0\t1\t0\t6/' \
    -e 's/^\(三、本年度办理结果\t（一）予以公开\t\)2\t1\t0\t0\t0\t0\t3$/\13\t1\t0\t0\t0\t0\t4/' \
    -e 's/^\(\t（七）总计\t\)3\t1\t0\t0\t1\t0\t5$/\14\t1\t0\t0\t1\t0\t6/' \
    -e 's/^\(四、结转下年度继续办理\t\t\)1\t0\t0\t0\t0\t0\t1$/\12\t0\t0\t0\t0\t0\t2/' \
    -e 's/^\(二、上年结转政府信息公开申请数量\t\t\)1\t0\t0\t0\t0\t0\t1$/\12\t0\t0\t0\t0\t0\t2/' \
    -e 's/^行政规范性文件\t2\t0\t5$/行政规范性文件\t2\t0\t3/' "$W/valid.txt" >"$W/last-year.txt"
# the same, but carrying over the 1 that 2024 takes in
sed -e 's/^\(四、结转下年度继续办理\t\t\)2\t0\t0\t0\t0\t0\t2$/\11\t0\t0\t0\t0\t0\t1/' \
    -e 's/^\(二、上年结转政府信息公开申请数量\t\t\)2\t0\t0\t0\t0\t0\t2$/\11\t0\t0\t0\t0\t0\t1/' \
    "$W/last-year.txt" >"$W/last-year-ok.txt"

begin "across years: 上年结转 against last year's 结转下年度, after the files"
run check --lang zh valid.txt last-year.txt
no_crash; expect_rc 1
expect_grep_fixed "$OUT" "valid.txt：与上年报告 last-year.txt 对照，1 个错误，0 个警告，0 个提示" "stdout"
expect_grep_fixed "$OUT" "valid.txt:30: 错误 [arith-carried-over]" "stdout"
expect_grep_fixed "$OUT" "2023年报告四、结转下年度继续办理：自然人 2，总计 2；2024年报告二、上年结转：自然人 1，总计 1" "stdout"
across=$(grep -n "与上年报告" "$OUT" | cut -d: -f1)
files_end=$(grep -n "^last-year.txt：测试局 2023年度，2021年格式" "$OUT" | cut -d: -f1)
tally=$(grep -n "发现的问题" "$OUT" | cut -d: -f1)
if [ -z "$across" ] || [ -z "$files_end" ] || [ -z "$tally" ] || [ "$across" -le "$files_end" ] ||
   [ "$tally" -le "$across" ]; then
    fail "the check across years does not come after the files and before the summary"
fi
expect_grep "$OUT" '^     1  错误     arith-carried-over  ' "stdout (the tally counts it)"
if [ "$(tail -n 1 "$OUT")" != "已检查 2 个文件：1 个有错误，0 个只有警告或提示，1 个没有问题" ]; then
    fail "no summary last: $(tail -n 1 "$OUT")"
fi
run check --format json last-year.txt valid.txt
no_crash; expect_rc 1
py all-lines "$OUT" 3
if ! tail -n 1 "$OUT" | grep -Fq '{"file":"valid.txt","previous":"last-year.txt","findings":[{"rule":"arith-carried-over"'; then
    fail "last JSON line is not the check across years: $(tail -n 1 "$OUT" | head -c 200)"
fi
run check --format csv last-year.txt valid.txt
no_crash; expect_rc 1
if [ "$(head -n 1 "$OUT")" != "file,previous,format,rule,category,severity,line,column,page,message,evidence,agency,year" ]; then
    fail "no findings header: $(head -n 1 "$OUT")"
fi
if ! tail -n 1 "$OUT" | grep -q '^valid\.txt,last-year\.txt,,arith-carried-over,arithmetic,error,30,,,'; then
    fail "last CSV row is not the check across years: $(tail -n 1 "$OUT" | head -c 200)"
fi
# another agency's report of the same year, its tables copied figure for figure: said of the
# later given, naming the earlier (the same agency's report twice is no copy)
sed 's/测试局/测试二局/g' "$W/valid.txt" >"$W/copied.txt"
cp "$W/valid.txt" "$W/valid-again.txt"
run check valid.txt copied.txt valid-again.txt
no_crash; expect_rc 0
expect_grep_fixed "$OUT" "copied.txt: against valid.txt, of the same year, 0 errors, 1 warning, 0 notes" "stdout"
expect_grep "$OUT" "^  copied.txt:[0-9]*: warning \[arith-copied-other\] " "stdout"
expect_grep_fixed "$OUT" "the tables of 测试局's report for 2024: all " "stdout"
expect_no_grep_fixed "$OUT" "valid-again.txt: against" "stdout"
run check --format json valid.txt copied.txt
no_crash; expect_rc 0
expect_grep_fixed "$OUT" '{"file":"copied.txt","same_as":"valid.txt","findings":[{"rule":"arith-copied-other"' "stdout"
run check --format sqlite -o "$W/findings.db" last-year.txt valid.txt
no_crash; expect_rc 1
python3 - "$W/findings.db" <<'PY' || fail "the findings database is not as expected"
import sys, sqlite3
db = sqlite3.connect(sys.argv[1])
rows = db.execute("SELECT file, previous, rule, line FROM findings WHERE previous IS NOT NULL").fetchall()
assert rows == [("valid.txt", "last-year.txt", "arith-carried-over", 30)], rows
PY
end

begin "across years: a report two differently named ones could follow is left out"
sed 's/测试局/测试市交通运输局/g' "$W/valid.txt" >"$W/named-2024.txt"
sed 's/测试局/测试市交通运输局/g' "$W/last-year.txt" >"$W/named-2023.txt"
sed 's/测试局/某省测试市交通运输局/g' "$W/last-year.txt" >"$W/named-long-2023.txt"
run check named-2023.txt named-2024.txt
no_crash; expect_rc 1
expect_grep_fixed "$OUT" "named-2024.txt: against last year's named-2023.txt" "stdout"
run check named-long-2023.txt named-2024.txt
no_crash; expect_rc 1
expect_grep_fixed "$OUT" "named-2024.txt: against last year's named-long-2023.txt" "stdout"
run check named-2023.txt named-long-2023.txt named-2024.txt
no_crash; expect_rc 0
expect_no_grep_fixed "$OUT" "against last year" "stdout"
end

begin "a batch ends with the rules found, by the number of files, then the count"
cp "$W/bad.txt" "$W/bad-copy.txt"
run check --lang zh -j 2 bad.txt valid.txt bad-copy.txt
no_crash; expect_rc 1
expect_grep "$OUT" '^     2  错误     arith-row-total  ' "stdout"
expect_grep_fixed "$OUT" "发现的问题，按涉及文件数：" "stdout"
expect_grep_fixed "$OUT" "bad.txt：测试局 2024年度，2021年格式，2 个错误，0 个警告，0 个提示" "stdout"
if [ "$(tail -n 1 "$OUT")" != "已检查 3 个文件：2 个有错误，0 个只有警告或提示，1 个没有问题" ]; then
    fail "no summary last (Chinese): $(tail -n 1 "$OUT")"
fi
run check --lang en bad.txt bad-copy.txt
expect_grep_fixed "$OUT" "rules found, by the number of files:" "stdout"
expect_grep "$OUT" '^     2  error    arith-row-total  ' "stdout"
expect_grep_fixed "$OUT" "bad.txt: 测试局, 2024, format 2021, 2 errors, 0 warnings, 0 notes" "stdout"
if [ "$(tail -n 1 "$OUT")" != "checked 2 files: 2 with errors, 0 with warnings or notes only, 0 clean" ]; then
    fail "no summary last (English): $(tail -n 1 "$OUT")"
fi
run check valid.txt last-year-ok.txt
expect_no_grep_fixed "$OUT" "rules found" "stdout"
expect_no_grep_fixed "$OUT" "发现的问题" "stdout"
end

begin "across years: last year's report given twice is checked against once"
cp "$W/last-year.txt" "$W/last-year-copy.txt"
run check last-year.txt last-year-copy.txt valid.txt
no_crash; expect_rc 1
n=$(grep -c "against last year" "$OUT")
if [ "$n" -ne 1 ]; then fail "expected one check across years, got $n: $(excerpt "$OUT")"; fi
# a copy with other figures is another report: both are compared
sed 's/^行政规范性文件\t2\t0\t3$/行政规范性文件\t2\t0\t4/' "$W/last-year.txt" >"$W/last-year-other.txt"
run check last-year.txt last-year-other.txt valid.txt
no_crash; expect_rc 1
n=$(grep -c "against last year" "$OUT")
if [ "$n" -ne 2 ]; then fail "expected two checks across years, got $n: $(excerpt "$OUT")"; fi
end

begin "across years: reports that carry over cleanly add nothing"
run check last-year-ok.txt valid.txt
no_crash; expect_rc 0
expect_no_grep_fixed "$OUT" "against last year" "stdout"
run check valid.txt
no_crash; expect_rc 0
expect_no_grep_fixed "$OUT" "against last year" "stdout"
end

begin "a few bytes of a PDF, zip or Word file: damaged, exit 2, not read as text"
printf '%%PDF' >"$W/cut.pdf"
printf 'PK\003' >"$W/cut.docx"
printf '\320\317\021\340' >"$W/cut.doc"
for f in cut.pdf cut.docx cut.doc; do
    run check "$f"
    no_crash; expect_rc 2
    expect_grep_fixed "$ERR" "$f: " "stderr"
    expect_grep_fixed "$ERR" "cut short (damaged or truncated)" "stderr"
done
end

begin "a file named .pdf, .docx, .xlsx or .ofd that is a web page: said, exit 2"
printf 'PK\003\004' >"$W/sig.docx"     # a zip's signature and nothing after it
printf 'PK\005\006' >"$W/sig.xlsx"     # an empty archive's end record alone
run check sig.docx
no_crash; expect_rc 2
expect_grep_fixed "$ERR" "sig.docx: a damaged or truncated zip package" "stderr"
run check sig.xlsx
no_crash; expect_rc 2
expect_grep_fixed "$ERR" "sig.xlsx: a damaged or truncated zip package" "stderr"
printf '<html><body>404 Not Found</body></html>\n' >"$W/failed.pdf"
run check failed.pdf
no_crash; expect_rc 2
expect_grep_fixed "$ERR" "failed.pdf: named a .pdf file, it is a web page (HTML), perhaps the site's answer to a download that failed" "stderr"
cp "$W/failed.pdf" "$W/failed.rtf"
run check failed.rtf
no_crash; expect_rc 2
expect_grep_fixed "$ERR" "failed.rtf: named a .rtf file, it is a web page (HTML)" "stderr"
# what else it is, it is read as whatever its name: text named .ofd, Word 97-2003 named .docx
# (which Word opens)
cp "$W/valid.txt" "$W/text.ofd"
run check text.ofd
no_crash; expect_rc 0
cp "$FIXTURES/../../examples/transport-2024.doc" "$W/old-format.docx"
run parse old-format.docx
no_crash; expect_rc 0
end

begin "directories: upper-case extensions found; a folder without reports is an error"
mkdir -p "$W/upper" "$W/none"
cp "$W/valid.txt" "$W/upper/REPORT.TXT"
cp "$FIXTURES/../../fuzz/corpus/page.mht" "$W/upper/SAVED.MHT"
printf 'x' >"$W/none/notes.xls"
run check upper
no_crash; expect_rc 0
expect_grep_fixed "$OUT" "upper/REPORT.TXT" "stdout"
expect_grep_fixed "$OUT" "upper/SAVED.MHT: 测试市交通运输局, 2019, format 2019" "stdout"
run check none
no_crash; expect_rc 2
expect_grep_fixed "$ERR" "none: no reports found" "stderr"
# OpenDocument and RTF documents are reports too
mkdir -p "$W/office"
cp "$FIXTURES/../../fuzz/corpus/report.odt" "$W/office/A.ODT"
cp "$FIXTURES/../../fuzz/corpus/report.rtf" "$W/office/b.rtf"
run check office
no_crash
expect_grep_fixed "$OUT" "office/A.ODT: " "stdout"
expect_grep_fixed "$OUT" "office/b.rtf: " "stdout"
run check --lang zh none
no_crash; expect_rc 2
if [ "$(cat "$ERR")" != "xxgk：文件夹中有 1 个文件不是可读的报告格式，未读取（.xls 1 个）
xxgk：none：没有找到报告文件（.txt .md .html .mht .pdf .docx .doc .wps .ofd ...）" ]; then
    fail "Chinese message: $(excerpt "$ERR")"
fi
end

begin "a folder or an archive without reports is a line of its own in JSON, in input order"
run parse none valid.txt
no_crash; expect_rc 2
if [ "$(head -n 1 "$OUT")" != '{"file":"none","error":"no reports found (.txt .md .html .mht .pdf .docx .doc .wps .ofd ...)"}' ]; then
    fail "first JSON line: $(excerpt "$OUT")"
fi
expect_grep_fixed "$OUT" '"file":"valid.txt","title"' "stdout"
run check --format json none
no_crash; expect_rc 2
expect_grep_fixed "$OUT" '{"file":"none","format":null,"agency":null,"year":null,"error":"no reports found (' "stdout"
end

begin "json: an input that cannot be read is a line of its own, in input order, with -j too"
printf '' >"$W/empty-in.txt"
for j in 1 3; do
    run check --format json -j "$j" valid.txt empty-in.txt valid.txt
    no_crash; expect_rc 2
    n=$(wc -l <"$OUT")
    [ "$n" -eq 3 ] || fail "check: expected 3 lines, got $n"
    sed -n 2p "$OUT" | grep -Fqx '{"file":"empty-in.txt","format":null,"agency":null,"year":null,"error":"the file is empty","findings":[]}' ||
        fail "check: second line is $(sed -n 2p "$OUT")"
    run parse -j "$j" valid.txt empty-in.txt
    no_crash; expect_rc 2
    tail -n 1 "$OUT" | grep -Fqx '{"file":"empty-in.txt","error":"the file is empty"}' ||
        fail "parse: last line is $(tail -n 1 "$OUT")"
done
# messages on stderr come in input order whatever the threads
printf '\0\1\2' >"$W/bin-in.txt"
run check -j 4 empty-in.txt valid.txt bin-in.txt valid.txt empty-in.txt
tr '\n' '|' <"$ERR" | grep -q '^xxgk: empty-in.txt: the file is empty|xxgk: bin-in.txt: .*|xxgk: empty-in.txt: the file is empty|$' ||
    fail "stderr order: $(excerpt "$ERR")"
end

begin "UTF-16 without a byte order mark: read as such, or named when it does not read"
iconv -f UTF-8 -t UTF-16LE valid.txt >"$W/nobom16.txt"
run check nobom16.txt
no_crash; expect_rc 0
run check --encoding UTF-16LE nobom16.txt
no_crash; expect_rc 0
iconv -f UTF-8 -t UTF-16BE valid.txt >"$W/nobom16be.txt"
run check nobom16be.txt
no_crash; expect_rc 0
run check --encoding UTF-16BE nobom16be.txt
no_crash; expect_rc 0
# (every other byte NUL, but control characters between: named, not read)
awk 'BEGIN { for (i = 0; i < 64; i++) printf "%c%c", 1, 0 }' >"$W/ctl16.txt"
run check ctl16.txt
no_crash; expect_rc 2
expect_grep_fixed "$ERR" "UTF-16LE text without a byte order mark? use --encoding UTF-16LE" "stderr"
end

begin "options: values attached (-j2, --format=json); an option given twice is refused"
run check -j2 --format=json valid.txt
no_crash; expect_rc 0
expect_grep_fixed "$OUT" '{"file":"valid.txt","format":"2021","agency":"测试局","year":2024,"findings":[]}' "stdout"
run check -j 2 -j 3 valid.txt
no_crash; expect_rc 2
expect_grep_fixed "$ERR" "-j given twice" "stderr"
cp valid.txt "$W/name
with newline.txt"
run check "name
with newline.txt"
no_crash; expect_rc 0
expect_grep_fixed "$OUT" 'name\nwith newline.txt: 测试局, 2024, format 2021' "stdout"
# an option left without its value, another after it: that one is not taken for the value
run check --agency-kind --format json valid.txt
no_crash; expect_rc 2
expect_grep_fixed "$ERR" "xxgk check: --agency-kind needs a value" "stderr"
# -o - is standard output, not a file called -
run check -o - --format json valid.txt
no_crash; expect_rc 0
expect_grep_fixed "$OUT" '{"file":"valid.txt","format":"2021","agency":"测试局","year":2024,"findings":[]}' "stdout"
[ ! -e "$W/-" ] || fail "-o - wrote a file called -"
end

begin "--from: inputs listed one per line (CRLF, blank lines, a BOM), after those named; - reads the list from stdin"
printf '\357\273\277valid.txt\r\n\r\nbad.txt\n' >"$W/list.txt"
run check --format json --from list.txt valid.txt
no_crash; expect_rc 1
py all-lines "$OUT" 3
expect_grep_fixed "$OUT" '{"file":"valid.txt","format":"2021","agency":"测试局","year":2024,"findings":[]}' "stdout"
[ "$(sed -n 3p "$OUT" | cut -c1-18)" = '{"file":"bad.txt",' ] || fail "bad.txt is not the third line: $(excerpt "$OUT")"
printf 'valid.txt\n' >"$W/one.txt"
run parse --format csv --from - <"$W/one.txt"
no_crash; expect_rc 0
[ "$(wc -l <"$OUT")" -eq 2 ] || fail "parse --from -: want a header and one row: $(excerpt "$OUT")"
: >"$W/empty-list.txt"
run check --from empty-list.txt
no_crash; expect_rc 2
expect_grep_fixed "$ERR" "--from empty-list.txt lists no input" "stderr"
printf -- '-\n' >"$W/dash.txt"
run check --from - <"$W/dash.txt"
no_crash; expect_rc 2
expect_grep_fixed "$ERR" "the list read by --from - names -" "stderr"
run check --from no-such-list.txt
no_crash; expect_rc 2
expect_grep_fixed "$ERR" "--from no-such-list.txt: No such file or directory" "stderr"
end

begin "sum: one total per year, repeats counted once, what is left out named (exit 1), the same whatever -j"
sed 's/测试局/乙局/g' valid.txt >other.txt
cp valid.txt valid-copy.txt
printf '一份说明，没有统计表。\n' >notes.txt
run sum --format json valid.txt other.txt valid-copy.txt
no_crash; expect_rc 0
py one-line "$OUT"
python3 - "$OUT" <<'PYEOF' || fail "sum JSON: $(excerpt "$OUT")"
import json, sys
o = json.loads(open(sys.argv[1], encoding="utf-8").read())
assert o["summed"] == 2, o["summed"]
assert o["year"] == 2024 and o["format"] == "2021", (o["year"], o["format"])
assert o["requests"]["new"] == [6, 2, 0, 0, 2, 0, 10], o["requests"]["new"]
assert o["active"]["licensing"] == 20, o["active"]["licensing"]
rules = [d["rule"] for d in o["diagnostics"]]
assert rules == ["total-repeated"], rules
PYEOF
expect_grep_fixed "$ERR" "2024 (2021 format): 2 reports added up" "stderr"
expect_grep_fixed "$ERR" "valid-copy.txt repeats valid.txt (测试局, 2024, the same figures): counted once" "stderr"
cp "$OUT" sum-j1.json
run sum --format json -j 3 valid.txt other.txt valid-copy.txt
cmp -s "$OUT" sum-j1.json || fail "-j 3 wrote another total: $(excerpt "$OUT")"
run sum --format json valid.txt notes.txt no-such-file.txt
no_crash; expect_rc 2
expect_grep_fixed "$ERR" "xxgk sum: notes.txt: no statistics table found: left out" "stderr"
py one-line "$OUT"
python3 - "$OUT" <<'PYEOF' || fail "sum JSON, inputs left out: $(excerpt "$OUT")"
import json, sys
o = json.loads(open(sys.argv[1], encoding="utf-8").read())
left = [d["evidence"] for d in o["diagnostics"] if d["rule"] == "total-left-out"]
assert len(left) == 2, left
assert left[0] == "notes.txt: no statistics table found: left out", left
assert left[1] == "no-such-file.txt: No such file or directory: left out", left
PYEOF
run sum valid.txt no-such-file.txt
no_crash; expect_rc 2
expect_grep_fixed "$OUT" "# 2024年政府信息公开工作年度报告（汇总）" "stdout"
# an input left out is a warning of every total: counted under each on stderr, as in the CSV
sed 's/2024年/2023年/' valid.txt >y2023.txt
run sum --format csv valid.txt y2023.txt notes.txt
no_crash; expect_rc 1
expect_grep_fixed "$ERR" "2023 (2021 format): 1 reports added up; 0 errors, 1 warnings, 0 notes" "stderr"
expect_grep_fixed "$ERR" "2024 (2021 format): 1 reports added up; 0 errors, 1 warnings, 0 notes" "stderr"
expect_grep_fixed "$ERR" "      listed under the first total (1)" "stderr"
[ "$(grep -c 'notes.txt: no statistics table found: left out' "$ERR")" -eq 2 ] ||
    fail "notes.txt not named once as read and once under the first total: $(excerpt "$ERR")"
python3 - "$OUT" <<'PYEOF' || fail "the CSV's errors and warnings: $(excerpt "$OUT")"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
assert [(r["year"], r["errors"], r["warnings"]) for r in rows] == [
    ("2023", "0", "1"), ("2024", "0", "1")], rows
PYEOF
# nothing to add up: exit 1 as without -o, and the file given to -o kept as it was
echo kept >kept.md
run sum -o kept.md notes.txt
no_crash; expect_rc 1
expect_grep_fixed "$ERR" "xxgk sum: no report to add up" "stderr"
[ "$(cat kept.md)" = kept ] || fail "kept.md changed although nothing was added up"
end

begin "sum: the total in the official layout reads back as the same figures; docx takes one year"
run sum --name 测试市 valid.txt other.txt
no_crash; expect_rc 0
cp "$OUT" total.md
expect_grep_fixed total.md "# 测试市2024年政府信息公开工作年度报告（汇总）" "the Markdown"
run sum --format json valid.txt other.txt
cp "$OUT" total.json
run parse total.md
no_crash; expect_rc 0
py same "$OUT" total.json
sed 's/2024年/2023年/' valid.txt >last-year.txt
run sum --format docx -o total.docx valid.txt last-year.txt
no_crash; expect_rc 2
expect_grep_fixed "$ERR" "--format docx writes one document, and the inputs make 2 totals" "stderr"
[ -e total.docx ] && fail "total.docx written although the command failed"
# --year picks one year's reports: the others passed over, counted on stderr, no failure
run sum --format docx --year 2024 -o total.docx valid.txt last-year.txt
no_crash; expect_rc 0
expect_grep_fixed "$ERR" "xxgk sum: 1 report of other years not added up (--year 2024)" "stderr"
expect_grep_fixed "$ERR" "2024 (2021 format): 1 reports added up" "stderr"
[ -s total.docx ] || fail "no total.docx for --year 2024"
run sum --year 2022 valid.txt last-year.txt
no_crash; expect_rc 1
expect_grep_fixed "$ERR" "xxgk sum: 2 reports of other years not added up (--year 2022)" "stderr"
run sum --year 24 valid.txt
no_crash; expect_rc 2
expect_grep_fixed "$ERR" "--year needs a year from 2008 to 2100: 24" "stderr"
run parse --year 2024 valid.txt
no_crash; expect_rc 2
rm -f total.docx
run sum --format docx -o total.docx valid.txt other.txt
no_crash; expect_rc 0
[ -s total.docx ] || fail "no total.docx"
# a total written beside its reports is not added again on the next run (it was, as 测试市's)
mkdir -p sumdir && cp valid.txt other.txt sumdir/
run sum --name 测试市 -o sumdir/汇总.md sumdir
no_crash; expect_rc 0
cp total.docx sumdir/汇总.docx
run sum --format json sumdir
no_crash; expect_rc 0
py same "$OUT" total.json
why="a total xxgk sum wrote, not an agency's report (its figures would count twice)"
expect_grep_fixed "$ERR" "xxgk sum: sumdir/汇总.md: $why: left out" "stderr"
expect_grep_fixed "$ERR" "xxgk sum: sumdir/汇总.docx: $why: left out" "stderr"
expect_grep_fixed "$ERR" "2024 (2021 format): 2 reports added up; 0 errors, 2 warnings" "stderr"
# ... but named, a total is an office's report: a city adds up its districts' totals
run sum --name 甲区 -o a-total.md valid.txt
no_crash; expect_rc 0
run sum --name 乙区 -o b-total.md other.txt
no_crash; expect_rc 0
run sum --format json --name 测试市 a-total.md b-total.md
no_crash; expect_rc 0
py same "$OUT" total.json
run parse --format json sumdir/汇总.md
no_crash; expect_rc 0
py same "$OUT" total.json
# a district's totals of two years in one file: the second is not read, and the city's total
# says so (exit 1), not dropping it unseen
sed 's/2024年/2023年/g' other.txt >other-2023.txt
run sum --name 丙区 -o c-total.md other-2023.txt other.txt
no_crash; expect_rc 0
run sum --format json --name 测试市 c-total.md
no_crash; expect_rc 1
expect_grep_fixed "$ERR" "xxgk sum: c-total.md: another report begins on line" "stderr"
expect_grep_fixed "$ERR" "not read: keep one report a file: left out" "stderr"
end

begin "text: the lines read, numbered as check numbers them; several inputs headed by name"
run text bad.txt
no_crash; expect_rc 0
grep -Eq "^ *$BAD_LINE  一、本年新收政府信息公开申请数量" "$OUT" ||
    fail "line $BAD_LINE of text is not the row check names: $(excerpt "$OUT")"
[ "$(wc -l <"$OUT")" -eq "$(grep -c '' bad.txt)" ] || fail "text has not one line per line of bad.txt"
run text valid.txt bad.txt no-such.txt
no_crash; expect_rc 2
expect_grep_fixed "$OUT" "==> valid.txt <==" "stdout"
expect_grep_fixed "$OUT" "==> bad.txt <==" "stdout"
expect_grep_fixed "$ERR" "no-such.txt" "stderr"
run text
no_crash; expect_rc 2
expect_grep_fixed "$ERR" "no input given" "stderr"
end

begin "web addresses: read as their files, in order with the files; a page missing is exit 2"
mkdir -p "$W/site"
cp valid.txt bad.txt "$W/site/"
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY # (the server is local)
python3 -u -m http.server 0 --bind 127.0.0.1 --directory "$W/site" >"$W/http.log" 2>&1 &
HTTP_PID=$!
PORT=""
for _ in $(seq 50); do
    PORT=$(sed -n 's/.* port \([0-9][0-9]*\).*/\1/p' "$W/http.log" | head -n 1)
    [ -n "$PORT" ] && break
    sleep 0.1
done
if [ -z "$PORT" ]; then
    fail "the test's web server did not start: $(excerpt "$W/http.log")"
else
    U="http://127.0.0.1:$PORT"
    run check --format json "$U/valid.txt" valid.txt
    no_crash; expect_rc 0
    py all-lines "$OUT" 2
    expect_grep_fixed "$OUT" "{\"file\":\"$U/valid.txt\",\"format\":\"2021\",\"agency\":\"测试局\",\"year\":2024,\"findings\":[]}" "stdout"
    run check "$U/bad.txt"
    no_crash; expect_rc 1
    expect_grep_fixed "$OUT" "$U/bad.txt:$BAD_LINE: error [arith-row-total]" "stdout"
    run check "$U/valid.txt" "$U/gone.txt"
    no_crash; expect_rc 2
    expect_grep_fixed "$ERR" "xxgk: $U/gone.txt: the site answered HTTP 404 (no such page)" "stderr"
    expect_grep_fixed "$OUT" "$U/valid.txt: 测试局, 2024, format 2021" "stdout"
fi
kill "$HTTP_PID" 2>/dev/null
wait "$HTTP_PID" 2>/dev/null
end

# ---------------------------------------------------------------------------
# a folder checked with the result saved inside it, files of other kinds, an unreadable file

begin "batch: the output file in the folder is not read, other kinds are said, the unreadable listed"
mkdir -p "$W/saved/sub"
cp valid.txt bad.txt "$W/saved/"
: >"$W/saved/empty.txt"
: >"$W/saved/photo.jpg"
: >"$W/saved/sub/table.xlsx"
timeout 60 "$XXGK" check --lang en "$W/saved" >"$W/saved/result.txt" 2>"$ERR"
RC=$?
LAST_CMD="xxgk check --lang en saved > saved/result.txt"
no_crash; expect_rc 2
expect_grep_fixed "$ERR" "xxgk: $W/saved/result.txt left out: it is the file the output goes to" "stderr"
expect_grep_fixed "$ERR" "xxgk: 2 files of the folders are of no report format and were not read (.jpg 1, .xlsx 1)" "stderr"
expect_grep_fixed "$W/saved/result.txt" "checked 3 files: 1 with errors, 0 with warnings or notes only, 1 clean, 1 unreadable:" "result.txt"
expect_grep_fixed "$W/saved/result.txt" "  $W/saved/empty.txt: the file is empty" "result.txt"
# the next run finds the saved result there: no report
run check --lang en "$W/saved"
no_crash; expect_rc 2
expect_grep_fixed "$ERR" "xxgk: $W/saved/result.txt left out: it is what xxgk check wrote, not a report" "stderr"
expect_grep_fixed "$OUT" "checked 3 files:" "stdout"
end

# ---------------------------------------------------------------------------

begin "check --severity: only the findings that severe listed; the exit status as before"
FLAWED="$FIXTURES/../../examples/flawed-2024.txt"
run check --lang en "$FLAWED"
no_crash; expect_rc 1
expect_grep "$OUT" ': warning \[text-fee-silent\]' "stdout"
run check --lang en --severity error "$FLAWED"
no_crash; expect_rc 1
expect_grep "$OUT" ': error \[arith-balance\]' "stdout"
expect_no_grep_fixed "$OUT" "warning [" "stdout"
expect_no_grep_fixed "$OUT" "info [" "stdout"
# a file's header counts what the check found; a file with nothing that severe is not listed
expect_grep_fixed "$OUT" "5 errors, 2 warnings, 1 note" "stdout"
grep -v 信息处理费 "$FIXTURES/../../examples/transport-2024.txt" >"$W/warned.txt"
run check --lang en --severity error "$FLAWED" "$W/warned.txt"
no_crash; expect_rc 1
expect_no_grep_fixed "$OUT" "warned.txt" "stdout"
expect_grep_fixed "$OUT" "checked 2 files: 1 with errors, 1 with warnings or notes only" "stdout"
# the table of files counts what the check found, listed or not: which files have warnings
run check --severity error --format sqlite -o "$W/severe.sqlite" "$FLAWED"
no_crash; expect_rc 1
python3 - "$W/severe.sqlite" <<'PY' || fail "--severity changed the table of files' counts"
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
assert db.execute("SELECT errors, warnings, notes FROM files").fetchall() == [(5, 2, 1)]
assert db.execute("SELECT count(*) FROM findings").fetchall() == [(5,)]
assert db.execute("SELECT DISTINCT severity FROM findings").fetchall() == [("error",)]
PY
run check --severity bogus "$FLAWED"
no_crash; expect_rc 2
expect_grep_fixed "$ERR" "--severity is error, warning or info, not 'bogus'" "stderr"
end

# ---------------------------------------------------------------------------

echo "# $NPASS passed, $NFAIL failed"
[ "$NFAIL" -eq 0 ]
