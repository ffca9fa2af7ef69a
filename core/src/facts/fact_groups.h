// Subject groups for key facts. An article organised by subject (a heading
// "Korea" over the sentences about Korea, another "Japan" over those about
// Japan, or leads like "Japan: ...") gets its bullets grouped under those
// subjects; any other article gets no groups.
#ifndef PRECIS_CORE_FACTS_FACT_GROUPS_H_
#define PRECIS_CORE_FACTS_FACT_GROUPS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "pipeline/document.h"

namespace precis {
namespace internal {

// The subject of every sentence of `doc`: the heading it stands under, as
// written (without a final colon), or "" when it stands under none. All ""
// unless the document has at least two subject headings. A heading is a
// subject when it is short, capitalised and names something that the
// sentences under it mention, capitalised, too ("Korea" over "... the
// U.S.-South Korea alliance"; not "Conclusion" or "Background").
std::vector<std::string> SubjectGroups(const Document& doc);

}  // namespace internal
}  // namespace precis

#endif  // PRECIS_CORE_FACTS_FACT_GROUPS_H_
