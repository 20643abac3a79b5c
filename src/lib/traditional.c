/* Reports in Traditional characters.  Government sites offer a 繁體 version of every page
 * (converted on the server, often served as Big5), and crawls of those sites keep it; read
 * as it stands, not one label of the format would match.  OpenCC turns such text into
 * Simplified, which the reader then reads as any other report. */
#include "lib/traditional.h"

#include <opencc/opencc.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/lang.h"
#include "xxgk/xxgk.h"

/* Characters every report uses many times (公開, 報告, 申請, 數量, 處理, 機關...), each in
 * both scripts: the Traditional form, then the Simplified one. */
static const uint32_t pairs[][2] = {
    {0x958B, 0x5F00}, /* 開 开 */ {0x5831, 0x62A5}, /* 報 报 */ {0x8ACB, 0x8BF7}, /* 請 请 */
    {0x6578, 0x6570}, /* 數 数 */ {0x8655, 0x5904}, /* 處 处 */ {0x95DC, 0x5173}, /* 關 关 */
    {0x689D, 0x6761}, /* 條 条 */ {0x52D9, 0x52A1}, /* 務 务 */ {0x6A5F, 0x673A}, /* 機 机 */
    {0x7D50, 0x7ED3}, /* 結 结 */ {0x7E3D, 0x603B}, /* 總 总 */ {0x8207, 0x4E0E}, /* 與 与 */
    {0x70BA, 0x4E3A}, /* 為 为 */ {0x767C, 0x53D1}, /* 發 发 */ {0x570B, 0x56FD}, /* 國 国 */
    {0x6703, 0x4F1A}, /* 會 会 */ {0x8B70, 0x8BAE}, /* 議 议 */ {0x6642, 0x65F6}, /* 時 时 */
};

int traditional_text(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned hant = 0, hans = 0;
    /* (a Simplified report meets 开 and 报 in its title: the scan ends there) */
    for (size_t i = 0; i + 2 < n && hant < 8 && hans < 8; i++) {
        if ((u[i] & 0xF0) != 0xE0 || (u[i + 1] & 0xC0) != 0x80 || (u[i + 2] & 0xC0) != 0x80)
            continue;
        uint32_t c = (uint32_t)(u[i] & 0x0F) << 12 | (uint32_t)(u[i + 1] & 0x3F) << 6 |
                     (u[i + 2] & 0x3F);
        for (size_t k = 0; k < sizeof pairs / sizeof pairs[0]; k++) {
            hant += c == pairs[k][0];
            hans += c == pairs[k][1];
        }
        i += 2;
    }
    /* (a Simplified page may quote a Traditional name, or link its 繁體 version) */
    return hant >= 2 && hant > 2 * hans;
}

/* One converter for the process, opened when first needed (a few milliseconds) and kept, as
 * a batch from a site's 繁體 pages needs it for every report; OpenCC does not say its
 * converter may serve two threads at once, so it serves one at a time. */
static opencc_t converter = (opencc_t)-1;
static pthread_once_t opened = PTHREAD_ONCE_INIT;
static pthread_mutex_t in_use = PTHREAD_MUTEX_INITIALIZER;

static void open_converter(void) { converter = opencc_open(OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP); }

int traditional_to_simplified(xbuf *out, const char *s, size_t n, char *err, size_t errcap)
{
    pthread_once(&opened, open_converter);
    if (converter == (opencc_t)-1) {
        snprintf(err, errcap,
                 TR("繁体字文本无法转换：OpenCC 打不开（%s）",
                    "Traditional text cannot be converted: OpenCC failed to open (%s)"),
                 opencc_error());
        return XXGK_EIO;
    }
    pthread_mutex_lock(&in_use);
    char *simple = opencc_convert_utf8(converter, s, n);
    pthread_mutex_unlock(&in_use);
    if (!simple) {
        snprintf(err, errcap,
                 TR("繁体字文本无法转换（OpenCC：%s）",
                    "Traditional text cannot be converted (OpenCC: %s)"),
                 opencc_error());
        return XXGK_EIO;
    }
    int rc = xbuf_put(out, simple, strlen(simple)) < 0 ? XXGK_ENOMEM : 0;
    opencc_convert_utf8_free(simple);
    if (rc < 0)
        snprintf(err, errcap, "%s", TR("内存不足", "out of memory"));
    return rc;
}
