/* align.c: the passages two token sequences share, by seed and extend.
 *
 * Seeds are word 3-grams the two sequences have in common. Seeds that keep
 * their order with small gaps are chained; each chain marks a region, and a
 * Smith-Waterman alignment with affine gaps, banded around the chain's
 * diagonals, finds the region's exact ends while tolerating substituted,
 * inserted and deleted words. Alignments that follow each other in both
 * texts with a small gap (a dropped or added sentence) are merged, so an
 * edited copy comes out as one passage. */
#include "reuse.h"

#include <stdlib.h>
#include <string.h>
#define XXH_INLINE_ALL
#include <xxhash.h>

#define SEED_N       3   /* words per seed */
#define SEED_MAX_OCC 4   /* a seed this frequent in b is noise ("one of the") */
#define CHAIN_GAP    24  /* largest step between chained seeds, in words */
#define CHAIN_MIN    3   /* seeds a chain needs to be aligned */
#define MARGIN       8   /* words aligned beyond a chain's first and last seed */
#define BAND         8   /* band half-width beyond the chain's diagonals */
#define BAND_MAX     512 /* widest band computed */
#define MERGE_GAP    50  /* alignments this close in both texts are one passage... */
#define MERGE_SKEW   8   /* ...when the gap is this small on one side */

/* Scores: a shared word gains more than an edit loses, so copies with one
 * word in five edited still align from end to end. */
#define S_MATCH    2
#define S_MISMATCH (-2)
#define S_OPEN     4
#define S_EXTEND   1
#define NEG_INF    (-(1 << 20))

typedef struct seed {
    uint32_t i, j;
} seed;

typedef struct chain {
    uint32_t first_i, first_j, last_i, last_j, count;
    int32_t dmin, dmax; /* j - i over its seeds */
} chain;

/* A cell of the dynamic programme: score, where its path began, and how
 * many words on the path match. */
typedef struct cell {
    int32_t h, e;
    uint32_t hi, hj, hm; /* origin and matches for h */
    uint32_t ei, ej, em; /* for e */
} cell;

struct reuse_aligner {
    uint64_t *keys; /* open-addressed table of b's seed hashes */
    uint32_t *head; /* first b position of each key, +1 */
    size_t cap;
    uint32_t *next; /* next b position with the same seed, +1 */
    uint32_t *occ;  /* occurrences of each key */
    size_t size;    /* slots in use for the current b, a power of two <= cap */
    size_t next_cap;
    seed *seeds;
    size_t nseeds, seeds_cap;
    chain *chains;
    size_t nchains, chains_cap;
    cell *row[2];
    size_t row_cap;
    reuse_aligns found;
};

reuse_aligner *reuse_aligner_new(void)
{
    return calloc(1, sizeof(reuse_aligner));
}

void reuse_aligner_free(reuse_aligner *al)
{
    if (!al) return;
    free(al->keys);
    free(al->head);
    free(al->next);
    free(al->occ);
    free(al->seeds);
    free(al->chains);
    free(al->row[0]);
    free(al->row[1]);
    free(al->found.v);
    free(al);
}

void reuse_aligns_free(reuse_aligns *x)
{
    free(x->v);
    memset(x, 0, sizeof *x);
}

static uint64_t seed_hash(const text_token *t, size_t i)
{
    uint64_t g[SEED_N];
    for (size_t k = 0; k < SEED_N; k++)
        g[k] = t[i + k].hash;
    return XXH3_64bits(g, sizeof g) | 1; /* never 0: 0 marks an empty slot */
}

/* Indexes b's seeds: head[slot] -> first position, next[pos] -> following. */
static wt_status index_b(reuse_aligner *al, const text_token *b, size_t nb)
{
    size_t m = nb >= SEED_N ? nb - SEED_N + 1 : 0, cap = 64;
    while (cap < m * 2)
        cap *= 2;
    if (cap > al->cap) {
        free(al->keys);
        free(al->head);
        free(al->occ);
        al->keys = malloc(cap * sizeof *al->keys);
        al->head = malloc(cap * sizeof *al->head);
        al->occ = malloc(cap * sizeof *al->occ);
        if (!al->keys || !al->head || !al->occ) {
            al->cap = 0;
            return WT_ERR_NOMEM;
        }
        al->cap = cap;
    }
    wt_status st = wt_grow((void **)&al->next, &al->next_cap, m + 1, sizeof *al->next, SIZE_MAX / 8);
    if (st) return st;
    al->size = cap;
    memset(al->keys, 0, cap * sizeof *al->keys);
    /* Insert from the end so that each list runs in ascending position. */
    for (size_t p = m; p-- > 0;) {
        uint64_t h = seed_hash(b, p);
        size_t s = (size_t)h & (cap - 1);
        while (al->keys[s] && al->keys[s] != h)
            s = (s + 1) & (cap - 1);
        if (!al->keys[s]) {
            al->keys[s] = h;
            al->head[s] = 0;
            al->occ[s] = 0;
        }
        al->next[p] = al->head[s];
        al->head[s] = (uint32_t)p + 1;
        al->occ[s]++;
    }
    return WT_OK;
}

static wt_status find_seeds(reuse_aligner *al, const text_token *a, size_t na, const text_token *b, size_t nb)
{
    al->nseeds = 0;
    if (na < SEED_N || nb < SEED_N) return WT_OK;
    wt_status st = index_b(al, b, nb);
    if (st) return st;
    size_t mask = al->size - 1;
    for (size_t i = 0; i + SEED_N <= na; i++) {
        uint64_t h = seed_hash(a, i);
        size_t s = (size_t)h & mask;
        while (al->keys[s] && al->keys[s] != h)
            s = (s + 1) & mask;
        if (!al->keys[s] || al->occ[s] > SEED_MAX_OCC) continue;
        for (uint32_t p = al->head[s]; p; p = al->next[p - 1]) {
            if (al->nseeds == al->seeds_cap &&
                (st = wt_grow((void **)&al->seeds, &al->seeds_cap, al->nseeds + 1, sizeof *al->seeds,
                              SIZE_MAX / 16)))
                return st;
            al->seeds[al->nseeds++] = (seed){(uint32_t)i, p - 1};
        }
    }
    return WT_OK;
}

/* Greedy chaining: each seed joins the chain whose last seed it follows
 * most closely in both texts, or starts a new one. */
static wt_status chain_seeds(reuse_aligner *al)
{
    al->nchains = 0;
    size_t active = 0; /* chains [active, nchains) may still grow */
    for (size_t k = 0; k < al->nseeds; k++) {
        seed s = al->seeds[k];
        while (active < al->nchains && al->chains[active].last_i + CHAIN_GAP < s.i)
            active++;
        int32_t d = (int32_t)s.j - (int32_t)s.i;
        size_t best = SIZE_MAX;
        uint32_t best_cost = UINT32_MAX;
        for (size_t c = active; c < al->nchains; c++) {
            chain *ch = &al->chains[c];
            if (s.i <= ch->last_i || s.j <= ch->last_j) continue;
            uint32_t di = s.i - ch->last_i, dj = s.j - ch->last_j;
            if (di > CHAIN_GAP || dj > CHAIN_GAP) continue;
            uint32_t cost = di + dj + (di > dj ? di - dj : dj - di);
            if (cost < best_cost) best_cost = cost, best = c;
        }
        if (best != SIZE_MAX) {
            chain *ch = &al->chains[best];
            ch->last_i = s.i;
            ch->last_j = s.j;
            ch->count++;
            if (d < ch->dmin) ch->dmin = d;
            if (d > ch->dmax) ch->dmax = d;
            continue;
        }
        wt_status st = wt_grow((void **)&al->chains, &al->chains_cap, al->nchains + 1, sizeof *al->chains,
                               SIZE_MAX / 32);
        if (st) return st;
        al->chains[al->nchains++] = (chain){s.i, s.j, s.i, s.j, 1, d, d};
    }
    return WT_OK;
}

static wt_status push_align(reuse_aligns *out, reuse_align x)
{
    if (out->n == out->cap) {
        wt_status st = wt_grow((void **)&out->v, &out->cap, out->n + 1, sizeof *out->v, SIZE_MAX / 32);
        if (st) return st;
    }
    out->v[out->n++] = x;
    return WT_OK;
}

/* The best local alignment inside a[i0, i1) x b[j0, j1), restricted to the
 * diagonals j - i in [dlo, dhi]. */
static wt_status band_align(reuse_aligner *al, const text_token *a, const text_token *b, uint32_t i0,
                            uint32_t i1, uint32_t j0, uint32_t j1, int32_t dlo, int32_t dhi,
                            reuse_align *best)
{
    size_t width = (size_t)(j1 - j0) + 1;
    if (width > al->row_cap) {
        free(al->row[0]);
        free(al->row[1]);
        al->row[0] = malloc(width * sizeof(cell));
        al->row[1] = malloc(width * sizeof(cell));
        if (!al->row[0] || !al->row[1]) {
            al->row_cap = 0;
            return WT_ERR_NOMEM;
        }
        al->row_cap = width;
    }
    static const cell ZERO = {0, NEG_INF, 0, 0, 0, 0, 0, 0};
    cell *prev = al->row[0], *cur = al->row[1];
    for (size_t x = 0; x < width; x++)
        prev[x] = ZERO;
    int32_t best_h = 0;
    memset(best, 0, sizeof *best);
    for (uint32_t i = i0; i < i1; i++) {
        /* Columns of this row inside the band; the rest stay zero. */
        int64_t lo = (int64_t)i + dlo, hi = (int64_t)i + dhi;
        if (lo < j0) lo = j0;
        if (hi > (int64_t)j1 - 1) hi = (int64_t)j1 - 1;
        cur[0] = ZERO;
        size_t xlo = lo <= hi ? (size_t)(lo - j0) + 1 : width, xhi = lo <= hi ? (size_t)(hi - j0) + 1 : 0;
        for (size_t x = 1; x < xlo && x < width; x++)
            cur[x] = ZERO;
        int32_t f = NEG_INF;
        uint32_t fi = 0, fj = 0, fm = 0;
        for (size_t x = xlo; x <= xhi; x++) {
            uint32_t j = j0 + (uint32_t)x - 1;
            const cell *d = &prev[x - 1], *u = &prev[x];
            cell *c = &cur[x];
            /* E: a gap in b (a word of a deleted). */
            int32_t eo = u->h - S_OPEN - S_EXTEND, ee = u->e - S_EXTEND;
            if (eo >= ee)
                c->e = eo, c->ei = u->hi, c->ej = u->hj, c->em = u->hm;
            else
                c->e = ee, c->ei = u->ei, c->ej = u->ej, c->em = u->em;
            /* F: a gap in a (a word inserted in b). */
            const cell *l = &cur[x - 1];
            int32_t fo = l->h - S_OPEN - S_EXTEND, fe = f - S_EXTEND;
            if (fo >= fe)
                f = fo, fi = l->hi, fj = l->hj, fm = l->hm;
            else
                f = fe;
            /* H: the best of a diagonal step, the gaps, or a fresh start. */
            int match = a[i].hash == b[j].hash;
            int32_t dg = d->h + (match ? S_MATCH : S_MISMATCH);
            if (d->h == 0) {
                /* A path starts here. */
                c->hi = i, c->hj = j, c->hm = 0;
            } else {
                c->hi = d->hi, c->hj = d->hj, c->hm = d->hm;
            }
            c->hm += match;
            c->h = dg;
            if (c->e > c->h) c->h = c->e, c->hi = c->ei, c->hj = c->ej, c->hm = c->em;
            if (f > c->h) c->h = f, c->hi = fi, c->hj = fj, c->hm = fm;
            if (c->h <= 0) {
                c->h = 0;
                c->hm = 0;
            }
            if (c->h > best_h && match) {
                best_h = c->h;
                *best = (reuse_align){c->hi, i + 1, c->hj, j + 1, c->hm};
            }
        }
        for (size_t x = xhi + 1; x < width; x++)
            cur[x] = ZERO;
        cell *t = prev;
        prev = cur;
        cur = t;
    }
    return WT_OK;
}

static int cmp_align(const void *p, const void *q)
{
    const reuse_align *x = p, *y = q;
    if (x->a0 != y->a0) return x->a0 < y->a0 ? -1 : 1;
    if (x->b0 != y->b0) return x->b0 < y->b0 ? -1 : 1;
    if (x->a1 != y->a1) return x->a1 > y->a1 ? -1 : 1;
    return x->b1 > y->b1 ? -1 : x->b1 < y->b1;
}

/* Drops alignments inside others, merges those that follow each other. */
static void merge_aligns(reuse_aligns *f)
{
    if (f->n < 2) return;
    qsort(f->v, f->n, sizeof *f->v, cmp_align);
    size_t k = 0;
    for (size_t i = 1; i < f->n; i++) {
        reuse_align *x = &f->v[k], *y = &f->v[i];
        if (y->a1 <= x->a1 && y->b0 >= x->b0 && y->b1 <= x->b1) continue; /* inside x */
        /* A dropped or added sentence leaves a gap on one side only; gaps
         * on both sides mean different text in between, so no merge. */
        uint32_t gap_a = y->a0 > x->a1 ? y->a0 - x->a1 : 0, gap_b = y->b0 > x->b1 ? y->b0 - x->b1 : 0;
        if (y->a0 + MERGE_GAP >= x->a1 && y->b0 + MERGE_GAP >= x->b1 && gap_a <= MERGE_GAP &&
            gap_b <= MERGE_GAP && WT_MIN(gap_a, gap_b) <= MERGE_SKEW && y->b0 >= x->b0 && y->a1 > x->a1 &&
            y->b1 > x->b1) {
            /* Words in the overlap are counted once; a match needs a word on both sides. */
            uint32_t over_a = y->a0 < x->a1 ? x->a1 - y->a0 : 0, over_b = y->b0 < x->b1 ? x->b1 - y->b0 : 0;
            uint32_t overlap = WT_MAX(over_a, over_b);
            x->matches += y->matches > overlap ? y->matches - overlap : 0;
            x->a1 = y->a1;
            x->b1 = y->b1;
            x->matches = WT_MIN(x->matches, WT_MIN(x->a1 - x->a0, x->b1 - x->b0));
            continue;
        }
        f->v[++k] = *y;
    }
    f->n = k + 1;
}

wt_status reuse_align_pair(reuse_aligner *al, const text_token *a, size_t na, const text_token *b, size_t nb,
                           uint32_t min_words, reuse_aligns *out)
{
    wt_status st = find_seeds(al, a, na, b, nb);
    if (!st) st = chain_seeds(al);
    if (st) return st;
    al->found.n = 0;
    for (size_t c = 0; c < al->nchains; c++) {
        const chain *ch = &al->chains[c];
        if (ch->count < CHAIN_MIN) continue;
        uint32_t i0 = ch->first_i > MARGIN ? ch->first_i - MARGIN : 0;
        uint32_t j0 = ch->first_j > MARGIN ? ch->first_j - MARGIN : 0;
        uint32_t i1 = (uint32_t)WT_MIN((size_t)ch->last_i + SEED_N + MARGIN, na);
        uint32_t j1 = (uint32_t)WT_MIN((size_t)ch->last_j + SEED_N + MARGIN, nb);
        int32_t dlo = ch->dmin - BAND, dhi = ch->dmax + BAND;
        if (dhi - dlo > BAND_MAX) {
            int32_t mid = (ch->dmin + ch->dmax) / 2;
            dlo = mid - BAND_MAX / 2;
            dhi = mid + BAND_MAX / 2;
        }
        reuse_align x;
        if ((st = band_align(al, a, b, i0, i1, j0, j1, dlo, dhi, &x))) return st;
        if (x.matches && (st = push_align(&al->found, x))) return st;
    }
    merge_aligns(&al->found);
    for (size_t k = 0; k < al->found.n; k++)
        if (al->found.v[k].matches >= min_words && (st = push_align(out, al->found.v[k]))) return st;
    return WT_OK;
}
