/* report.h: the HTML report, the last stage: it reads a finished run
 * through the public API and writes one self-contained page. The page's
 * style sheet and script, and the JavaScript libraries it uses (vendored
 * from npm at build time), are compiled in by tools/embed.c. */
#ifndef WT_REPORT_H
#define WT_REPORT_H

#include <stddef.h>
#include "wiretrace.h"
#include "../util/util.h"

extern const unsigned char wt__report_css[], wt__report_js[], wt__report_lib[];
extern const size_t wt__report_css_len, wt__report_js_len, wt__report_lib_len;

#endif
