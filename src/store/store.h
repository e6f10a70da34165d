/* store.h: writing results. JSON Lines now (docs/FORMAT.md); the SQLite
 * database joins here. */
#ifndef WT_STORE_H
#define WT_STORE_H

#include <stdio.h>
#include "wiretrace.h"

/* One "document" record as a line of JSON with sorted keys. */
wt_status store_jsonl_document(FILE *out, const wt_doc *d);

#endif
