// The extract stage: fills a record's fields from a normalized document.
#pragma once

#include "pipeline/core/document.hpp"
#include "pipeline/core/record.hpp"

namespace vbtrack {

class FieldExtractor {
public:
    virtual ~FieldExtractor() = default;
    // Fills the document fields of `record` (doc_type … recipients, evidence);
    // source, text and pipeline are set by the caller.
    virtual void extract(const Document& document, Record& record) const = 0;
};

}  // namespace vbtrack

#include <memory>
namespace vbtrack {
// The extractor the pipeline runs: every field extractor in turn.
std::unique_ptr<FieldExtractor> make_field_extractor();
}  // namespace vbtrack
