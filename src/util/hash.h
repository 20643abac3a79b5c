/* FNV-1a, the one hash of figures the report's digests use (years.c, register_report.c). */
#ifndef XXGK_UTIL_HASH_H
#define XXGK_UTIL_HASH_H

#include <stdint.h>

#define FNV1A_BASIS UINT64_C(14695981039346656037)

/* h with x's eight bytes, low first, hashed in. */
static inline uint64_t fnv1a_word(uint64_t h, uint64_t x)
{
    for (int b = 0; b < 64; b += 8)
        h = (h ^ ((x >> b) & 0xFF)) * UINT64_C(1099511628211);
    return h;
}

#endif
