#include "extractors/extract.hpp"

namespace vbtrack {
namespace {

// First version: no fields yet (records are `partial`); the extraction issue fills it.
class NoFieldExtractor final : public FieldExtractor {
public:
    void extract(const Document&, Record&) const override {}
};

}  // namespace

std::unique_ptr<FieldExtractor> make_field_extractor() { return std::make_unique<NoFieldExtractor>(); }

}  // namespace vbtrack
