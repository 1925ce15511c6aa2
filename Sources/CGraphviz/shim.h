#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/* Swift 6 cannot read mutable C globals safely; these accessors hand out the graph kinds by value. */
static inline Agdesc_t geokg_directed(void) { return Agdirected; }
static inline Agdesc_t geokg_strict_directed(void) { return Agstrictdirected; }
